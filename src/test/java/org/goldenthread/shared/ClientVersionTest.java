package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientVersionTest {

  @Test
  void noVersionInTheBodyOrHeaderIsNone() {
    assertThat(ClientVersion.of(null, null)).isNull();
    assertThat(ClientVersion.of(null, " ")).isNull();
    assertThat(ClientVersion.of(null, "*")).isNull();
  }

  @Test
  void readsTheHeaderPlainQuotedOrWeak() {
    assertThat(ClientVersion.of(null, "3")).isEqualTo(3L);
    assertThat(ClientVersion.of(null, "\"3\"")).isEqualTo(3L);
    assertThat(ClientVersion.of(null, "W/\"0\"")).isEqualTo(0L);
    assertThat(ClientVersion.of(4L, null)).isEqualTo(4L);
    assertThat(ClientVersion.of(4L, "\"4\"")).isEqualTo(4L);
  }

  @Test
  void refusesAHeaderThatIsNotAVersionOrDisagreesWithTheBody() {
    assertThatThrownBy(() -> ClientVersion.of(null, "\"abc\""))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("must hold the version you read");
    assertThatThrownBy(() -> ClientVersion.of(2L, "3"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("(2) and in its If-Match header (3) differ");
  }

  @Test
  void aChangeToAnExistingRecordWithoutAVersionIsRefused() {
    assertThatThrownBy(() -> ClientVersion.required("person", null, null))
        .isInstanceOf(VersionRequiredException.class)
        .hasMessageStartingWith("Send the version of the person you read");
    assertThat(ClientVersion.required("person", null, "7")).isEqualTo(7L);
  }
}

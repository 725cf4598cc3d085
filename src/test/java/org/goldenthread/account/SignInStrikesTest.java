package org.goldenthread.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInStrikesTest {

  private final SignInStrikes strikes =
      new SignInStrikes(new SignInProperties(3, Duration.ofSeconds(1), Duration.ofSeconds(10)));
  private final Instant now = Instant.parse("2026-04-01T09:00:00Z");

  @Test
  void fewerWrongPasswordsThanTheLimitMeanNoWait() {
    strikes.fail("sam", "10.0.0.1", now);
    strikes.fail("sam", "10.0.0.1", now);
    assertThat(strikes.mustWait("sam", "10.0.0.1", now)).isFalse();
  }

  @Test
  void atTheLimitTheAddressWaitsOneSecondThenTwoThenFourUpToTheCap() {
    assertThat(strikes.delay(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(strikes.delay(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(strikes.delay(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(strikes.delay(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(strikes.delay(4)).isEqualTo(Duration.ofSeconds(10));
    assertThat(strikes.delay(1_000)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theWaitRunsFromTheLastWrongPassword() {
    for (int i = 0; i < 3; i++) {
      strikes.fail("sam", "10.0.0.1", now);
    }
    assertThat(strikes.mustWait("sam", "10.0.0.1", now.plusMillis(999))).isTrue();
    assertThat(strikes.mustWait("sam", "10.0.0.1", now.plusSeconds(1))).isFalse();

    strikes.fail("sam", "10.0.0.1", now.plusSeconds(1));
    assertThat(strikes.mustWait("sam", "10.0.0.1", now.plusMillis(2_999))).isTrue();
    assertThat(strikes.mustWait("sam", "10.0.0.1", now.plusSeconds(3))).isFalse();
  }

  @Test
  void onlyThatAddressWaitsAndOnlyForThatAccount() {
    for (int i = 0; i < 3; i++) {
      strikes.fail("Sam", "10.0.0.1", now);
    }
    assertThat(strikes.mustWait("sam", "10.0.0.1", now)).isTrue();
    assertThat(strikes.mustWait("sam", "10.0.0.2", now)).isFalse();
    assertThat(strikes.mustWait("priya", "10.0.0.1", now)).isFalse();
  }

  @Test
  void theRightPasswordStartsTheCountAgain() {
    for (int i = 0; i < 2; i++) {
      strikes.fail("sam", "10.0.0.1", now);
    }
    strikes.succeed("sam", "10.0.0.1");
    strikes.fail("sam", "10.0.0.1", now);
    assertThat(strikes.mustWait("sam", "10.0.0.1", now)).isFalse();
  }
}

package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class UniqueKeysTest {

  @Test
  void aUniqueKeyClashOnH2OrPostgresqlIsRefusedNamingWhatExists() {
    DataIntegrityViolationException clash =
        new DataIntegrityViolationException(
            "insert", new RuntimeException(new SQLException("Unique index", "23505")));
    assertThat(UniqueKeys.violated(clash)).isTrue();
    assertThatThrownBy(
            () ->
                UniqueKeys.insert(
                    () -> {
                      throw clash;
                    },
                    () -> "HR-01 already has a value for 2025/26 Q2"))
        .isInstanceOf(AlreadyRecordedException.class)
        .hasMessage("HR-01 already has a value for 2025/26 Q2");
    assertThatThrownBy(
            () ->
                UniqueKeys.insert(
                    () -> {
                      throw new PessimisticLockingFailureException("Timeout trying to lock");
                    },
                    () -> "HR-01 already has a value"))
        .isInstanceOf(AlreadyRecordedException.class);
  }

  @Test
  void otherIntegrityFaultsAreNotMistakenForAClash() {
    DataIntegrityViolationException notNull =
        new DataIntegrityViolationException(
            "insert", new SQLException("NULL not allowed", "23502"));
    assertThat(UniqueKeys.violated(notNull)).isFalse();
    assertThatThrownBy(
            () ->
                UniqueKeys.insert(
                    () -> {
                      throw notNull;
                    },
                    () -> "unused"))
        .isSameAs(notNull);
  }
}

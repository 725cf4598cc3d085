package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on PostgreSQL, the production database, even when the rest of the suite runs
 * on H2. Uses GT_TEST_POSTGRES_URL (default: the local database .ci/run creates); skips on a
 * developer's machine without PostgreSQL, and fails under CI (CI=true) when it cannot connect.
 */
class PostgresqlMigrationTest {

  private static final String URL =
      env("GT_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/goldenthread_test");
  private static final String USER = env("GT_TEST_POSTGRES_USER", "goldenthread");
  private static final String PASSWORD = env("GT_TEST_POSTGRES_PASSWORD", "goldenthread");
  private static final String SCHEMA = "gt_migration_check";

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Test
  void everyMigrationRunsOnPostgresql() throws SQLException {
    try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
      // reachable
    } catch (SQLException unreachable) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI needs PostgreSQL at " + URL + ": " + unreachable.getMessage());
      }
      Assumptions.abort(
          "Skipping: no PostgreSQL at " + URL + " (" + unreachable.getMessage() + ")");
    }
    Flyway flyway =
        Flyway.configure()
            .dataSource(URL, USER, PASSWORD)
            .schemas(SCHEMA)
            .cleanDisabled(false)
            .locations("classpath:db/migration")
            .load();
    flyway.clean();
    MigrateResult result = flyway.migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(flyway.info().pending()).isEmpty();
    flyway.clean();
  }
}

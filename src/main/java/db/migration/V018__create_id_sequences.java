package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids come from a sequence per table ({@code <table>_seq}, fifty at a time) instead of identity
 * columns, so that Hibernate can batch inserts: with an identity column it must insert each record
 * on its own to learn its id. Each sequence starts above the table's largest id; a row inserted
 * without an id (by hand, say) still gets one, from the sequence. Java because neither SQL dialect
 * can start a sequence from a query in a way the other understands.
 */
public class V018__create_id_sequences extends BaseJavaMigration {

  private static final int INCREMENT = 50;

  static final List<String> TABLES =
      List.of(
          "organisation",
          "person",
          "org_unit",
          "portfolio",
          "body",
          "body_membership",
          "user_account",
          "api_token",
          "framework_item",
          "plan",
          "plan_approval",
          "indicator",
          "indicator_target",
          "indicator_value",
          "calculated_commentary",
          "action",
          "milestone",
          "progress_update",
          "decision",
          "report_definition",
          "report_schedule",
          "published_report");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgresql =
        connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        long next = largestId(statement, table) + 1;
        String sequence = table + "_seq";
        statement.execute(
            "create sequence " + sequence + " start with " + next + " increment by " + INCREMENT);
        statement.execute("alter table " + table + " alter column id drop identity");
        statement.execute(
            "alter table "
                + table
                + " alter column id set default "
                + (postgresql ? "nextval('" + sequence + "')" : "next value for " + sequence));
      }
    }
  }

  private static long largestId(Statement statement, String table) throws SQLException {
    try (ResultSet found = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      found.next();
      return found.getLong(1);
    }
  }
}

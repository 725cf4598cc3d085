package org.goldenthread.action;

import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.action.progress.ProgressForm;

/**
 * Forms for the action tests. Codes are unique to each run, so the tests share the database with
 * everyone else's and depend on none of its actions; their people come from a {@code
 * FixtureCouncil}.
 */
public final class ActionFixtures {

  private ActionFixtures() {}

  public static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  public static ActionForm action(String code, long leadId, LocalDate start, LocalDate due) {
    return action(code, null, null, leadId, null, null, start, due);
  }

  /** An action with every choice given, so a test can get any one of them wrong. */
  public static ActionForm action(
      String code,
      Long frameworkItemId,
      Long decisionId,
      Long leadId,
      Long accountableId,
      Long orgUnitId,
      LocalDate start,
      LocalDate due) {
    return new ActionForm(
        code,
        "Action " + code,
        null,
        ActionKind.ACTION,
        frameworkItemId,
        decisionId,
        leadId,
        accountableId,
        orgUnitId,
        start,
        due,
        null);
  }

  public static ProgressForm progress(
      Brag status, int percent, LocalDate completedOn, String commentary, String remedy) {
    return new ProgressForm(percent, status, completedOn, commentary, remedy, null);
  }
}

package org.goldenthread.risk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskState;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Table;
import org.junit.jupiter.api.Test;

/** The rules a register file is checked by, row by row, with no database. */
class RiskRowCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final String HEAD =
      "code,register,title,category,owner,accountable,inherent_likelihood,inherent_impact,"
          + "current_likelihood,current_impact,target_likelihood,target_impact\n";

  static final RiskNames NAMES =
      new RiskNames(
          text -> text.equalsIgnoreCase("CORP") ? Optional.of(1L) : Optional.empty(),
          text -> text.equalsIgnoreCase("Financial") ? Optional.of(7L) : Optional.empty(),
          List.of("Financial"),
          new PersonFinder(
              List.of(
                  new PersonFinder.KnownPerson(10, "Amira Khan", "amira.khan@example.gov.uk"),
                  new PersonFinder.KnownPerson(11, "Tom Reid", null))),
          Map.of("Audit Committee", 50L),
          Map.of("P3", 60L),
          Map.of("NI 192", 70L),
          Map.of("ACT-9", 80L));

  /** A recorded risk CR-01: L4×I4 inherent, L3×I3 current, L2×I2 target, reviewed 1 October. */
  static final RiskRowCheck.Existing RECORDED =
      new RiskRowCheck.Existing(
          99,
          new RiskForm(
              "CR-01",
              1L,
              "Budget gap",
              "Demand",
              "Shortfall",
              "Reserves used",
              7L,
              10L,
              null,
              50L,
              4,
              4,
              3,
              3,
              2,
              2,
              ReviewFrequency.QUARTERLY,
              LocalDate.of(2026, 10, 1),
              false,
              List.of(),
              List.of(60L),
              List.of(),
              List.of(80L),
              3L),
          LocalDate.of(2026, 4, 1),
          RiskRowCheck.Closing.OPEN,
          LocalDate.of(2026, 10, 1));

  static RiskRowCheck.Result check(String csv) {
    List<Table.Row> rows = new ArrayList<>();
    try {
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
      for (CSVRecord r : records) {
        rows.add(new Table.Row((int) r.getRecordNumber(), r.toList()));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Table table = new Table(1, rows.get(0).cells(), rows.subList(1, rows.size()));
    return new RiskRowCheck(Map.of("CR-01", RECORDED), NAMES, TODAY).check(table);
  }

  @Test
  void aNewRiskTakesItsNamesByCodeNameOrEmailAndItsAccountableBody() {
    RiskRowCheck.Result result =
        check(
            HEAD
                + "CR-02,corp,Cyber attack,financial,amira.khan@example.gov.uk,audit committee,4,5,3,5,2,4\n");

    assertThat(result.problems()).isEmpty();
    RiskRowCheck.RiskRow row = result.rows().get(0);
    assertThat(row.existingId()).isNull();
    assertThat(row.form().ownerId()).isEqualTo(10L);
    assertThat(row.form().accountableBodyId()).isEqualTo(50L);
    assertThat(row.form().accountableId()).isNull();
    assertThat(row.form().reviewFrequency()).isEqualTo(ReviewFrequency.QUARTERLY);
    assertThat(row.openedOn()).as("no date given: today").isEqualTo(TODAY);
  }

  @Test
  void aColumnLeftOutKeepsWhatIsRecordedAndAnUnchangedRowChangesNothing() {
    RiskRowCheck.Result same = check("code,current_likelihood,current_impact\nCR-01,3,3\n");
    assertThat(same.rows()).singleElement().satisfies(r -> assertThat(r.changes()).isFalse());

    RiskRowCheck.Result lower = check("code,current_likelihood\ncr-01,2\n");
    RiskForm form = lower.rows().get(0).form();
    assertThat(lower.rows().get(0).formChanged()).isTrue();
    assertThat(form.currentLikelihood()).isEqualTo(2);
    assertThat(form.title()).isEqualTo("Budget gap");
    assertThat(form.accountableBodyId()).isEqualTo(50L);
    assertThat(form.itemIds()).containsExactly(60L);
    assertThat(form.actionIds()).containsExactly(80L);
    assertThat(form.lastReviewed()).isEqualTo(LocalDate.of(2026, 10, 1));

    RiskRowCheck.Result met = check("code,current_likelihood,current_impact\nCR-01,1,2\n");
    assertThat(met.problems()).as("a current score below its target has met it").isEmpty();
  }

  @Test
  void everyProblemIsNamedByRowAndColumn() {
    RiskRowCheck.Result result =
        check(
            "code,register,title,category,owner,inherent_likelihood,inherent_impact,"
                + "current_likelihood,current_impact,target_likelihood,target_impact,"
                + "review_frequency,last_reviewed,linked_items,linked_indicators,opened,state\n"
                + "CR-03,CORP,Flood,Weather,Tom Reid,3,3,2,2,4,3,weekly,31/13/2026,P3;P9,NI 192,,\n"
                + "CR-04,,,,,0,x,,,,,,,,,2027-01-01,\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(2, "category"),
            tuple(2, "target_likelihood"),
            tuple(2, "review_frequency"),
            tuple(2, "last_reviewed"),
            tuple(2, "linked_items"),
            tuple(3, "register"),
            tuple(3, "title"),
            tuple(3, "category"),
            tuple(3, "owner"),
            tuple(3, "inherent_likelihood"),
            tuple(3, "inherent_impact"),
            tuple(3, "current_likelihood"),
            tuple(3, "current_impact"),
            tuple(3, "target_likelihood"),
            tuple(3, "target_impact"),
            tuple(3, "opened"));
    assertThat(result.problems().get(4).message())
        .isEqualTo("No framework item has the code P9. Check the code under Golden thread.");
    assertThat(result.problems().get(1).message())
        .isEqualTo(
            "The target score (L4 × I3 = 12) cannot be above the inherent score (L3 × I3 = 9).");
  }

  @Test
  void aClosedRiskNeedsAReasonAndCanReopen() {
    RiskRowCheck.Result closed =
        check("code,state,closed_on,closed_reason\nCR-01,closed,2026-11-30,Contract renewed\n");
    assertThat(closed.rows().get(0).closing())
        .isEqualTo(
            new RiskRowCheck.Closing(
                RiskState.CLOSED, LocalDate.of(2026, 11, 30), "Contract renewed"));
    assertThat(closed.rows().get(0).formChanged()).isFalse();

    RiskRowCheck.Result open = check("code,state,closed_on\nCR-01,open,2026-11-30\n");
    assertThat(open.problems()).extracting(Problem::column).containsExactly("state");

    RiskRowCheck.Result reopened = check("code,opened,state\nCR-01,2026-05-01,closed\n");
    assertThat(reopened.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(2, "opened"), tuple(2, "closed_reason"));
  }
}

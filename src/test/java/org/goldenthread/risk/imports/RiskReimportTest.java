package org.goldenthread.risk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.ReviewKind;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskEscalation;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Later imports of a recorded register: a quarter's new scores and review dates join the score
 * history, a column left out keeps its values, and risks move, close, reopen and become
 * confidential.
 */
@GoldenThreadTest
class RiskReimportTest {

  private static final String REGISTER = RiskImportTest.REGISTER;

  @Autowired RiskImport importer;
  @Autowired RiskService risks;
  @Autowired RiskScoring scoring;
  @Autowired RiskRegisterFiles files;
  @Autowired TransactionTemplate tx;

  private RiskRegisterFiles.Council council;
  private PersonRef admin;

  @BeforeEach
  void setUp() {
    council = files.council();
    admin = council.people().asManager();
  }

  private String file(String name) {
    return council.fill(RiskRegisterFiles.resource(name));
  }

  private <T> T read(String code, Function<Risk, T> read) {
    return tx.execute(s -> read.apply(risks.byCode(council.code(code))));
  }

  private List<RiskReview> history(String code) {
    return tx.execute(s -> List.copyOf(risks.byCode(council.code(code)).getHistory()));
  }

  @Test
  void aNewCurrentScoreAddsOneHistoryEntryMovesTheRiskAndLeavesOmittedColumnsAlone() {
    importer.run(file(REGISTER).getBytes(), admin);
    String code = council.code("CR01");

    RiskImport.Outcome outcome =
        importer.run(
            ("code,current_likelihood,current_impact\n" + code + ",3,4\n").getBytes(), admin);

    assertThat(outcome.updated()).isEqualTo(1);
    RiskFacts facts = read("CR01", scoring::facts);
    assertThat(facts.current().value()).isEqualTo(12);
    assertThat(facts.movement()).isEqualTo(Movement.DOWN);
    assertThat(facts.previousScore()).isEqualTo(16);
    assertThat(facts.band()).isEqualTo(Band.MEDIUM);
    assertThat(facts.aboveAppetite()).isFalse();
    assertThat(history("CR01"))
        .extracting(RiskReview::getKind, RiskReview::getReviewedOn, r -> r.getCurrent().value())
        .containsExactly(
            tuple(ReviewKind.IMPORT, LocalDate.of(2026, 9, 15), 16),
            tuple(ReviewKind.IMPORT, TestClock.TODAY, 12));
    tx.executeWithoutResult(
        t -> {
          Risk risk = risks.byCode(code);
          assertThat(risk.getTitle()).isEqualTo("Medium-term financial plan gap not closed");
          assertThat(risk.getRegister()).isEqualTo(council.corporate());
          assertThat(risk.getOwner()).isEqualTo(council.people().officer());
          assertThat(risk.getAccountableBody()).isEqualTo(council.body());
          assertThat(risk.inherent().value()).isEqualTo(25);
          assertThat(risk.target().value()).isEqualTo(9);
          assertThat(risk.getLastReviewed()).isEqualTo(LocalDate.of(2026, 9, 15));
          assertThat(risk.getActions()).containsExactly(council.action());
        });
  }

  @Test
  void aReviewDateAloneEntersTheHistoryOnThatDayAndSetsTheNextReview() {
    importer.run(file(REGISTER).getBytes(), admin);
    String code = council.code("CR03");

    RiskImport.Outcome reviewed =
        importer.run(("code,last_reviewed\n" + code + ",30/11/2026\n").getBytes(), admin);

    assertThat(reviewed.updated()).isEqualTo(1);
    assertThat(history("CR03"))
        .extracting(RiskReview::getKind, RiskReview::getReviewedOn, r -> r.getCurrent().value())
        .containsExactly(
            tuple(ReviewKind.IMPORT, LocalDate.of(2026, 8, 14), 15),
            tuple(ReviewKind.IMPORT, LocalDate.of(2026, 11, 30), 15));
    RiskFacts facts = read("CR03", scoring::facts);
    assertThat(facts.nextReview()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(facts.overdue()).isFalse();

    RiskImport.Outcome stale =
        importer.run(("code,last_reviewed\n" + code + ",2026-10-01\n").getBytes(), admin);
    assertThat(stale.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(tuple(2, "last_reviewed"));
    assertThat(history("CR03")).hasSize(2);
  }

  @Test
  void aRiskClosesReopensAndIsMadeConfidentialByImport() {
    importer.run(file(REGISTER).getBytes(), admin);
    String code = council.code("CR05");

    RiskImport.Outcome closed =
        importer.run(
            ("code,state,closed_on,closed_reason,confidential,readers\n"
                    + code
                    + ",closed,2026-11-30,Local plan adopted,yes,"
                    + council.people().manager().getFullName()
                    + "\n")
                .getBytes(),
            admin);

    assertThat(closed.problems()).isEmpty();
    assertThat(closed.updated()).isEqualTo(1);
    tx.executeWithoutResult(
        t -> {
          Risk risk = risks.byCode(code);
          assertThat(risk.isOpen()).isFalse();
          assertThat(risk.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
          assertThat(risk.getClosedReason()).isEqualTo("Local plan adopted");
          assertThat(risk.isConfidential()).isTrue();
          assertThat(risk.getReaders()).containsExactly(council.people().manager());
          assertThat(scoring.facts(risk).movement()).isEqualTo(Movement.CLOSED);
        });

    importer.run(("code,state\n" + code + ",open\n").getBytes(), admin);
    assertThat(read("CR05", Risk::isOpen)).isTrue();
    assertThat(read("CR05", Risk::isConfidential)).as("left out: kept").isTrue();
  }

  @Test
  void namingAnotherRegisterEscalatesTheRisk() {
    importer.run(file(REGISTER).getBytes(), admin);
    String code = council.code("SR01");

    importer.run(
        ("code,register\n" + code + "," + council.directorate().getCode() + "\n").getBytes(),
        admin);

    tx.executeWithoutResult(
        t -> {
          Risk risk = risks.byCode(code);
          assertThat(risk.getRegister()).isEqualTo(council.directorate());
          assertThat(risk.getEscalatedFrom()).isEqualTo(council.service());
          assertThat(risk.getEscalations())
              .singleElement()
              .satisfies(
                  e -> {
                    assertThat(e.getDirection()).isEqualTo(RiskEscalation.Direction.ESCALATED);
                    assertThat(e.getReason()).isEqualTo("Moved by register import");
                  });
        });
  }
}

package org.goldenthread.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@GoldenThreadTest
class RiskServiceTest {

  @Autowired RiskService risks;
  @Autowired RiskFixtures fixtures;
  @Autowired RiskScoring scoring;
  @Autowired FixtureCouncil councils;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  private FixtureCouncil.Council council;
  private RiskRegister register;
  private LocalDate today;

  @BeforeEach
  void setUp() {
    today = LocalDate.now(clock);
    council = councils.create();
    register = fixtures.serviceRegister(council.service());
  }

  /** Reads a risk afresh, in its own transaction, as the next request would. */
  private <T> T read(Risk risk, Function<Risk, T> read) {
    return tx.execute(s -> read.apply(risks.get(risk.getId())));
  }

  @Test
  void aRiskOpensOnItsLastReviewAndIsDueAgainAPeriodLater() {
    LocalDate lastReviewed = LocalDate.of(2026, 8, 14);
    Risk risk = fixtures.open(council, register, 3, 4, lastReviewed);

    RiskFacts facts = read(risk, scoring::facts);

    assertThat(risk.getOpenedOn()).isEqualTo(lastReviewed);
    assertThat(facts.current().value()).isEqualTo(12);
    assertThat(facts.inherent().value()).isEqualTo(20);
    assertThat(facts.band()).isEqualTo(Band.MEDIUM);
    assertThat(facts.aboveAppetite()).isFalse();
    assertThat(facts.nextReview()).isEqualTo(LocalDate.of(2026, 11, 14));
    assertThat(facts.overdue()).as("due 14 November, today is 2 December").isTrue();
    assertThat(facts.movement()).isEqualTo(Movement.UNCHANGED);
  }

  @Test
  void aReviewMovesTheScoreAgainstTheEndOfLastQuarter() {
    Risk risk = fixtures.open(council, register, 3, 4, LocalDate.of(2026, 8, 14));

    risks.review(
        risk.getId(),
        new ReviewForm(today, 4, 4, "Presentations up 30%", "Two hostels closed", null),
        council.asOfficer());

    RiskFacts facts = read(risk, scoring::facts);
    assertThat(facts.current().value()).isEqualTo(16);
    assertThat(facts.band()).isEqualTo(Band.HIGH);
    assertThat(facts.aboveAppetite()).as("financial appetite is 12").isTrue();
    assertThat(facts.movement()).isEqualTo(Movement.UP);
    assertThat(facts.previousScore()).isEqualTo(12);
    assertThat(facts.overdue()).isFalse();
    assertThat((int) read(risk, r -> r.getHistory().size())).isEqualTo(2);
  }

  @Test
  void aReviewBeforeTheQuarterEndIsWhatMovementComparesWith() {
    Risk risk = fixtures.open(council, register, 4, 4, LocalDate.of(2026, 5, 1));
    risks.review(
        risk.getId(),
        new ReviewForm(LocalDate.of(2026, 9, 20), 3, 4, "New supplier", null, null),
        council.asOfficer());
    risks.review(
        risk.getId(),
        new ReviewForm(today, 2, 4, "Backlog cleared", null, null),
        council.asOfficer());

    RiskFacts facts = read(risk, scoring::facts);

    assertThat(facts.previousScore()).as("the score on 30 September").isEqualTo(12);
    assertThat(facts.current().value()).isEqualTo(8);
    assertThat(facts.movement()).isEqualTo(Movement.DOWN);
    RiskFacts inOctober = read(risk, r -> scoring.facts(r, LocalDate.of(2026, 10, 31)));
    assertThat(inOctober.current().value()).isEqualTo(12);
    assertThat(inOctober.movement()).isEqualTo(Movement.UNCHANGED);
    RiskFacts inSeptember = read(risk, r -> scoring.facts(r, LocalDate.of(2026, 9, 30)));
    assertThat(inSeptember.previousScore()).as("the score on 30 June").isEqualTo(16);
    assertThat(inSeptember.movement()).isEqualTo(Movement.DOWN);
  }

  @Test
  void theQuarterBeforeEndsOnTheLastDayOfItsThirdMonth() {
    assertThat(RiskFacts.previousQuarterEnd(LocalDate.of(2026, 12, 2)))
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(RiskFacts.previousQuarterEnd(LocalDate.of(2026, 4, 1)))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(RiskFacts.previousQuarterEnd(LocalDate.of(2027, 3, 31)))
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(RiskFacts.previousQuarterEnd(LocalDate.of(2027, 1, 1)))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aRiskOpenedThisQuarterIsNew() {
    Risk risk = fixtures.open(council, register, 2, 2, null);

    assertThat((Movement) read(risk, r -> scoring.facts(r).movement())).isEqualTo(Movement.NEW);
  }

  @Test
  void theSecondOfTwoReviewersOfTheSameVersionIsTold() {
    Risk risk = fixtures.open(council, register, 3, 4, LocalDate.of(2026, 8, 14));
    long seen = tx.execute(s -> risks.get(risk.getId()).getVersion());

    risks.review(
        risk.getId(), new ReviewForm(today, 3, 4, "No change", null, seen), council.asOfficer());

    assertThatThrownBy(
            () ->
                risks.review(
                    risk.getId(),
                    new ReviewForm(today, 3, 4, "No change either", null, seen),
                    council.asManager()))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat((int) read(risk, r -> r.getHistory().size())).isEqualTo(2);
  }

  @Test
  void theCurrentScoreCannotRiseAboveTheInherent() {
    RiskForm form = fixtures.form(council, register, 5, 5, null);

    assertThatThrownBy(() -> risks.open(form, council.asManager()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("cannot be above the inherent score (20)");
  }

  @Test
  void aClosedRiskShowsAsClosed() {
    Risk risk = fixtures.open(council, register, 3, 4, LocalDate.of(2026, 8, 14));
    long version = tx.execute(s -> risks.get(risk.getId()).getVersion());

    risks.close(risk.getId(), new CloseForm(today, "Hostel contract renewed", version));

    RiskFacts facts = read(risk, scoring::facts);
    assertThat(facts.movement()).isEqualTo(Movement.CLOSED);
    assertThat(facts.overdue()).isFalse();
  }

  @Test
  void escalationMovesTheRiskAndRemembersWhereFrom() {
    Risk risk = fixtures.open(council, register, 3, 4, LocalDate.of(2026, 8, 14));
    RiskRegister corporate = fixtures.register(RiskLevel.CORPORATE);

    RiskEscalation move =
        risks.escalate(
            risk.getId(),
            new EscalationForm(corporate.getId(), "Affects the whole council", null),
            council.asManager());

    assertThat(move.getDirection()).isEqualTo(RiskEscalation.Direction.ESCALATED);
    assertThat((long) read(risk, r -> r.getEscalatedFrom().getId())).isEqualTo(register.getId());
  }
}

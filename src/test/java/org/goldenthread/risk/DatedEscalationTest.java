package org.goldenthread.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A move between registers brought over with its history keeps its own date (the demo's). */
@GoldenThreadTest
class DatedEscalationTest {

  @Autowired RiskService risks;
  @Autowired RiskFixtures fixtures;
  @Autowired FixtureCouncil councils;
  @Autowired Clock clock;

  @Test
  void aMoveIsDatedOnTheDayGivenButNeverInTheFutureNorBeforeTheRiskOpened() {
    FixtureCouncil.Council council = councils.create();
    RiskRegister service = fixtures.serviceRegister(council.service());
    RiskRegister corporate = fixtures.register(RiskLevel.CORPORATE);
    LocalDate opened = LocalDate.of(2026, 8, 14);
    Risk risk = fixtures.open(council, service, 3, 4, opened);
    EscalationForm form = new EscalationForm(corporate.getId(), "Affects the whole council", null);

    assertThatThrownBy(
            () ->
                risks.escalate(
                    risk.getId(), form, LocalDate.now(clock).plusDays(1), council.asManager()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("future");
    assertThatThrownBy(
            () -> risks.escalate(risk.getId(), form, opened.minusDays(1), council.asManager()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("before it was opened");

    RiskEscalation move =
        risks.escalate(risk.getId(), form, LocalDate.of(2026, 9, 1), council.asManager());

    assertThat(move.getMovedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(move.getToRegister().getId()).isEqualTo(corporate.getId());
  }
}

package org.goldenthread.indicator.commentary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.FieldChange;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.TestPeople;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Commentary on a calculated indicator's period is kept, and every change to it is audited. */
@GoldenThreadTest
class CalculatedCommentaryAuditTest {

  @Autowired IndicatorService indicators;
  @Autowired CalculatedCommentaries commentaries;
  @Autowired AuditTrail audit;
  @Autowired DemoUsers users;

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  private Indicator define(String formula) {
    return indicators.create(
        new IndicatorForm(
            "AUD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
            "Audited commentary",
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.SUM,
            false,
            "0",
            null,
            null,
            null,
            formula,
            null,
            false,
            false,
            true,
            null,
            null,
            null,
            null,
            List.of(),
            null));
  }

  @Test
  void writingAndRewritingCommentaryIsRecordedWithWhoAndWhatChanged() {
    users.signInAs("admin");
    Indicator input = define(null);
    Indicator calculated = define("2 * [" + input.getCode() + "]");
    Period q = Period.parse("2025/26 Q4");

    CalculatedCommentary first =
        commentaries.write(
            calculated,
            q,
            new CommentaryForm("Fewer claims", null, null),
            TestPeople.named("Ben Taylor"));
    commentaries.write(
        calculated,
        q,
        new CommentaryForm("Fewer claims", "Chase the backlog", first.getVersion()),
        TestPeople.named("Ben Taylor"));

    List<RecordChange> history = audit.historyOf(CalculatedCommentary.class, first.getId());
    assertThat(history).extracting(RecordChange::action).containsExactly("CHANGED", "CREATED");
    assertThat(history.get(0).actor()).isEqualTo("admin");
    assertThat(history.get(0).fields())
        .contains(new FieldChange("Remedial action", "", "Chase the backlog"));
    assertThat(commentaries.of(calculated, q).orElseThrow().getRemedialAction())
        .isEqualTo("Chase the backlog");
    assertThat(commentaries.of(calculated, q).orElseThrow().getWrittenByPerson().personId())
        .isEqualTo(TestPeople.named("Ben Taylor").personId());
  }

  @Test
  void writingOverCommentaryWithoutHavingSeenItIsRefused() {
    users.signInAs("admin");
    Indicator input = define(null);
    Indicator calculated = define("[" + input.getCode() + "]");
    Period q = Period.parse("2025/26 Q3");
    CalculatedCommentary first =
        commentaries.write(
            calculated, q, new CommentaryForm("First", null, null), TestPeople.named("Ben Taylor"));

    assertThatThrownBy(
            () ->
                commentaries.write(
                    calculated,
                    q,
                    new CommentaryForm("Unaware", null, null),
                    TestPeople.named("Sam Patel")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThatThrownBy(
            () ->
                commentaries.write(
                    calculated,
                    q,
                    new CommentaryForm("Stale", null, first.getVersion() + 1),
                    TestPeople.named("Sam Patel")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(commentaries.of(calculated, q).orElseThrow().getCommentary()).isEqualTo("First");
  }

  @Test
  void anOrdinaryIndicatorsCommentaryGoesWithItsValueNotHere() {
    users.signInAs("admin");
    Indicator ordinary = define(null);

    assertThatThrownBy(
            () ->
                commentaries.write(
                    ordinary,
                    Period.parse("2025/26 Q4"),
                    new CommentaryForm("Said", null, null),
                    TestPeople.named("Ben Taylor")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("commentary is entered with its value");
  }

  @Test
  void commentaryIsForAPeriodOfTheIndicatorsFrequencyThatHasStarted() {
    users.signInAs("admin");
    Indicator input = define(null);
    Indicator calculated = define("[" + input.getCode() + "]");
    CommentaryForm form = new CommentaryForm("Said", null, null);

    assertThatThrownBy(
            () ->
                commentaries.write(
                    calculated, Period.parse("2025/26 M10"), form, TestPeople.named("Ben Taylor")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("write the commentary for a quarter");
    assertThatThrownBy(
            () ->
                commentaries.write(
                    calculated, Period.parse("2040/41 Q1"), form, TestPeople.named("Ben Taylor")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("has not started yet");
  }
}

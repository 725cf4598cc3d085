package org.goldenthread.action.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.shared.TestPeople.named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.BragRules;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.MilestoneForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Updates for quarters already over, as a tracker's history is brought in. */
@GoldenThreadTest
@Transactional
class HistoricProgressTest {

  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired PersonService people;
  @Autowired Clock clock;

  private Action action(String code, LocalDate start, LocalDate due) {
    long lead = people.search(null, PersonType.OFFICER).stream().findFirst().orElseThrow().getId();
    return actions.create(
        new ActionForm(
            code,
            "Historic " + code,
            null,
            ActionKind.ACTION,
            null,
            null,
            lead,
            null,
            null,
            start,
            due,
            null));
  }

  private static BragRules.Assessment assess(Brag status, int percent) {
    return new BragRules.Assessment(status, percent, null, "Commentary", null);
  }

  @Test
  void judgedAsAtTheEndOfItsQuarterWithMilestonesDoneSinceCountedAsNotYetDone() {
    Period last = progress.currentPeriod().previous();
    Period before = last.previous();
    Action action =
        action(
            "HIST-1", before.start().minusMonths(3), progress.currentPeriod().end().plusYears(1));
    Milestone step =
        actions.addMilestone(
            action.getId(), new MilestoneForm("Early step", before.end().minusDays(10), null));
    actions.completeMilestone(action.getId(), step.getId(), last.start().plusDays(5));

    ProgressUpdate then =
        progress.recordHistoric(
            action,
            before,
            assess(Brag.GREEN, 10),
            named("A. Officer"),
            Instant.parse("2020-01-01T00:00:00Z"));
    ProgressUpdate later =
        progress.recordHistoric(
            action, last, assess(Brag.GREEN, 40), named("A. Officer"), clock.instant());

    assertThat(then.getSuggested())
        .as("the milestone was late at that quarter's end")
        .isEqualTo(Brag.AMBER);
    assertThat(then.getUpdatedAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(later.getSuggested()).as("done by the next quarter's end").isEqualTo(Brag.GREEN);
    assertThat(action.getLastUpdatePeriod()).isEqualTo(last);
    assertThat(action.getPercentComplete()).isEqualTo(40);
    assertThat(action.needsUpdate(progress.currentPeriod())).isTrue();
  }

  @Test
  void anEarlierQuarterDoesNotOverwriteALaterOne() {
    Period last = progress.currentPeriod().previous();
    Action action =
        action("HIST-2", last.previous().start(), progress.currentPeriod().end().plusYears(1));

    progress.recordHistoric(
        action, last, assess(Brag.GREEN, 50), named("A. Officer"), clock.instant());
    progress.recordHistoric(
        action, last.previous(), assess(Brag.GREEN, 20), named("A. Officer"), clock.instant());

    assertThat(action.getPercentComplete()).isEqualTo(50);
    assertThat(progress.of(action)).hasSize(2);
  }

  @Test
  void greenRefusedWhenTheActionWasAlreadyPastItsDueDateAtThatQuarterEnd() {
    Period last = progress.currentPeriod().previous();
    Action action = action("HIST-3", last.start().minusMonths(6), last.end().minusDays(1));

    assertThatThrownBy(
            () ->
                progress.recordHistoric(
                    action, last, assess(Brag.GREEN, 80), named("A. Officer"), clock.instant()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("cannot be Green");
    assertThat(
            progress
                .recordHistoric(
                    action, last, assess(Brag.AMBER, 80), named("A. Officer"), clock.instant())
                .getSuggested())
        .isEqualTo(Brag.RED);
  }

  @Test
  void onlyForAQuarterAlreadyOver() {
    Action action =
        action("HIST-4", LocalDate.of(2020, 4, 1), progress.currentPeriod().end().plusYears(1));

    assertThatThrownBy(
            () ->
                progress.recordHistoric(
                    action,
                    progress.currentPeriod(),
                    assess(Brag.GREEN, 10),
                    named("A. Officer"),
                    clock.instant()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("quarter before");
  }
}

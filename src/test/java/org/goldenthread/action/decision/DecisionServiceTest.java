package org.goldenthread.action.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.action.ActionFixtures.action;
import static org.goldenthread.action.ActionFixtures.progress;
import static org.goldenthread.action.ActionFixtures.uniqueCode;
import static org.goldenthread.shared.TestPeople.named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GoldenThreadTest
class DecisionServiceTest {

  @Autowired DecisionService decisions;
  @Autowired FixtureCouncil fixtures;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired GovernanceService governance;
  @Autowired PersonService people;
  @Autowired Clock clock;

  private LocalDate today;
  private long leadId;
  private Body board;

  @BeforeEach
  void setUp() {
    today = LocalDate.now(clock);
    leadId = fixtures.create().officer().getId();
    board = newBoard();
  }

  /** A body of the test's own, so the register shows only the decisions made here. */
  private Body newBoard() {
    return governance.createBody(
        new BodyForm(uniqueCode("Test board"), BodyType.OFFICER_BOARD, null, "99", null));
  }

  private Decision decide(Body body, LocalDate on, String minute) {
    return decisions.create(
        new DecisionForm(body.getId(), on, minute, "Decision " + minute, "Resolved.", null));
  }

  private Action arising(Decision decision, LocalDate due) {
    return actions.create(
        action(uniqueCode("DST"), null, decision.getId(), leadId, null, null, null, due));
  }

  private void complete(Action action) {
    progress.update(action.getId(), progress(Brag.BLUE, 100, today, null, null), named("test"));
  }

  private List<String> minutesIn(Map<Body, List<DecisionService.Progress>> register, Body body) {
    return register.getOrDefault(body, List.of()).stream()
        .map(p -> p.decision().getMinuteReference())
        .toList();
  }

  @Test
  void refusesAMeetingInTheFutureAndSavesNothing() {
    assertThatThrownBy(() -> decide(board, today.plusDays(1), "TB 1"))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "decidedOn")
        .hasMessage("The date of the meeting cannot be in the future");
    assertThat(decisions.register(board.getId(), false)).isEmpty();

    decide(board, today, "TB 2");
    assertThat(minutesIn(decisions.register(board.getId(), false), board)).containsExactly("TB 2");
  }

  @Test
  void refusesAnUnknownBody() {
    assertThatThrownBy(
            () ->
                decisions.create(
                    new DecisionForm(987_654_321L, today, "X 1", "Title", "Resolved.", null)))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("field", "bodyId")
        .hasMessage("Choose a body from the list");
  }

  @Test
  void theRegisterGroupsDecisionsByBodyNewestFirst() {
    Body other = newBoard();
    decide(board, today.minusDays(30), "TB 10");
    decide(board, today.minusDays(2), "TB 12");
    decide(board, today.minusDays(10), "TB 11");
    decide(other, today.minusDays(5), "OB 1");

    Map<Body, List<DecisionService.Progress>> all = decisions.register(null, false);
    assertThat(minutesIn(all, board)).containsExactly("TB 12", "TB 11", "TB 10");
    assertThat(minutesIn(all, other)).containsExactly("OB 1");

    Map<Body, List<DecisionService.Progress>> one = decisions.register(board.getId(), false);
    assertThat(one).containsOnlyKeys(board);
    assertThat(minutesIn(one, board)).containsExactly("TB 12", "TB 11", "TB 10");
  }

  @Test
  void aDecisionIsOutstandingUntilEveryActionArisingIsComplete() {
    Decision none = decide(board, today.minusDays(40), "TB 20");
    Decision done = decide(board, today.minusDays(30), "TB 21");
    Decision late = decide(board, today.minusDays(20), "TB 22");
    Decision going = decide(board, today.minusDays(10), "TB 23");
    complete(arising(done, today.plusMonths(1)));
    complete(arising(late, today.plusMonths(1)));
    arising(late, today.minusDays(1));
    arising(late, today.plusMonths(1));
    arising(going, today);

    Map<Body, List<DecisionService.Progress>> register = decisions.register(board.getId(), false);
    assertThat(register.get(board))
        .extracting(p -> p.decision().getMinuteReference(), DecisionService.Progress::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TB 23", "Outstanding"),
            org.assertj.core.groups.Tuple.tuple("TB 22", "Outstanding, 1 overdue"),
            org.assertj.core.groups.Tuple.tuple("TB 21", "Complete"),
            org.assertj.core.groups.Tuple.tuple("TB 20", "No actions recorded yet"));

    DecisionService.Progress lateProgress = register.get(board).get(1);
    assertThat(lateProgress.actions()).hasSize(3);
    assertThat(lateProgress.complete()).isEqualTo(1);
    assertThat(lateProgress.overdue()).isEqualTo(1);
    assertThat(decisions.progress(none).isOutstanding()).isTrue();
    assertThat(decisions.progress(done).isOutstanding()).isFalse();

    assertThat(minutesIn(decisions.register(board.getId(), true), board))
        .containsExactly("TB 23", "TB 22", "TB 20");
  }

  @Test
  void aDecisionIsCorrectedUnlessSomeoneElseChangedItFirst() {
    Body other = newBoard();
    Decision d = decide(board, today.minusDays(3), "TB 30");

    decisions.update(
        d.getId(),
        new DecisionForm(
            other.getId(), today.minusDays(4), "OB 30", "  Corrected  ", " Resolved. ", 0L));

    Decision corrected = decisions.get(d.getId());
    assertThat(corrected.getTitle()).isEqualTo("Corrected");
    assertThat(corrected.getResolution()).isEqualTo("Resolved.");
    assertThat(minutesIn(decisions.register(other.getId(), false), other)).containsExactly("OB 30");
    assertThat(decisions.register(board.getId(), false)).isEmpty();

    assertThatThrownBy(
            () ->
                decisions.update(
                    d.getId(),
                    new DecisionForm(board.getId(), today, "TB 30", "Stale", "Stale.", 0L)))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(decisions.get(d.getId()).getTitle()).isEqualTo("Corrected");
  }
}

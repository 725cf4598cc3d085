package org.goldenthread.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.intervention.InterventionWorld;
import org.goldenthread.intervention.PlanForm;
import org.goldenthread.intervention.RejectionForm;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlans;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who an intervention asks is told in the daily digest, each thing once: the officer that a plan is
 * asked of them and is overdue, the accountable person that a plan waits for their decision, the
 * officer that it was rejected and why, the director that a review is asked of them.
 */
class InterventionNoticesTest extends MailTest {

  @Autowired NoticeFixtures fixtures;
  @Autowired InterventionWorld worlds;
  @Autowired RemedialPlans plans;
  @Autowired NoticeRun run;
  @Autowired Notices notices;
  @Autowired TestClock clock;

  final Set<String> seen = new HashSet<>();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** The digest each address received from the run just made, or nothing. */
  private String mailTo(String address) {
    return MailServer.newSince(seen).stream()
        .filter(m -> MailServer.recipient(m).equalsIgnoreCase(address))
        .map(MailServer::text)
        .findFirst()
        .orElse("");
  }

  private List<MimeMessage> runTheNextDay() {
    clock.advance(Duration.ofDays(1));
    run.run();
    return MailServer.received();
  }

  private long told(long personId, NoticeKind kind) {
    return notices.of(personId).stream().filter(n -> n.getKind() == kind).count();
  }

  @Test
  void theOfficerTheAccountablePersonAndTheOfficerAgainAreEachToldOnce() {
    FixtureCouncil.Council council = fixtures.council();
    InterventionWorld.World world = worlds.create(council, 1);
    String officer = NoticeFixtures.officerAddress(council);
    String manager = NoticeFixtures.managerAddress(council);
    MailServer.newSince(seen);

    run.run();
    run.recordDue(TestClock.TODAY);
    String toOfficer = mailTo(officer);
    assertThat(toOfficer)
        .contains("Remedial plan asked of you: " + council.indicator().label())
        .contains("Propose a remedial plan by")
        .contains("/interventions/" + world.intervention().getId() + "/plans/new")
        .contains("Intervention overdue");
    assertThat(told(council.officer().getId(), NoticeKind.REMEDIAL_PLAN_DUE)).isEqualTo(1);
    assertThat(told(council.manager().getId(), NoticeKind.INTERVENTION_OVERDUE)).isEqualTo(1);

    RemedialPlan plan =
        plans.propose(
            world.intervention().getId(),
            new PlanForm(
                "Weekly case reviews",
                TestClock.TODAY.plusDays(60),
                "Back on target by Q4",
                false,
                null,
                null),
            council.asOfficer());
    runTheNextDay();
    assertThat(mailTo(manager))
        .contains("Remedial plan waiting for your decision: " + council.indicator().label())
        .contains("#plan-" + plan.getId());

    plans.reject(
        world.intervention().getId(),
        plan.getId(),
        new RejectionForm("Add agency cover to the plan", null),
        council.asManager());
    runTheNextDay();
    assertThat(mailTo(officer))
        .contains("Remedial plan rejected: to revise")
        .contains("Why it was rejected: Add agency cover to the plan")
        .contains("/plans/new?revises=" + plan.getId());

    RemedialPlan revision =
        plans.propose(
            world.intervention().getId(),
            new PlanForm(
                "Weekly case reviews and agency cover",
                TestClock.TODAY.plusDays(60),
                "Back on target by Q4",
                false,
                plan.getId(),
                null),
            council.asOfficer());
    runTheNextDay();
    assertThat(mailTo(manager)).contains("Remedial plan waiting for your decision");
    plans.agree(world.intervention().getId(), revision.getId(), null, council.asManager());
    runTheNextDay();
    runTheNextDay();
    assertThat(told(council.officer().getId(), NoticeKind.REMEDIAL_PLAN_DUE)).isEqualTo(1);
    assertThat(told(council.officer().getId(), NoticeKind.REMEDIAL_PLAN_REJECTED)).isEqualTo(1);
    assertThat(told(council.manager().getId(), NoticeKind.REMEDIAL_PLAN_TO_DECIDE)).isEqualTo(2);
  }

  @Test
  void theDirectorIsAskedForAReview() {
    FixtureCouncil.Council council = fixtures.council();
    InterventionWorld.World world = worlds.create(council, 2);
    MailServer.newSince(seen);

    run.run();

    String director = "director-" + council.suffix().toLowerCase() + "@example.gov.uk";
    assertThat(mailTo(director))
        .contains("Director review asked of you: " + council.indicator().label())
        .contains("/interventions/" + world.intervention().getId() + "/review");
    assertThat(told(world.director().getId(), NoticeKind.DIRECTOR_REVIEW_DUE)).isEqualTo(1);
  }
}

package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.intervention.Change;
import org.goldenthread.intervention.DirectorReviewRepository;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.intervention.InterventionStep;
import org.goldenthread.intervention.Ladder;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlanRepository;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's history has already climbed the ladder (M10): an intervention open at each
 * level, one closed by a return to Green, a plan agreed, one rejected and revised, and a director
 * review.
 */
@GoldenThreadTest
@Transactional
class DemoLadderTest {

  @Autowired IndicatorService indicators;
  @Autowired InterventionRepository interventions;
  @Autowired RemedialPlanRepository plans;
  @Autowired DirectorReviewRepository reviews;

  private List<Intervention> demoInterventions() {
    List<Intervention> found = new ArrayList<>();
    for (String code : DemoIndicatorTable.codes()) {
      Indicator indicator = indicators.byCode(code);
      found.addAll(interventions.findByIndicator(indicator));
    }
    return found;
  }

  @Test
  void anInterventionIsOpenAtEveryLevelOfTheLadder() {
    Set<Integer> levels = new TreeSet<>();
    demoInterventions().stream()
        .filter(Intervention::isOpen)
        .forEach(i -> levels.add(i.getLevel()));

    assertThat(levels).containsExactly(1, 2, 3, 4, 5);
    assertThat(Ladder.standard().rules()).hasSize(5);
  }

  @Test
  void someInterventionsWereClosedByAReturnToGreen() {
    assertThat(demoInterventions())
        .filteredOn(i -> !i.isOpen())
        .anySatisfy(
            i ->
                assertThat(i.latestStep().map(InterventionStep::getChange))
                    .contains(Change.CLOSED));
  }

  @Test
  void onePlanWasAgreedOneRejectedAndRevisedAndTheDirectorReviewedOne() {
    List<RemedialPlan> all = new ArrayList<>();
    demoInterventions()
        .forEach(i -> all.addAll(plans.findByInterventionOrderByProposedAtAscIdAsc(i)));

    assertThat(all).filteredOn(p -> p.getState() == RemedialPlan.State.REJECTED).hasSize(1);
    RemedialPlan rejected =
        all.stream().filter(p -> p.getState() == RemedialPlan.State.REJECTED).findFirst().get();
    assertThat(rejected.getRejectionReason()).isNotBlank();
    assertThat(all)
        .anySatisfy(
            p -> {
              assertThat(p.getRevises()).isEqualTo(rejected);
              assertThat(p.getState()).isEqualTo(RemedialPlan.State.AGREED);
            });
    assertThat(all).filteredOn(p -> p.getState() == RemedialPlan.State.AGREED).hasSize(3);
    assertThat(demoInterventions())
        .anySatisfy(
            i -> assertThat(reviews.findByInterventionOrderByReviewedOnAscIdAsc(i)).hasSize(1));
  }
}

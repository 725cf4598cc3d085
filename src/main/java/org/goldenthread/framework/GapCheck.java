package org.goldenthread.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the golden thread is broken: priorities nothing delivers, items that contribute to nothing,
 * and plans past their review date. Capabilities that measure or deliver items (a {@link
 * ThreadCoverage}) sharpen the first check.
 */
@Service
@Transactional(readOnly = true)
public class GapCheck {

  private final FrameworkService framework;
  private final PlanService plans;
  private final List<ThreadCoverage> coverage;
  private final Clock clock;

  GapCheck(
      FrameworkService framework, PlanService plans, List<ThreadCoverage> coverage, Clock clock) {
    this.framework = framework;
    this.plans = plans;
    this.coverage = coverage;
    this.clock = clock;
  }

  /** The gaps found; {@code notDelivered} is null until something measures or delivers items. */
  public record Report(
      List<ThreadGraph.Node> nothingBeneath,
      List<ThreadGraph.Node> notDelivered,
      List<String> deliveredMeans,
      List<ThreadGraph.Node> contributingToNothing,
      List<Plan> reviewOverdue) {

    public int total() {
      return nothingBeneath.size()
          + (notDelivered == null ? 0 : notDelivered.size())
          + contributingToNothing.size()
          + reviewOverdue.size();
    }
  }

  public Report run() {
    ThreadGraph graph = framework.graph();
    LocalDate today = LocalDate.now(clock);
    List<ThreadGraph.Node> notDelivered = null;
    if (!coverage.isEmpty()) {
      Set<Long> delivered = new HashSet<>();
      coverage.forEach(c -> delivered.addAll(c.coveredItemIds()));
      notDelivered = graph.prioritiesNotDelivered(delivered);
    }
    return new Report(
        graph.prioritiesWithNothingBeneath(),
        notDelivered,
        coverage.stream().map(ThreadCoverage::description).toList(),
        graph.contributingToNothing(),
        plans.all().stream().filter(p -> p.isReviewOverdue(today)).toList());
  }
}

package org.goldenthread.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.intervention.DirectorReview;
import org.goldenthread.intervention.DirectorReviewRepository;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.intervention.InterventionRepository;
import org.goldenthread.intervention.RemedialPlan;
import org.goldenthread.intervention.RemedialPlanRepository;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.springframework.stereotype.Component;

/**
 * What the demo council's officers did about the interventions its history opened (the ladder
 * itself is worked out from the figures): the sickness absence plan agreed, the small-business
 * invoices plan rejected and revised, and the recycling rate's plan agreed and reviewed by the
 * director. Written in the officers' own words; invented.
 */
@Component
class DemoLadder {

  private final IndicatorRepository indicators;
  private final InterventionRepository interventions;
  private final RemedialPlanRepository plans;
  private final DirectorReviewRepository reviews;
  private final Clock clock;

  DemoLadder(
      IndicatorRepository indicators,
      InterventionRepository interventions,
      RemedialPlanRepository plans,
      DirectorReviewRepository reviews,
      Clock clock) {
    this.indicators = indicators;
    this.interventions = interventions;
    this.plans = plans;
    this.reviews = reviews;
    this.clock = clock;
  }

  void load(Map<String, Person> people) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    open("HR-01")
        .ifPresent(
            intervention -> {
              RemedialPlan plan =
                  propose(
                      intervention,
                      null,
                      "Every absence over 10 days is referred to occupational health the same week;"
                          + " the three teams with the most days lost have a monthly absence review"
                          + " with HR.",
                      today.plusMonths(3),
                      "Days lost back within the quarterly profile by the end of the year.",
                      ago(now, 40));
              agree(plan, intervention, ago(now, 35));
            });
    open("FIN-03")
        .ifPresent(
            intervention -> {
              RemedialPlan first =
                  propose(
                      intervention,
                      null,
                      "Remind services to pay small local suppliers promptly.",
                      today.plusMonths(1),
                      "More invoices paid within 10 days.",
                      ago(now, 30));
              first.reject(
                  intervention.getIndicator().getAccountable().getId(),
                  "A reminder alone has not worked before. Say how invoices sent to the wrong"
                      + " address will be caught, who checks, and what figure you expect by when.",
                  ago(now, 27));
              RemedialPlan revised =
                  propose(
                      intervention,
                      first,
                      "Invoices reaching services are scanned to the central payments inbox the day"
                          + " they arrive; the payments team checks the inbox daily and flags any"
                          + " small-business invoice older than five days to the budget holder.",
                      today.plusMonths(2),
                      "85% of small local business invoices paid within 10 days by the end of the"
                          + " year, 90% next year.",
                      ago(now, 20));
              agree(revised, intervention, ago(now, 16));
            });
    open("NI 192")
        .ifPresent(
            intervention -> {
              RemedialPlan plan =
                  propose(
                      intervention,
                      null,
                      "Food waste caddies delivered to the 4,000 flats without them; crews tag"
                          + " contaminated recycling bins and the household gets a visit.",
                      today.plusMonths(4),
                      "Two points on the recycling rate within two quarters.",
                      ago(now, 60));
              agree(plan, intervention, ago(now, 55));
              Person director = directorOf(intervention.getIndicator());
              if (director != null) {
                reviews.save(
                    new DirectorReview(
                        intervention,
                        director.getId(),
                        today.minusDays(21),
                        DirectorReview.Decision.PLAN_ENDORSED,
                        "The plan stands; the caddy roll-out is brought forward a month and the"
                            + " service reports contamination rates to the directorate monthly.",
                        ago(now, 21)));
              }
            });
  }

  private java.util.Optional<Intervention> open(String code) {
    return indicators
        .findByCodeIgnoreCase(code)
        .flatMap(
            indicator ->
                interventions.findByIndicator(indicator).stream()
                    .filter(Intervention::isOpen)
                    .filter(i -> i.getLevel() >= 2)
                    .findFirst());
  }

  private RemedialPlan propose(
      Intervention intervention,
      RemedialPlan revises,
      String measures,
      LocalDate byWhen,
      String effect,
      Instant at) {
    return plans.save(
        new RemedialPlan(
            intervention,
            revises,
            measures,
            byWhen,
            effect,
            intervention.getIndicator().getResponsible().getId(),
            at));
  }

  private static void agree(RemedialPlan plan, Intervention intervention, Instant at) {
    plan.agree(intervention.getIndicator().getAccountable().getId(), at);
  }

  /** The head of the directorate the indicator's service sits in. */
  private static Person directorOf(Indicator indicator) {
    for (OrgUnit unit = indicator.getOrgUnit(); unit != null; unit = unit.getParent()) {
      if (unit.getType() == OrgUnitType.DIRECTORATE) {
        return unit.getHead();
      }
    }
    return null;
  }

  private static Instant ago(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}

package org.goldenthread.risk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.Person;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControl;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskState;

/** Risks as the JSON API shows them, with their facts as worked out today. */
final class RiskViews {

  private RiskViews() {}

  /**
   * A risk: its three scores, band, appetite flag, movement and review dates (names kept as the
   * issue gives them), what it is, who answers for it, what it links to and its controls; its score
   * {@code history} only when one risk is asked for.
   */
  record RiskView(
      String code,
      String title,
      String register,
      String registerName,
      String category,
      String categoryName,
      RiskState state,
      String cause,
      String event,
      String consequence,
      String owner,
      String accountable,
      int inherentLikelihood,
      int inherentImpact,
      int inherentScore,
      int currentLikelihood,
      int currentImpact,
      int currentScore,
      int targetLikelihood,
      int targetImpact,
      int targetScore,
      Band band,
      boolean aboveAppetite,
      Integer appetite,
      Movement movement,
      Integer previousScore,
      LocalDate lastReviewed,
      LocalDate nextReview,
      boolean overdue,
      ReviewFrequency reviewFrequency,
      boolean confidential,
      String escalatedFrom,
      LocalDate openedOn,
      LocalDate closedOn,
      String closedReason,
      List<String> items,
      List<String> indicators,
      List<String> actions,
      List<ControlView> controls,
      long version,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryView> history) {

    static RiskView of(Risk r, RiskFacts f, boolean withHistory) {
      return new RiskView(
          r.getCode(),
          r.getTitle(),
          r.getRegister().getCode(),
          r.getRegister().getName(),
          r.getCategory().getCode(),
          r.getCategory().getName(),
          r.getState(),
          r.getCause(),
          r.getEvent(),
          r.getConsequence(),
          name(r.getOwner()),
          r.getAccountable() != null
              ? name(r.getAccountable())
              : r.getAccountableBody() == null ? null : r.getAccountableBody().getName(),
          f.inherent().likelihood(),
          f.inherent().impact(),
          f.inherent().value(),
          f.current().likelihood(),
          f.current().impact(),
          f.current().value(),
          f.target().likelihood(),
          f.target().impact(),
          f.target().value(),
          f.band(),
          f.aboveAppetite(),
          r.getCategory().getAppetite(),
          f.movement(),
          f.previousScore(),
          r.getLastReviewed(),
          f.nextReview(),
          f.overdue(),
          r.getReviewFrequency(),
          r.isConfidential(),
          r.getEscalatedFrom() == null ? null : r.getEscalatedFrom().getCode(),
          r.getOpenedOn(),
          r.getClosedOn(),
          r.getClosedReason(),
          r.getItems().stream().map(FrameworkItem::getCode).sorted().toList(),
          r.getIndicators().stream().map(Indicator::getCode).sorted().toList(),
          r.getActions().stream().map(Action::getCode).sorted().toList(),
          r.getControls().stream().map(ControlView::of).toList(),
          r.getVersion(),
          withHistory ? r.getHistory().stream().map(HistoryView::of).toList() : null);
    }
  }

  /** A control in place today: what it is, who owns it, how well it works. */
  record ControlView(String description, String owner, Effectiveness effectiveness) {

    static ControlView of(RiskControl c) {
      return new ControlView(c.getDescription(), name(c.getOwner()), c.getEffectiveness());
    }
  }

  /** One entry in the score history, oldest first. */
  record HistoryView(
      String kind,
      LocalDate reviewedOn,
      int currentLikelihood,
      int currentImpact,
      int currentScore,
      String whatChanged,
      String why,
      String reviewedBy,
      Instant recordedAt) {

    static HistoryView of(RiskReview r) {
      return new HistoryView(
          r.getKind().name(),
          r.getReviewedOn(),
          r.getCurrent().likelihood(),
          r.getCurrent().impact(),
          r.getCurrent().value(),
          r.getWhatChanged(),
          r.getWhy(),
          r.getReviewedBy().name(),
          r.getRecordedAt());
    }
  }

  private static String name(Person person) {
    return person == null ? null : person.getFullName();
  }
}

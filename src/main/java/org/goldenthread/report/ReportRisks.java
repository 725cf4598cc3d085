package org.goldenthread.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.goldenthread.action.Brag;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.Score;

/**
 * The risks of a report as plain values, kept with the rest of a {@link ReportSnapshot} and so
 * frozen when it is published (M8): the risks its definition carries ({@link RiskScope}), each as
 * it stood at the end of the report's period, and, beside each indicator and action of the report,
 * the open risks linked to it. The Audit Committee's sections ({@link RiskSections}) are worked out
 * from these lines alone, so a published report's never change.
 *
 * <p>A confidential risk is described only to those who may have it described; for everyone else
 * its line keeps its scores and flags (it is counted in the heat map, the bands and each section's
 * "not described" count) but no code, title, owner, control or action. A published snapshot never
 * describes one; the public pages drop them altogether.
 *
 * @param covers what the risk sections cover, in words; null when the report carries none
 * @param asAt the day the risks are as at: the end of the report's period
 * @param comparedWith the end of the quarter before, which movement compares with
 * @param bands how each band is shown, as it was when the report was made
 */
public record ReportRisks(
    String covers,
    LocalDate asAt,
    LocalDate comparedWith,
    List<RiskBands.Look> bands,
    List<RiskLine> risks,
    Map<Long, List<RelatedRisk>> indicatorRisks,
    Map<Long, List<RelatedRisk>> actionRisks) {

  /** A report made before risks were kept: no sections, and nothing beside its lines. */
  public static final ReportRisks NONE =
      new ReportRisks(null, null, null, List.of(), List.of(), Map.of(), Map.of());

  public ReportRisks {
    bands = bands == null ? List.of() : List.copyOf(bands);
    risks = risks == null ? List.of() : List.copyOf(risks);
    indicatorRisks = indicatorRisks == null ? Map.of() : indicatorRisks;
    actionRisks = actionRisks == null ? Map.of() : actionRisks;
  }

  /** A risk as the report shows it, with its controls and mitigating actions. */
  public record RiskLine(
      long riskId,
      boolean confidential,
      boolean described,
      String code,
      String title,
      String register,
      String category,
      String owner,
      Score inherent,
      Score current,
      Score target,
      RiskBands.Look look,
      Integer appetite,
      boolean aboveAppetite,
      Movement movement,
      Integer previousScore,
      LocalDate nextReview,
      boolean overdue,
      boolean open,
      List<Control> controls,
      List<Mitigation> actions) {

    public int score() {
      return current.value();
    }

    /** How far above appetite the current score is; 0 when it is not. */
    public int aboveBy() {
      return aboveAppetite && appetite != null ? current.value() - appetite : 0;
    }

    /** The same risk counted but not described: its scores and flags only. */
    RiskLine undescribed() {
      return new RiskLine(
          riskId,
          confidential,
          false,
          null,
          null,
          null,
          null,
          null,
          inherent,
          current,
          target,
          look,
          appetite,
          aboveAppetite,
          movement,
          previousScore,
          nextReview,
          overdue,
          open,
          List.of(),
          List.of());
    }
  }

  /** A control in place, its owner and how well it works. */
  public record Control(String description, String owner, Effectiveness effectiveness) {}

  /**
   * A mitigating action as at the end of the report's period: its BRAG (null: no progress update
   * yet), due date and whether it was overdue.
   */
  public record Mitigation(
      long actionId,
      String code,
      String title,
      Brag status,
      boolean overdue,
      LocalDate due,
      Integer percentComplete) {}

  /** A risk shown beside an indicator or action: code, title, current score and its band. */
  public record RelatedRisk(
      long riskId,
      boolean confidential,
      boolean described,
      String code,
      String title,
      int score,
      RiskBands.Look look) {

    RelatedRisk undescribed() {
      return new RelatedRisk(riskId, confidential, false, null, null, score, look);
    }
  }

  /** Whether the report has risk sections. */
  public boolean hasSections() {
    return covers != null;
  }

  /** The sections worked out from the lines. */
  public RiskSections sections() {
    return new RiskSections(this);
  }

  /**
   * The same risks described only where allowed: a confidential risk whose id {@code describable}
   * refuses is counted, not described. Other risks are always described.
   */
  public ReportRisks describing(Predicate<Long> describable) {
    Predicate<Long> shown = describable == null ? id -> false : describable;
    return new ReportRisks(
        covers,
        asAt,
        comparedWith,
        bands,
        risks.stream()
            .map(r -> !r.confidential() || shown.test(r.riskId()) ? r : r.undescribed())
            .toList(),
        related(
            indicatorRisks, r -> !r.confidential() || shown.test(r.riskId()) ? r : r.undescribed()),
        related(
            actionRisks, r -> !r.confidential() || shown.test(r.riskId()) ? r : r.undescribed()));
  }

  /** The same without any confidential risk, not even counted: for the public pages. */
  public ReportRisks withoutConfidential() {
    return new ReportRisks(
        covers,
        asAt,
        comparedWith,
        bands,
        risks.stream().filter(r -> !r.confidential()).toList(),
        related(indicatorRisks, r -> r.confidential() ? null : r),
        related(actionRisks, r -> r.confidential() ? null : r));
  }

  /** The risks linked to an indicator of the report, highest score first. */
  public List<RelatedRisk> forIndicator(long indicatorId) {
    return indicatorRisks.getOrDefault(indicatorId, List.of());
  }

  public List<RelatedRisk> forAction(long actionId) {
    return actionRisks.getOrDefault(actionId, List.of());
  }

  /**
   * Related risks in a line of text, for the files: "CR-03 Cyber attack (16, ▲ High); 1
   * confidential risk not described"; null when there are none.
   */
  public static String text(List<RelatedRisk> related) {
    if (related == null || related.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int hidden = 0;
    for (RelatedRisk r : related) {
      if (r.described()) {
        parts.add(
            r.code()
                + " "
                + r.title()
                + " ("
                + r.score()
                + ", "
                + r.look().symbol()
                + " "
                + r.look().word()
                + ")");
      } else {
        hidden++;
      }
    }
    String notDescribed = notDescribed(hidden);
    if (notDescribed != null) {
      parts.add(notDescribed);
    }
    return String.join("; ", parts);
  }

  /** The same, for a template. */
  public String relatedText(List<RelatedRisk> related) {
    return text(related);
  }

  /** "1 confidential risk not described", "2 confidential risks not described"; null for none. */
  public static String notDescribed(int count) {
    if (count == 0) {
      return null;
    }
    return count + (count == 1 ? " confidential risk" : " confidential risks") + " not described";
  }

  /** The order related risks are shown in: highest current score first, then by code. */
  static final Comparator<RelatedRisk> RELATED_ORDER =
      Comparator.comparing(RelatedRisk::score)
          .reversed()
          .thenComparing(RelatedRisk::code, Comparator.nullsLast(Comparator.naturalOrder()));

  private static Map<Long, List<RelatedRisk>> related(
      Map<Long, List<RelatedRisk>> all, java.util.function.UnaryOperator<RelatedRisk> change) {
    Map<Long, List<RelatedRisk>> changed = new LinkedHashMap<>();
    all.forEach(
        (id, list) -> {
          List<RelatedRisk> kept =
              list.stream().map(change).filter(java.util.Objects::nonNull).toList();
          if (!kept.isEmpty()) {
            changed.put(id, kept);
          }
        });
    return changed;
  }
}

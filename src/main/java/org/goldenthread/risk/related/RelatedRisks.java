package org.goldenthread.risk.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open risks linked to an indicator or action, for its page (SPEC §7), used from the templates
 * as {@code @relatedRisks}: the indicator and action modules never name the risk module (it depends
 * on them), so their pages ask for this in the view. Only risks the signed-in person reads are
 * listed; a confidential risk they may not read is counted, never described; any other risk on a
 * register they do not read is left out.
 */
@Component("relatedRisks")
@Transactional(readOnly = true)
public class RelatedRisks {

  /** One linked risk as its page lists it: code, title, register, current score and its band. */
  public record Line(
      long riskId,
      String code,
      String title,
      String register,
      int score,
      RiskBands.Look look,
      RiskFacts facts) {}

  /** The risks listed, and how many confidential ones are counted without being described. */
  public record View(List<Line> lines, int notDescribed) {

    public boolean isEmpty() {
      return lines.isEmpty() && notDescribed == 0;
    }

    /** "1 confidential risk not described"; null when there is none. */
    public String notDescribedText() {
      if (notDescribed == 0) {
        return null;
      }
      return notDescribed
          + (notDescribed == 1 ? " confidential risk" : " confidential risks")
          + " not described";
    }
  }

  private final RiskService risks;
  private final RiskAccess access;
  private final RiskScoring scoring;

  RelatedRisks(RiskService risks, RiskAccess access, RiskScoring scoring) {
    this.risks = risks;
    this.access = access;
    this.scoring = scoring;
  }

  public View forIndicator(Authentication authentication, long indicatorId) {
    return view(authentication, risks.linkedToIndicators(Set.of(indicatorId)));
  }

  public View forAction(Authentication authentication, long actionId) {
    return view(authentication, risks.linkedToActions(Set.of(actionId)));
  }

  private View view(Authentication authentication, List<Risk> linked) {
    List<Line> lines = new ArrayList<>();
    int notDescribed = 0;
    RiskAccess.Reader reader = access.reader(authentication);
    for (Risk risk : linked) {
      if (!risk.isOpen()) {
        continue;
      }
      if (reader.reads(risk) && reader.describes(risk)) {
        RiskFacts facts = scoring.facts(risk);
        lines.add(
            new Line(
                risk.getId(),
                risk.getCode(),
                risk.getTitle(),
                risk.getRegister().getName(),
                facts.current().value(),
                scoring.bands().look(facts.band()),
                facts));
      } else if (risk.isConfidential()) {
        notDescribed++;
      }
    }
    lines.sort(Comparator.comparing(Line::score).reversed().thenComparing(Line::code));
    return new View(List.copyOf(lines), notDescribed);
  }
}

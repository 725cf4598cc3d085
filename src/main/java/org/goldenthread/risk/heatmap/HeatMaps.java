package org.goldenthread.risk.heatmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskDescriptor;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.risk.Score;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws up heat maps for a person: of one register, or of the whole council as far as they read it
 * (every register they read, and any risk they read wherever it is).
 */
@Component
@Transactional(readOnly = true)
public class HeatMaps {

  /** The words of each level, for the axes: index 0 is level 1. */
  public record Axes(List<String> likelihood, List<String> impact) {

    public String likelihood(int level) {
      return likelihood.get(level - 1);
    }

    public String impact(int level) {
      return impact.get(level - 1);
    }
  }

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskScoring scoring;
  private final RiskAccess access;

  HeatMaps(RiskService risks, RiskRegisters registers, RiskScoring scoring, RiskAccess access) {
    this.risks = risks;
    this.registers = registers;
    this.scoring = scoring;
    this.access = access;
  }

  /**
   * The risks a person's map of {@code register} (or of the council, when null) counts:
   * confidential ones included, as they are counted though not described.
   */
  public List<Risk> inScope(Authentication authentication, RiskRegister register) {
    if (register != null) {
      return risks.onRegister(register.getId());
    }
    RiskAccess.Reader reader = access.reader(authentication);
    return risks.all().stream()
        .filter(r -> reader.readsRegister(r.getRegister()) || reader.reads(r))
        .toList();
  }

  /** Today's map for the person. */
  public HeatMap of(Authentication authentication, RiskRegister register, Scores scores) {
    return of(inScope(authentication, register), scores, scoring.today());
  }

  /** The map of these risks on {@code day}, each placed by its facts as they stood then. */
  public HeatMap of(List<Risk> inScope, Scores scores, LocalDate day) {
    List<HeatMap.Entry> entries = new ArrayList<>();
    for (Risk risk : inScope) {
      entries.add(new HeatMap.Entry(risk, scoring.facts(risk, day)));
    }
    return HeatMap.of(entries, scores, day);
  }

  /** The registers a person may choose a map of. */
  public List<RiskRegister> readable(Authentication authentication) {
    RiskAccess.Reader reader = access.reader(authentication);
    return registers.all().stream().filter(reader::readsRegister).toList();
  }

  /**
   * The word for each level from the descriptors the performance team keeps; for impact, the first
   * area's word (the areas share the words and differ in what they mean).
   */
  public Axes axes() {
    String[] likelihood = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
    String[] impact = {"Negligible", "Minor", "Moderate", "Major", "Severe"};
    boolean[] impactSet = new boolean[Score.HIGHEST];
    for (RiskDescriptor d : registers.descriptors()) {
      int index = d.getLevel() - 1;
      if (index < 0 || index >= Score.HIGHEST) {
        continue;
      }
      if (d.getScale() == RiskDescriptor.Scale.LIKELIHOOD) {
        likelihood[index] = d.getWord();
      } else if (!impactSet[index]) {
        impact[index] = d.getWord();
        impactSet[index] = true;
      }
    }
    return new Axes(List.of(likelihood), List.of(impact));
  }
}

package org.goldenthread.indicator.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.Person;
import org.goldenthread.period.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator definitions, and values and targets, as rows for a CSV file or workbook, in exactly the
 * columns and words the import reads, so that an exported file imports without changing anything.
 */
@Service
@Transactional(readOnly = true)
class IndicatorExport {

  private final IndicatorRepository indicators;
  private final IndicatorValueRepository values;
  private final IndicatorTargetRepository targets;

  IndicatorExport(
      IndicatorRepository indicators,
      IndicatorValueRepository values,
      IndicatorTargetRepository targets) {
    this.indicators = indicators;
    this.values = values;
    this.targets = targets;
  }

  /** The headings, then one row per indicator (only {@code code}'s if given). */
  public List<List<String>> definitions(String code) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(DefinitionColumns.LAYOUT.headings());
    for (Indicator i : chosen(code)) {
      Tolerance t = i.tolerance();
      rows.add(
          List.of(
              i.getCode(),
              i.getTitle(),
              text(i.getDescription()),
              ImportWords.UNITS.write(i.getUnit()),
              ImportWords.POLARITIES.write(i.getPolarity()),
              ImportWords.FREQUENCIES.write(i.getFrequency()),
              ImportWords.AGGREGATIONS.write(i.getAggregation()),
              ImportWords.YES_NO.write(i.isCumulative()),
              String.valueOf(i.getDecimalPlaces()),
              t == null ? "" : Numbers.plain(t.amount()),
              t == null ? "" : ImportWords.TOLERANCE_KINDS.write(t.kind()),
              ImportWords.TYPES.write(i.getType()),
              person(i.getResponsible()),
              person(i.getAccountable()),
              text(i.getFormula()),
              text(i.getDataSource()),
              i.getMeasures().stream().map(m -> m.getCode()).collect(Collectors.joining(";"))));
    }
    return rows;
  }

  /**
   * The headings, then one row per indicator and period with a value or a target (only {@code
   * code}'s, and only periods in the financial year starting in {@code year}, if given).
   */
  public List<List<String>> values(String code, Integer year) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(ValueColumns.LAYOUT.headings());
    List<Indicator> chosen = chosen(code);
    Map<Long, Map<Period, IndicatorValue>> valued = new HashMap<>();
    Map<Long, Map<Period, BigDecimal>> targeted = new HashMap<>();
    List<Long> ids = chosen.stream().map(Indicator::getId).toList();
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
      for (IndicatorValue v : values.findByIndicatorIds(chunk)) {
        valued
            .computeIfAbsent(v.getIndicator().getId(), k -> new HashMap<>())
            .put(v.getPeriod(), v);
      }
      for (IndicatorTarget t : targets.findByIndicatorIds(chunk)) {
        targeted
            .computeIfAbsent(t.getIndicator().getId(), k -> new HashMap<>())
            .put(t.getPeriod(), t.getAmount());
      }
    }
    for (Indicator i : chosen) {
      Map<Period, IndicatorValue> its = valued.getOrDefault(i.getId(), Map.of());
      Map<Period, BigDecimal> goals = targeted.getOrDefault(i.getId(), Map.of());
      TreeSet<Period> periods = new TreeSet<>(its.keySet());
      periods.addAll(goals.keySet());
      for (Period p : periods) {
        if (year != null && p.year() != year) {
          continue;
        }
        IndicatorValue v = its.get(p);
        rows.add(
            List.of(
                i.getCode(),
                p.label(),
                v == null ? "" : number(v.getAmount()),
                number(goals.get(p)),
                v == null ? "" : number(v.getNumerator()),
                v == null ? "" : number(v.getDenominator()),
                v == null ? "" : text(v.getCommentary()),
                v == null ? "" : text(v.getRemedialAction()),
                "",
                v == null ? "" : number(v.getForecast()),
                v == null ? "" : text(v.getForecastBasis())));
      }
    }
    return rows;
  }

  private List<Indicator> chosen(String code) {
    if (code == null || code.isBlank()) {
      return indicators.findAllInOrder();
    }
    return indicators.findByCodeIgnoreCase(code.trim()).map(List::of).orElse(List.of());
  }

  private static String person(Person p) {
    if (p == null) {
      return "";
    }
    return p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail() : p.getFullName();
  }

  private static String number(BigDecimal n) {
    return n == null ? "" : Numbers.plain(n);
  }

  private static String text(String t) {
    return t == null ? "" : t;
  }
}

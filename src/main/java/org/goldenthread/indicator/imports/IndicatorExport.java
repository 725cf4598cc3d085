package org.goldenthread.indicator.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.organisation.Person;
import org.goldenthread.spreadsheet.SheetOutput;
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
  private final ValueExport valueRows;

  IndicatorExport(IndicatorRepository indicators, ValueExport valueRows) {
    this.indicators = indicators;
    this.valueRows = valueRows;
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
   * Writes the headings, then one row per indicator and period with a value or a target (only
   * {@code code}'s, and only periods in the financial year starting in {@code year}, if given), as
   * they are read; answers how many rows, headings aside.
   */
  public int values(String code, Integer year, SheetOutput out) throws IOException {
    return valueRows.write(code, year, out);
  }

  private List<Indicator> chosen(String code) {
    if (code == null || code.isBlank()) {
      return indicators.findAllInOrderWithPeopleAndMeasures();
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

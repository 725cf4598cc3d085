package org.goldenthread.report.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.shared.CsvFile;

/**
 * A report as one CSV file: one header row, then a row for each line of each section, the first
 * column naming the section (Summary, Exceptions, Detail; for a published report, Published and
 * Corrections first). The columns are those of every section in turn, each heading once; a line
 * leaves blank the columns of other sections. Numbers are written plainly: no thousands separators,
 * "." for decimals; text that could pass for a formula is made safe. UTF-8 with a byte-order mark,
 * for Excel (see {@link CsvFile}).
 */
public final class ReportCsv {

  static final String SECTION = "Section";

  private ReportCsv() {}

  public static byte[] write(ReportSnapshot report, Publication published) {
    return write(ReportTables.of(report, published));
  }

  /** Any sections as one CSV file, laid out as a report's are. */
  public static byte[] write(List<ReportTables.Section> sections) {
    Set<String> columns = new LinkedHashSet<>();
    sections.forEach(s -> columns.addAll(s.headers()));
    List<Object> header = new ArrayList<>();
    header.add(SECTION);
    header.addAll(columns);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header);
    for (ReportTables.Section s : sections) {
      for (List<Object> cells : s.rows()) {
        List<Object> row = new ArrayList<>();
        row.add(s.title());
        for (String column : columns) {
          int at = s.headers().indexOf(column);
          row.add(at < 0 ? null : ReportTables.value(cells.get(at)));
        }
        rows.add(row);
      }
    }
    return CsvFile.forExcel(rows);
  }
}

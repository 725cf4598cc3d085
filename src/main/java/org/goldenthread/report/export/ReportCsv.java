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
 * Corrections first). The columns are those of every section in turn, each heading once (related
 * risks after the columns of the last section that has them); a line leaves blank the columns of
 * other sections. Numbers are written plainly: no thousands separators, "." for decimals; text that
 * could pass for a formula is made safe. UTF-8 with a byte-order mark, for Excel (see {@link
 * CsvFile}).
 */
public final class ReportCsv {

  static final String SECTION = "Section";

  private ReportCsv() {}

  public static byte[] write(ReportSnapshot report, Publication published) {
    return write(ReportTables.of(report, published));
  }

  /** Any sections as one CSV file, laid out as a report's are. */
  public static byte[] write(List<ReportTables.Section> sections) {
    // Related risks come after the columns of the last section that has them, so the columns of
    // the summary, exceptions and detail stay where they were before reports carried risks.
    int lastRelated = -1;
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).headers().contains(ReportTables.RELATED_RISKS)) {
        lastRelated = i;
      }
    }
    Set<String> columns = new LinkedHashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      for (String h : sections.get(i).headers()) {
        if (i == lastRelated || !h.equals(ReportTables.RELATED_RISKS)) {
          columns.add(h);
        }
      }
    }
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

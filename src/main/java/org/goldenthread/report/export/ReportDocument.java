package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.shared.WordStyles;

/**
 * A report as a Word document: its title, period and audience; a heading per section in Word's own
 * heading styles (so the navigation pane lists them); and tables whose header row repeats on each
 * page. A status is written as its symbol and word, never by colour alone.
 */
final class ReportDocument {

  static final String TITLE = "Title";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";

  /** The columns whose symbol is written with the word of the column before it. */
  private static final String SYMBOL = "Symbol";

  private ReportDocument() {}

  static byte[] write(ReportSnapshot report, Publication published) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      WordStyles.add(styles, TITLE, "Title", null, 28);
      WordStyles.add(styles, HEADING_1, "heading 1", 0, 20);
      WordStyles.add(styles, HEADING_2, "heading 2", 1, 16);
      doc.getProperties().getCoreProperties().setTitle(report.title());
      WordStyles.paragraph(doc, TITLE, report.title());
      if (published != null) {
        WordStyles.paragraph(doc, null, published.statement());
        WordStyles.paragraph(doc, null, published.correctionsText());
      }
      WordStyles.paragraph(doc, null, "Period: " + report.period());
      if (report.audience() != null && !report.audience().isBlank()) {
        WordStyles.paragraph(doc, null, "For: " + report.audience());
      }
      WordStyles.paragraph(doc, null, "Covers: " + report.scope());
      for (ReportTables.Section section : ReportTables.of(report, published)) {
        WordStyles.paragraph(doc, HEADING_1, heading(section.title()));
        if (section.rows().isEmpty()) {
          WordStyles.paragraph(doc, null, "None.");
          continue;
        }
        table(doc, section);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String heading(String section) {
    return switch (section) {
      case ReportTables.DETAIL -> "Every indicator in detail";
      case ReportTables.PUBLISHED -> "As published";
      case ReportTables.CORRECTIONS -> "Corrections since publication";
      default -> section;
    };
  }

  /** The section as a table: the status and its symbol in one column ("✖ Red"). */
  private static void table(XWPFDocument doc, ReportTables.Section section) {
    List<String> headers = section.headers();
    int symbol = headers.indexOf(SYMBOL);
    Set<Integer> skipped = symbol < 0 ? Set.of() : Set.of(symbol);
    int columns = headers.size() - skipped.size();
    XWPFTable table = doc.createTable(section.rows().size() + 1, columns);
    table.setWidth("100%");
    XWPFTableRow top = table.getRow(0);
    top.setRepeatHeader(true);
    fill(top, headers.stream().map(h -> (Object) h).toList(), skipped, -1, true);
    for (int r = 0; r < section.rows().size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      fill(row, section.rows().get(r), skipped, symbol, false);
    }
  }

  private static void fill(
      XWPFTableRow row, List<Object> cells, Set<Integer> skipped, int symbol, boolean bold) {
    int at = 0;
    for (int c = 0; c < cells.size(); c++) {
      if (skipped.contains(c)) {
        continue;
      }
      String text = ReportTables.text(cells.get(c));
      if (symbol >= 0 && c == symbol - 1 && cells.get(symbol) != null) {
        text = cells.get(symbol) + " " + text;
      }
      XWPFParagraph p = row.getCell(at++).getParagraphs().get(0);
      XWPFRun run = p.createRun();
      run.setBold(bold);
      run.setText(text);
    }
  }
}

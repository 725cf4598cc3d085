package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.goldenthread.report.CoverSheet;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.shared.WordStyles;

/**
 * A report as a Word paper a clerk can put in an agenda: the council's name, a header naming the
 * council, body and meeting and a footer with "Page N of M" on every page; its cover (the meeting,
 * who it is from, numbered recommendations, purpose, reasons, implications) when one has been
 * prepared; then a heading per section in Word's own heading styles (so the navigation pane lists
 * them) and tables in Word's "Table Grid" whose header row repeats on each page; and each
 * indicator's chart as a picture with its description as alternative text. A status is written as
 * its symbol and word, never by colour alone.
 */
final class ReportDocument {

  static final String TITLE = "Title";
  static final String HEADING_1 = "Heading1";
  static final String HEADING_2 = "Heading2";

  /** The columns whose symbol is written with the word of the column before it. */
  private static final String SYMBOL = "Symbol";

  private ReportDocument() {}

  static byte[] write(ReportSnapshot report, Publication published) {
    return write(report, published, null);
  }

  static byte[] write(ReportSnapshot report, Publication published, String councilName) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      WordStyles.add(styles, TITLE, "Title", null, 28);
      WordStyles.add(styles, HEADING_1, "heading 1", 0, 20);
      WordStyles.add(styles, HEADING_2, "heading 2", 1, 16);
      WordPaper.tableGrid(styles);
      CoverSheet cover = report.cover();
      doc.getProperties().getCoreProperties().setTitle(report.title());
      WordPaper.a4(doc);
      WordPaper.header(doc, header(report, councilName));
      WordPaper.pageNumbers(doc);
      if (councilName != null) {
        WordStyles.paragraph(doc, null, councilName);
      }
      if (cover != null && cover.exempt()) {
        WordStyles.paragraph(doc, null, "Not for publication. " + cover.accessText() + ".");
      }
      WordStyles.paragraph(doc, TITLE, cover != null ? cover.title() : report.title());
      if (published != null) {
        WordStyles.paragraph(doc, null, published.statement());
        WordStyles.paragraph(doc, null, published.correctionsText());
      }
      if (cover != null) {
        cover(doc, cover);
      }
      if (cover != null) {
        WordStyles.paragraph(doc, HEADING_1, "5. Performance in " + report.period());
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
        table(doc, section.headers(), section.rows());
        if (ReportTables.DETAIL.equals(section.title())) {
          charts(doc, report);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Anytown Council — Cabinet — Wednesday 9 December 2026", or the title and period. */
  static String header(ReportSnapshot report, String councilName) {
    List<String> parts = new ArrayList<>();
    if (councilName != null) {
      parts.add(councilName);
    }
    if (report.cover() != null) {
      parts.add(report.cover().body());
      parts.add(report.cover().meetingDateText());
    } else {
      parts.add(report.title());
      parts.add(report.period());
    }
    return String.join(" — ", parts);
  }

  /** The cover: its facts as a table, then the numbered parts of the report. */
  private static void cover(XWPFDocument doc, CoverSheet cover) {
    List<List<Object>> rows = new ArrayList<>();
    cover.rows().forEach(r -> rows.add(List.of(r.heading(), r.text())));
    table(doc, List.of("", ""), rows, false);
    WordStyles.paragraph(doc, HEADING_1, "1. Recommendations");
    int n = 1;
    for (String recommendation : cover.recommendations()) {
      WordStyles.paragraph(doc, null, "1." + n++ + "  " + recommendation);
    }
    WordStyles.paragraph(doc, HEADING_1, "2. Purpose of the report");
    lines(doc, cover.purpose());
    WordStyles.paragraph(doc, HEADING_1, "3. Reasons for the recommendations");
    lines(doc, cover.reasons());
    WordStyles.paragraph(doc, HEADING_1, "4. Implications");
    if (cover.implications().isEmpty()) {
      WordStyles.paragraph(doc, null, "No implications recorded.");
    }
    for (CoverSheet.Implication i : cover.implications()) {
      WordStyles.paragraph(doc, HEADING_2, i.heading());
      lines(doc, i.text());
    }
  }

  /** A text of several lines as a paragraph each. */
  private static void lines(XWPFDocument doc, String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        WordStyles.paragraph(doc, null, line.strip());
      }
    }
  }

  /** After the detail table, each indicator's chart under its code and title, as a picture. */
  private static void charts(XWPFDocument doc, ReportSnapshot report) {
    if (!report.hasDetail()) {
      return;
    }
    List<ReportSnapshot.IndicatorFigure> charted =
        report.detail().stream().filter(f -> f.chart() != null).toList();
    for (ReportSnapshot.IndicatorFigure f : charted) {
      ChartPicture picture = ChartPicture.of(f.chart());
      if (picture == null) {
        continue;
      }
      WordStyles.paragraph(doc, HEADING_2, f.code() + " " + f.title());
      WordPaper.picture(doc, picture);
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

  private static void table(XWPFDocument doc, List<String> headers, List<List<Object>> rows) {
    table(doc, headers, rows, true);
  }

  /**
   * A table in "Table Grid", its header row (if any) repeated on each page; the status and its
   * symbol in one column ("✖ Red").
   */
  private static void table(
      XWPFDocument doc, List<String> headers, List<List<Object>> rows, boolean headed) {
    int symbol = headers.indexOf(SYMBOL);
    Set<Integer> skipped = symbol < 0 ? Set.of() : Set.of(symbol);
    int columns = headers.size() - skipped.size();
    int top = headed ? 1 : 0;
    XWPFTable table = doc.createTable(rows.size() + top, columns);
    table.setStyleID(WordPaper.TABLE_GRID);
    table.setWidth("100%");
    if (headed) {
      XWPFTableRow first = table.getRow(0);
      first.setRepeatHeader(true);
      fill(first, headers.stream().map(h -> (Object) h).toList(), skipped, -1, true);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + top);
      row.setCantSplitRow(true);
      fill(row, rows.get(r), skipped, symbol, false);
    }
    if (!headed) {
      for (XWPFTableRow row : table.getRows()) {
        row.getCell(0).getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true));
      }
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

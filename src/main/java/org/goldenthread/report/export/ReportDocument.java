package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

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
      style(styles, TITLE, "Title", null, 28);
      style(styles, HEADING_1, "heading 1", 0, 20);
      style(styles, HEADING_2, "heading 2", 1, 16);
      doc.getProperties().getCoreProperties().setTitle(report.title());
      paragraph(doc, TITLE, report.title());
      if (published != null) {
        paragraph(doc, null, published.statement());
        paragraph(doc, null, published.correctionsText());
      }
      paragraph(doc, null, "Period: " + report.period());
      if (report.audience() != null && !report.audience().isBlank()) {
        paragraph(doc, null, "For: " + report.audience());
      }
      paragraph(doc, null, "Covers: " + report.scope());
      for (ReportTables.Section section : ReportTables.of(report, published)) {
        paragraph(doc, HEADING_1, heading(section.title()));
        if (section.rows().isEmpty()) {
          paragraph(doc, null, "None.");
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

  private static void paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }

  /** A paragraph style; with an outline level, a heading Word lists in its navigation pane. */
  private static void style(
      XWPFStyles styles, String id, String name, Integer outline, int points) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewBasedOn().setVal("Normal");
    s.addNewNext().setVal("Normal");
    s.addNewQFormat();
    if (outline != null) {
      s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      s.getPPr().addNewKeepNext();
    }
    var run = s.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
    styles.addStyle(new XWPFStyle(s));
  }
}

package org.goldenthread.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The parts of a Word paper a clerk expects to drop into an agenda: a running header, a footer with
 * "Page N of M" as Word's own fields (so Word numbers the pages however the paper is joined),
 * Word's "Table Grid" table style, and pictures with alternative text.
 */
final class WordPaper {

  /** The style id Word gives its built-in "Table Grid". */
  static final String TABLE_GRID = "TableGrid";

  private WordPaper() {}

  /** A4 with margins of 2.5 cm, as a council's agenda is printed. */
  static void a4(XWPFDocument doc) {
    var body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    BigInteger inch = BigInteger.valueOf(1418);
    margins.setTop(inch);
    margins.setBottom(inch);
    margins.setLeft(inch);
    margins.setRight(inch);
    margins.setHeader(BigInteger.valueOf(709));
    margins.setFooter(BigInteger.valueOf(709));
  }

  /** A header on every page: the council, the body and the meeting, as known. */
  static void header(XWPFDocument doc, String text) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    XWPFRun run = p.createRun();
    run.setFontSize(9);
    run.setText(text);
  }

  /** A footer on every page: "Page N of M", N and M as the fields PAGE and NUMPAGES. */
  static void pageNumbers(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    text(p, "Page ");
    field(p, "PAGE", "1");
    text(p, " of ");
    field(p, "NUMPAGES", "1");
  }

  /**
   * Word's "Table Grid" by name, so a clerk's own Table Grid applies when the paper is pasted into
   * an agenda. Its thin line round every cell is set on each table (a new table's own borders), as
   * the style's table properties need schema parts POI's small jar leaves out.
   */
  static void tableGrid(XWPFStyles styles) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(TABLE_GRID);
    s.setType(STStyleType.TABLE);
    s.addNewName().setVal("Table Grid");
    s.addNewBasedOn().setVal("TableNormal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(39));
    styles.addStyle(new XWPFStyle(s));
  }

  /**
   * The chart as a picture in its own paragraph, 15 cm wide, its description as the picture's
   * alternative text (what Word's "Alt Text" shows and a screen reader reads).
   */
  static void picture(XWPFDocument doc, ChartPicture chart) {
    XWPFRun run = doc.createParagraph().createRun();
    double widthCm = 15;
    double heightCm = widthCm * chart.height() / chart.width();
    try {
      run.addPicture(
          new ByteArrayInputStream(chart.png()),
          Document.PICTURE_TYPE_PNG,
          "chart.png",
          (int) Math.round(Units.EMU_PER_CENTIMETER * widthCm),
          (int) Math.round(Units.EMU_PER_CENTIMETER * heightCm));
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("A chart could not be put in the Word paper", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    docPr.setDescr(chart.description());
  }

  private static void text(XWPFParagraph p, String text) {
    XWPFRun run = p.createRun();
    run.setFontSize(9);
    run.setText(text);
  }

  /** A field as Word writes it: begin, the instruction, separate, the last result, end. */
  private static void field(XWPFParagraph p, String instruction, String shown) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTText instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" " + instruction + " ");
    instr.setSpace(SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    text(p, shown);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}

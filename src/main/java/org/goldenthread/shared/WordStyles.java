package org.goldenthread.shared;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The Word paragraph styles and plain paragraphs every Word file the product writes uses. */
public final class WordStyles {

  private WordStyles() {}

  /** A paragraph style; with an outline level, a heading Word lists in its navigation pane. */
  public static void add(XWPFStyles styles, String id, String name, Integer outline, int points) {
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

  /** A paragraph of text in a style (null: the document's normal style). */
  public static void paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }
}

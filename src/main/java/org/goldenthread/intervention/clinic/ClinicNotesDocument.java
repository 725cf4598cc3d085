package org.goldenthread.intervention.clinic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A clinic's notes as a Word document, with headings Word lists in its navigation pane. */
final class ClinicNotesDocument {

  private static final String TITLE = "Title";
  private static final String HEADING_1 = "Heading1";
  private static final String HEADING_2 = "Heading2";

  private ClinicNotesDocument() {}

  static byte[] write(ClinicNotes.Notes notes) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      style(styles, TITLE, "Title", null, 28);
      style(styles, HEADING_1, "heading 1", 0, 20);
      style(styles, HEADING_2, "heading 2", 1, 14);
      doc.getProperties().getCoreProperties().setTitle(notes.title());
      paragraph(doc, TITLE, notes.title());
      labelled(doc, "Date", notes.date());
      labelled(doc, "Body", notes.body());
      labelled(doc, "Covers", notes.covers());
      labelled(doc, "State", notes.state());
      paragraph(doc, HEADING_1, "Attending");
      if (notes.attendees().isEmpty()) {
        paragraph(doc, null, "No one recorded.");
      }
      notes.attendees().forEach(a -> paragraph(doc, null, a));
      paragraph(doc, HEADING_1, "Agenda");
      if (notes.items().isEmpty()) {
        paragraph(doc, null, "Nothing was on the agenda.");
      }
      for (ClinicNotes.Item item : notes.items()) {
        paragraph(doc, HEADING_2, item.number() + ". " + item.subject());
        labelled(doc, "Why it was on the agenda", item.why());
        labelled(doc, "Challenge", item.challenge());
        labelled(doc, "Outcomes", item.outcomes());
        if (item.note() != null) {
          labelled(doc, "Note", item.note());
        }
      }
      paragraph(doc, HEADING_1, "Good performance recognised");
      if (notes.recognitions().isEmpty()) {
        paragraph(doc, null, "None.");
      }
      for (ClinicNotes.Recognised r : notes.recognitions()) {
        paragraph(
            doc,
            null,
            "★ " + r.subject() + ". " + r.reason() + (r.note() == null ? "" : ". " + r.note()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void labelled(XWPFDocument doc, String label, String text) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun bold = p.createRun();
    bold.setBold(true);
    bold.setText(label + ": ");
    p.createRun().setText(text);
  }

  private static void paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }

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

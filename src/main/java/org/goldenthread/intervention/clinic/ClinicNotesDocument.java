package org.goldenthread.intervention.clinic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.goldenthread.shared.WordStyles;

/** A clinic's notes as a Word document, with headings Word lists in its navigation pane. */
final class ClinicNotesDocument {

  private static final String TITLE = "Title";
  private static final String HEADING_1 = "Heading1";
  private static final String HEADING_2 = "Heading2";

  private ClinicNotesDocument() {}

  static byte[] write(ClinicNotes.Notes notes) {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      WordStyles.add(styles, TITLE, "Title", null, 28);
      WordStyles.add(styles, HEADING_1, "heading 1", 0, 20);
      WordStyles.add(styles, HEADING_2, "heading 2", 1, 14);
      doc.getProperties().getCoreProperties().setTitle(notes.title());
      WordStyles.paragraph(doc, TITLE, notes.title());
      labelled(doc, "Date", notes.date());
      labelled(doc, "Body", notes.body());
      labelled(doc, "Covers", notes.covers());
      labelled(doc, "State", notes.state());
      WordStyles.paragraph(doc, HEADING_1, "Attending");
      if (notes.attendees().isEmpty()) {
        WordStyles.paragraph(doc, null, "No one recorded.");
      }
      notes.attendees().forEach(a -> WordStyles.paragraph(doc, null, a));
      WordStyles.paragraph(doc, HEADING_1, "Agenda");
      if (notes.items().isEmpty()) {
        WordStyles.paragraph(doc, null, "Nothing was on the agenda.");
      }
      for (ClinicNotes.Item item : notes.items()) {
        WordStyles.paragraph(doc, HEADING_2, item.number() + ". " + item.subject());
        labelled(doc, "Why it was on the agenda", item.why());
        labelled(doc, "Challenge", item.challenge());
        labelled(doc, "Outcomes", item.outcomes());
        if (item.note() != null) {
          labelled(doc, "Note", item.note());
        }
      }
      WordStyles.paragraph(doc, HEADING_1, "Good performance recognised");
      if (notes.recognitions().isEmpty()) {
        WordStyles.paragraph(doc, null, "None.");
      }
      for (ClinicNotes.Recognised r : notes.recognitions()) {
        WordStyles.paragraph(
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
}

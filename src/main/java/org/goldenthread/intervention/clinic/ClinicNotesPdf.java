package org.goldenthread.intervention.clinic;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A clinic's notes as a tagged PDF ({@code clinic/notes-print.html} rendered by openhtmltopdf, as
 * the report papers are), in DejaVu Sans so that the ★ of a recognition prints.
 */
@Component
class ClinicNotesPdf {

  private final ITemplateEngine templates;

  ClinicNotesPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] write(ClinicNotes.Notes notes) {
    Context context = new Context();
    context.setVariable("notes", notes);
    String html = templates.process("clinic/notes-print", context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream in = ClinicNotesPdf.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The font " + file + " is missing from the application");
    }
    return in;
  }
}

package org.goldenthread.intervention.clinic;

import java.nio.charset.StandardCharsets;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A clinic's notes for the minutes, as a Word document or a PDF. */
@Controller
class ClinicNotesController {

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ClinicNotes notes;
  private final ClinicNotesPdf pdf;

  ClinicNotesController(ClinicNotes notes, ClinicNotesPdf pdf) {
    this.notes = notes;
    this.pdf = pdf;
  }

  @GetMapping("/clinics/{id}/notes.{format}")
  ResponseEntity<byte[]> notes(@PathVariable long id, @PathVariable String format) {
    ClinicNotes.Notes written = notes.of(id);
    byte[] body;
    MediaType type;
    switch (format) {
      case "docx" -> {
        body = ClinicNotesDocument.write(written);
        type = DOCX;
      }
      case "pdf" -> {
        body = pdf.write(written);
        type = MediaType.APPLICATION_PDF;
      }
      default -> throw new RecordNotFoundException("notes format", format);
    }
    String file = "clinic-" + id + "-notes." + format;
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}

package org.goldenthread.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file answered for the browser to save under its name rather than show. */
public final class Attachment {

  /** CSV, in UTF-8. */
  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Attachment() {}

  /** The type and name of an answer written straight to the response, as it is made. */
  public static void on(HttpServletResponse response, MediaType type, String fileName) {
    response.setContentType(type.toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName).build().toString());
  }

  /** The answer's type and name; add any other header, then the body. */
  public static ResponseEntity.BodyBuilder of(MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString());
  }
}

package org.goldenthread.spreadsheet;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** The file chosen on an import page: its content, and its name as the officer knows it. */
public record Upload(MultipartFile file) {

  /** True when there is nothing to import: no file chosen, or an empty one. */
  public boolean empty() {
    return file == null || file.isEmpty();
  }

  /** Why there is nothing to import, naming what the file should hold: "the actions". */
  public String missing(String holding) {
    return chosen()
        ? "The selected file is empty. Choose a file with " + holding + " in it."
        : "Select a CSV file or Excel workbook to import.";
  }

  /** The name the file had on the officer's computer, for the report; "the file" if none. */
  public String name() {
    return chosen() ? file.getOriginalFilename() : "the file";
  }

  public byte[] content() throws IOException {
    return file.getBytes();
  }

  private boolean chosen() {
    return file != null
        && file.getOriginalFilename() != null
        && !file.getOriginalFilename().isBlank();
  }
}

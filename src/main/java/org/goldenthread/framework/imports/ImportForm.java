package org.goldenthread.framework.imports;

import org.springframework.web.multipart.MultipartFile;

/** An upload of framework items: the file, and the plan they go into (none if null). */
record ImportForm(MultipartFile file, Long planId) {

  static ImportForm blank() {
    return new ImportForm(null, null);
  }

  boolean hasFile() {
    return file != null && !file.isEmpty();
  }

  /** True when a file was chosen, even an empty one. */
  boolean fileChosen() {
    return file != null
        && file.getOriginalFilename() != null
        && !file.getOriginalFilename().isBlank();
  }

  /** The name the file had on the officer's computer, for the report. */
  String fileName() {
    return file == null
            || file.getOriginalFilename() == null
            || file.getOriginalFilename().isBlank()
        ? "the file"
        : file.getOriginalFilename();
  }
}

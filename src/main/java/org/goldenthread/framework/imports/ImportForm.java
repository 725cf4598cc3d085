package org.goldenthread.framework.imports;

import org.springframework.web.multipart.MultipartFile;

/** An upload of framework items: the file, and the plan they go into (none if null). */
record ImportForm(MultipartFile file, Long planId) {

  static ImportForm blank() {
    return new ImportForm(null, null);
  }
}

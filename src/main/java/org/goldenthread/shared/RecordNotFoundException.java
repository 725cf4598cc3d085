package org.goldenthread.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record asked for does not exist; shown to people as a "page not found" and to the API as 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}

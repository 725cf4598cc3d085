package org.goldenthread.risk.api;

import java.util.LinkedHashMap;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * The problems found with a request, gathered so that all of them are named at once: answered as
 * 400 with each field's message (the API's usual problem document) and nothing done.
 */
final class Problems {

  private final MapBindingResult errors;

  Problems(String what) {
    this.errors = new MapBindingResult(new LinkedHashMap<>(), what);
  }

  void add(String field, Object rejected, String message) {
    if (!has(field)) {
      errors.addError(
          new FieldError(errors.getObjectName(), field, rejected, false, null, null, message));
    }
  }

  boolean has(String field) {
    return errors.hasFieldErrors(field);
  }

  void throwIfAny() throws BindException {
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
  }
}

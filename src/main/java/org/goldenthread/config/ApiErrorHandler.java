package org.goldenthread.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input to the JSON API: a problem document naming each field at fault; nothing is changed. */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler {

  private final MessageSource messages;

  ApiErrorHandler(MessageSource messages) {
    this.messages = messages;
  }

  // MethodArgumentNotValidException (a @Valid body) is a BindException, as is a body checked
  // inside the method after the permission check (shared.RequestBodyValidator).
  @ExceptionHandler(BindException.class)
  ProblemDetail invalid(BindException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      fields.putIfAbsent(error.getField(), messages.getMessage(error, Locale.UK));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has problems");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", fields);
    return problem;
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail refused(RuleViolationException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("Change refused");
    if (e.field() != null) {
      problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
    }
    return problem;
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ProblemDetail conflict(ConcurrentEditException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Edited by someone else");
    problem.setProperty("currentVersion", e.currentVersion());
    return problem;
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail conflict(OptimisticLockingFailureException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "Someone else changed this record at the same moment; try again.");
    problem.setTitle("Edited by someone else");
    return problem;
  }
}

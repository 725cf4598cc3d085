package org.goldenthread.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.shared.AlreadyRecordedException;
import org.goldenthread.shared.ConcurrentEditException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.RuleViolationsException;
import org.goldenthread.shared.UniqueKeys;
import org.goldenthread.shared.VersionRequiredException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
    if (e instanceof RuleViolationsException several) {
      problem.setProperty("errors", several.problems());
    } else if (e.field() != null) {
      problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
    }
    return problem;
  }

  /**
   * A period parameter that is not a period ({@link PeriodFormatter}): refused as a rule is, naming
   * the parameter. Any other parameter of the wrong type stays Spring's plain 400.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail notAPeriod(MethodArgumentTypeMismatchException e) {
    if (!(e.getMostSpecificCause() instanceof PeriodFormatException notAPeriod)) {
      throw e;
    }
    return refused(new RuleViolationException(e.getName(), notAPeriod.getMessage()));
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

  @ExceptionHandler(PessimisticLockingFailureException.class)
  ProblemDetail conflict(PessimisticLockingFailureException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Someone else is saving the same record at this moment; look at it, then try again.");
    problem.setTitle("Edited by someone else");
    return problem;
  }

  @ExceptionHandler(VersionRequiredException.class)
  ProblemDetail versionRequired(VersionRequiredException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    problem.setTitle("Version required");
    return problem;
  }

  @ExceptionHandler(AlreadyRecordedException.class)
  ProblemDetail alreadyRecorded(AlreadyRecordedException e) {
    return alreadyRecorded(e.getMessage());
  }

  /** A unique key clash no service named more particularly; anything else stays a fault. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail alreadyRecorded(DataIntegrityViolationException e) {
    if (!UniqueKeys.violated(e)) {
      throw e;
    }
    return alreadyRecorded(UniqueKeys.ALREADY_RECORDED);
  }

  private static ProblemDetail alreadyRecorded(String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
    problem.setTitle("Already recorded");
    return problem;
  }
}

package org.goldenthread.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.risk.ReviewForm;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.risk.Score;
import org.goldenthread.risk.api.RiskViews.RiskView;
import org.goldenthread.shared.ClientVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recording a review of a risk over JSON, under the same rules as the review form. */
@RestController
@Tag(name = "Risks")
@SecurityRequirement(name = "apiToken")
class RiskReviewApiController {

  /** A review as a program sends it. */
  record ReviewRequest(
      LocalDate reviewedOn,
      Integer currentLikelihood,
      Integer currentImpact,
      String whatChanged,
      String why,
      Long version) {}

  private final RiskService risks;
  private final RiskScoring scoring;
  private final RiskAccess access;
  private final Validator validator;

  RiskReviewApiController(
      RiskService risks, RiskScoring scoring, RiskAccess access, Validator validator) {
    this.risks = risks;
    this.scoring = scoring;
    this.access = access;
    this.validator = validator;
  }

  @PostMapping("/api/v1/risks/{code}/reviews")
  @Operation(
      summary =
          "Record a review: the date (default today), the new current likelihood and impact, what"
              + " changed and why, with the risk's version as read (in the body or If-Match). The"
              + " owner, the accountable person and administrators may (403 otherwise). Every"
              + " problem is named at once (400); with a version, 409 when someone changed the risk"
              + " since (a review without one is added to the history as it stands). Answers 201"
              + " with the risk as it now stands, with its history.")
  @ResponseStatus(HttpStatus.CREATED)
  RiskView review(
      @PathVariable String code,
      @RequestBody ReviewRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication)
      throws BindException {
    Risk risk = risks.byCode(code);
    if (!access.canUpdate(authentication, risk)) {
      throw new AccessDeniedException("Not responsible for " + risk.getCode());
    }
    ReviewForm form =
        new ReviewForm(
            request.reviewedOn(),
            request.currentLikelihood(),
            request.currentImpact(),
            request.whatChanged(),
            request.why(),
            request.version());
    check(risk, form);
    Long version = ClientVersion.of(request.version(), ifMatch);
    ReviewForm versioned =
        new ReviewForm(
            form.reviewedOn(),
            form.currentLikelihood(),
            form.currentImpact(),
            form.whatChanged(),
            form.why(),
            version);
    risks.review(risk.getId(), versioned, user.person());
    return RiskView.of(risk, scoring.facts(risk), true);
  }

  /**
   * The form's own checks and the review rules the service would refuse one at a time (the date,
   * the score against the inherent one, a closed risk), all named together.
   */
  private void check(Risk risk, ReviewForm form) throws BindException {
    Problems problems = new Problems("review");
    for (ConstraintViolation<ReviewForm> v : validator.validate(form)) {
      problems.add(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage());
    }
    LocalDate today = scoring.today();
    LocalDate on = form.reviewedOn();
    if (on != null && on.isAfter(today)) {
      problems.add("reviewedOn", on, "The date cannot be in the future");
    } else if (on != null && on.isBefore(risk.getOpenedOn())) {
      problems.add("reviewedOn", on, "The review date cannot be before the risk was opened");
    }
    if (!problems.has("currentLikelihood") && !problems.has("currentImpact")) {
      int score = new Score(form.currentLikelihood(), form.currentImpact()).value();
      if (score > risk.inherent().value()) {
        problems.add(
            "currentLikelihood",
            form.currentLikelihood(),
            "The current score ("
                + score
                + ") cannot be above the inherent score ("
                + risk.inherent().value()
                + "): raise the inherent score first by editing the risk");
      }
    }
    if (!risk.isOpen()) {
      problems.add("state", risk.getState(), "A closed risk is not reviewed: reopen it first");
    }
    problems.throwIfAny();
  }
}

package org.goldenthread.indicator.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.indicator.Status;
import org.goldenthread.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The verification queue: values verified or returned one by one, or a selection at once. */
@Controller
class VerificationController {

  private final VerificationQueue queue;
  private final BulkVerification bulk;
  private final DataEntry entry;

  VerificationController(VerificationQueue queue, BulkVerification bulk, DataEntry entry) {
    this.queue = queue;
    this.bulk = bulk;
    this.entry = entry;
  }

  @GetMapping("/verification")
  String queue(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Status status,
      Authentication authentication,
      Model model) {
    return page(
        model, authentication, filter(unit, period, status), List.of(), null, FormErrors.none());
  }

  /** Verifies the values chosen, or returns them with one reason: all of them, or none. */
  @PostMapping("/verification")
  String act(
      @RequestParam(name = "value", required = false) List<String> chosen,
      @RequestParam(defaultValue = "verify") String action,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Status status,
      @AuthenticationPrincipal CurrentUser user,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    VerificationQueue.Filter filter = filter(unit, period, status);
    List<BulkVerification.Chosen> values = new ArrayList<>();
    List<String> sent = chosen == null ? List.of() : chosen;
    sent.stream().map(BulkVerification.Chosen::parse).filter(c -> c != null).forEach(values::add);
    boolean returning = "return".equals(action);
    FormErrors errors = FormErrors.none();
    return errors
        .attempt(
            () ->
                returning
                    ? bulk.returnForCorrection(values, reason, authentication)
                    : bulk.verify(values, user.person(), authentication))
        .map(
            count -> {
              redirect.addFlashAttribute(
                  "success",
                  (count == 1 ? "1 value has been " : count + " values have been ")
                      + (returning ? "returned for correction" : "verified"));
              return "redirect:" + address(filter);
            })
        .orElseGet(() -> page(model, authentication, filter, sent, reason, errors));
  }

  @PostMapping("/values/{id}/verify")
  @PreAuthorize("@indicatorAccess.canVerify(authentication, #id)")
  String verify(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Status status,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    return one(
        () -> entry.verify(id, version, user.person()),
        "verified",
        filter(unit, period, status),
        redirect);
  }

  @PostMapping("/values/{id}/return")
  @PreAuthorize("@indicatorAccess.canVerify(authentication, #id)")
  String returnValue(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Status status,
      RedirectAttributes redirect) {
    return one(
        () -> entry.returnForCorrection(id, version, reason),
        "returned for correction",
        filter(unit, period, status),
        redirect);
  }

  @PostMapping("/values/{id}/publish")
  @PreAuthorize("hasRole('ADMIN')")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    return one(() -> entry.publish(id), "published", filter(null, null, null), redirect);
  }

  private static String one(
      Supplier<IndicatorValue> change,
      String done,
      VerificationQueue.Filter filter,
      RedirectAttributes redirect) {
    FormErrors.notice(redirect, change, v -> v.label() + " has been " + done);
    return "redirect:" + address(filter);
  }

  private static VerificationQueue.Filter filter(Long unit, String period, Status status) {
    return new VerificationQueue.Filter(
        unit, period == null || period.isBlank() ? null : period.strip(), status);
  }

  /** The queue with the same filters, to come back to after a change. */
  private static String address(VerificationQueue.Filter filter) {
    UriComponentsBuilder to = UriComponentsBuilder.fromPath("/verification");
    if (filter.unit() != null) {
      to.queryParam("unit", filter.unit());
    }
    if (filter.period() != null) {
      to.queryParam("period", filter.period());
    }
    if (filter.status() != null) {
      to.queryParam("status", filter.status().name());
    }
    return to.encode().build().toUriString();
  }

  private String page(
      Model model,
      Authentication authentication,
      VerificationQueue.Filter filter,
      List<String> selected,
      String reason,
      FormErrors errors) {
    model.addAttribute("queue", queue.of(authentication, filter));
    model.addAttribute("filter", filter);
    model.addAttribute("selected", selected);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "indicator/verification";
  }
}

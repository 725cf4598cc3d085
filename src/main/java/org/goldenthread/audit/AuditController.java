package org.goldenthread.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.goldenthread.shared.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: every change, filtered by record, person and date. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

  static final int PAGE_SIZE = 25;
  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String recordId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    FormErrors errors = FormErrors.none();
    LocalDate fromDate = date(from, "from", errors);
    LocalDate toDate = date(to, "to", errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.add("to", "The end date must be the same as or after the start date");
    }
    if (recordId != null && !recordId.isBlank() && !recordId.trim().matches("\\d{1,18}")) {
      errors.add("recordId", "Record number must be a whole number, like 42");
    }
    model.addAttribute("errors", errors);
    model.addAttribute("type", type);
    model.addAttribute("recordId", recordId);
    model.addAttribute("actor", actor);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("types", trail.recordTypes());
    model.addAttribute("actors", trail.actors());
    if (!errors.any()) {
      Page<RecordChange> changes =
          trail.search(
              new AuditQuery(type, recordId, actor, fromDate, toDate),
              PageRequest.of(Math.max(page, 0), PAGE_SIZE));
      model.addAttribute("changes", changes);
    }
    return "audit/audit";
  }

  private static LocalDate date(String text, String field, FormErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.add(field, "Enter a real date, like 2026-04-01");
      return null;
    }
  }
}

package org.goldenthread.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.goldenthread.shared.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: every change, 50 to a page, filtered by kind of record, the
 * record's number or code, who made it, when and what kind of change; the filtering and paging are
 * done by the query.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

  static final int PAGE_SIZE = 50;

  /** The kinds of change, as stored, with their names on the page. */
  static final Map<String, String> KINDS = kinds();

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
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    FormErrors errors = FormErrors.none();
    LocalDate fromDate = date(from, "from", errors);
    LocalDate toDate = date(to, "to", errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.add("to", "The end date must be the same as or after the start date");
    }
    if (recordId != null
        && !recordId.isBlank()
        && !recordId.trim().matches("\\d{1,18}|[A-Za-z0-9][A-Za-z0-9/._-]{0,29}")) {
      errors.add("recordId", "Enter a record's number, like 42, or its code, like P3");
    }
    String kindAsked = kind == null || kind.isBlank() ? null : kind;
    if (kindAsked != null && !KINDS.containsKey(kindAsked)) {
      errors.add("kind", "Choose a kind of change from the list");
    }
    model.addAttribute("errors", errors);
    model.addAttribute("type", type);
    model.addAttribute("recordId", recordId);
    model.addAttribute("actor", actor);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("kind", kindAsked);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("types", trail.recordTypes());
    model.addAttribute("actors", trail.actors());
    if (!errors.any()) {
      Page<RecordChange> changes =
          trail.search(
              new AuditQuery(type, recordId, actor, fromDate, toDate, kindAsked),
              PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
      model.addAttribute("changes", changes);
      model.addAttribute(
          "pages", AuditPages.of(changes.getNumber() + 1, Math.max(changes.getTotalPages(), 1)));
    }
    return "audit/audit";
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("CREATED", "Created");
    kinds.put("CHANGED", "Changed");
    kinds.put("DELETED", "Deleted");
    return Collections.unmodifiableMap(kinds);
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

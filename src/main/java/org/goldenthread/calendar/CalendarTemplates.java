package org.goldenthread.calendar;

import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team's changes to the council's usual year. A change reaches the years made
 * afterwards; the years already made keep their own entries.
 */
@Service
@Transactional
public class CalendarTemplates {

  private final CalendarTemplateRepository template;

  CalendarTemplates(CalendarTemplateRepository template) {
    this.template = template;
  }

  @Transactional(readOnly = true)
  public CalendarTemplateEntry get(long id) {
    return template
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Line of the calendar template", id));
  }

  public CalendarTemplateEntry add(TemplateLine line) {
    checkOrder(line);
    CalendarTemplateEntry entry =
        new CalendarTemplateEntry(
            line.title(), line.kind(), line.concerns(), line.start(), line.due());
    describe(entry, line);
    return template.save(entry);
  }

  public CalendarTemplateEntry change(long id, TemplateLine line, Long version) {
    CalendarTemplateEntry entry = get(id);
    Versioned.check("line of the template", entry.getVersion(), version);
    checkOrder(line);
    entry.schedule(line.start(), line.due());
    describe(entry, line);
    return entry;
  }

  public CalendarTemplateEntry remove(long id, Long version) {
    CalendarTemplateEntry entry = get(id);
    Versioned.check("line of the template", entry.getVersion(), version);
    template.delete(entry);
    return entry;
  }

  private static void describe(CalendarTemplateEntry entry, TemplateLine line) {
    entry.describe(
        line.title(), line.description(), line.kind(), line.concerns(), line.ownerBodyType());
  }

  /** A window opens before its due date, counting from April as the financial year does. */
  private static void checkOrder(TemplateLine line) {
    if (line.start() != null && line.start().isAfter(line.due())) {
      throw new RuleViolationException(
          "startMonth",
          "The window must open on or before the due date, counting the year from April to March.");
    }
  }
}

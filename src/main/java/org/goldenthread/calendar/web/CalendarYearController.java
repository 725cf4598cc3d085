package org.goldenthread.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.calendar.CalendarViews;
import org.goldenthread.calendar.CalendarYear;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryView;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's year at a glance: April to March, each month's events and tasks (SPEC §9). */
@Controller
class CalendarYearController {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** One month of the year, with its entries (after the filters). */
  public record Month(String label, String id, List<EntryView> entries) {}

  private final CalendarService calendar;
  private final CalendarViews views;

  CalendarYearController(CalendarService calendar, CalendarViews views) {
    this.calendar = calendar;
    this.views = views;
  }

  @GetMapping("/calendar")
  String year(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) EntryKind kind,
      @RequestParam(required = false) Concerns concerns,
      @RequestParam(required = false) String owner,
      Model model) {
    LocalDate today = calendar.today();
    FinancialYear chosen;
    try {
      chosen = CalendarYear.parse(year, today);
    } catch (RuleViolationException e) {
      model.addAttribute("problem", e.getMessage());
      chosen = FinancialYear.of(today);
    }
    YearFilter filter = new YearFilter(kind, concerns, owner);
    List<EntryView> all = views.of(calendar.year(chosen));
    model.addAttribute("year", chosen);
    model.addAttribute("yearCode", CalendarYear.code(chosen));
    model.addAttribute("previousCode", CalendarYear.code(chosen.previous()));
    model.addAttribute("nextCode", CalendarYear.code(chosen.next()));
    model.addAttribute("hasYear", !all.isEmpty());
    model.addAttribute("filter", filter);
    model.addAttribute("months", months(chosen, all.stream().filter(filter::matches).toList()));
    model.addAttribute("shown", all.stream().filter(filter::matches).count());
    model.addAttribute("total", all.size());
    model.addAttribute("kinds", withAny("Any kind", Choice.of(EntryKind.class, EntryKind::label)));
    model.addAttribute(
        "concernsChoices", withAny("Anything", Choice.of(Concerns.class, Concerns::label)));
    model.addAttribute("owners", withAny("Anyone", owners(all)));
    return "calendar/year";
  }

  /** The twelve months April to March, each with its entries by due date. */
  static List<Month> months(FinancialYear year, List<EntryView> entries) {
    Map<YearMonth, List<EntryView>> byMonth = new LinkedHashMap<>();
    YearMonth first = YearMonth.from(year.start());
    for (int i = 0; i < 12; i++) {
      byMonth.put(first.plusMonths(i), new ArrayList<>());
    }
    entries.forEach(e -> byMonth.get(YearMonth.from(e.entry().getDueOn())).add(e));
    return byMonth.entrySet().stream()
        .map(m -> new Month(MONTH.format(m.getKey()), "month-" + m.getKey(), m.getValue()))
        .toList();
  }

  private static List<Choice> owners(List<EntryView> all) {
    Map<String, String> owners = new LinkedHashMap<>();
    all.stream()
        .map(EntryView::owner)
        .filter(o -> !o.key().isEmpty())
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .forEach(o -> owners.putIfAbsent(o.key(), o.name()));
    return owners.entrySet().stream().map(o -> Choice.of(o.getKey(), o.getValue())).toList();
  }

  private static List<Choice> withAny(String any, List<Choice> choices) {
    List<Choice> all = new ArrayList<>();
    all.add(Choice.of(null, any));
    all.addAll(choices);
    return all;
  }
}

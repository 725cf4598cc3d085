package org.goldenthread.calendar.admin;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.calendar.ConcernedRecords;
import org.goldenthread.calendar.ConcernedRecords.Concerned;
import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.organisation.OrgChoices;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Choice;
import org.springframework.stereotype.Component;

/** The lists the calendar's forms offer. */
@Component
class CalendarChoices {

  private final OrgChoices organisation;
  private final GovernanceService governance;
  private final ConcernedRecords records;

  CalendarChoices(OrgChoices organisation, GovernanceService governance, ConcernedRecords records) {
    this.organisation = organisation;
    this.governance = governance;
    this.records = records;
  }

  List<Choice> kinds() {
    return Choice.of(EntryKind.class, EntryKind::label);
  }

  List<Choice> concerns() {
    return withBlank("Choose what it concerns", Choice.of(Concerns.class, Concerns::label));
  }

  List<Choice> bodyTypes() {
    return withBlank(
        "No body: a person is chosen each year", Choice.of(BodyType.class, BodyType::label));
  }

  /** April first, as the financial year runs. */
  List<Choice> months(String blank) {
    List<Choice> months = new ArrayList<>();
    months.add(Choice.of(null, blank));
    for (int i = 0; i < 12; i++) {
      Month m = Month.APRIL.plus(i);
      months.add(Choice.of(m.getValue(), m.getDisplayName(TextStyle.FULL, Locale.UK)));
    }
    return months;
  }

  /** People (P12) then bodies (B3). */
  List<Choice> owners() {
    List<Choice> owners = new ArrayList<>();
    owners.add(Choice.of(null, "Nobody yet"));
    organisation.people("", null).stream()
        .filter(c -> !c.value().isEmpty())
        .forEach(c -> owners.add(Choice.of("P" + c.value(), c.label())));
    governance
        .bodies()
        .forEach(b -> owners.add(Choice.of("B" + b.getId(), b.getName() + " (body)")));
    return owners;
  }

  List<Concerned> recordList() {
    return records.all();
  }

  List<Choice> records(List<Concerned> all) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(null, "None"));
    all.forEach(r -> choices.add(Choice.of(r.key(), r.concerns().label() + ": " + r.name())));
    return choices;
  }

  private static List<Choice> withBlank(String blank, List<Choice> choices) {
    List<Choice> all = new ArrayList<>();
    all.add(Choice.of(null, blank));
    all.addAll(choices);
    return all;
  }
}

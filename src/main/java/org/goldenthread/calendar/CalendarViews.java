package org.goldenthread.calendar;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Entries as shown today, each with its owner and the record it concerns. */
@Component
@Transactional(readOnly = true)
public class CalendarViews {

  private final CalendarService calendar;
  private final ConcernedRecords records;

  CalendarViews(CalendarService calendar, ConcernedRecords records) {
    this.calendar = calendar;
    this.records = records;
  }

  public EntryView of(CalendarEntry entry) {
    return EntryView.of(entry, calendar.today(), records.of(entry).orElse(null));
  }

  public List<EntryView> of(List<CalendarEntry> entries) {
    return entries.stream().map(this::of).toList();
  }
}

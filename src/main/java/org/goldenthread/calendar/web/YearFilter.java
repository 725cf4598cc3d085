package org.goldenthread.calendar.web;

import org.goldenthread.calendar.Concerns;
import org.goldenthread.calendar.EntryKind;
import org.goldenthread.calendar.EntryView;

/** The year view's filters: a kind, what entries concern, and an owner (P12 or B3); any if null. */
public record YearFilter(EntryKind kind, Concerns concerns, String owner) {

  public boolean matches(EntryView view) {
    return (kind == null || view.entry().getKind() == kind)
        && (concerns == null || view.entry().getConcerns() == concerns)
        && (owner == null || owner.isBlank() || owner.equals(view.owner().key()));
  }

  public boolean any() {
    return kind != null || concerns != null || (owner != null && !owner.isBlank());
  }
}

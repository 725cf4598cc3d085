package org.goldenthread.calendar;

import org.goldenthread.organisation.governance.BodyType;

/** What the performance team sets on a line of the template; the window's start is optional. */
public record TemplateLine(
    String title,
    String description,
    EntryKind kind,
    Concerns concerns,
    BodyType ownerBodyType,
    TemplateDate start,
    TemplateDate due) {}

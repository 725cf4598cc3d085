package org.goldenthread.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing to tell one person: what, by when, and the page that does it. The subject key names
 * what it is about ({@code indicator:12:2026/27 Q2}), so that the same notice about the same thing
 * is recorded for a person once only, however often it is found.
 */
public record NoticeItem(
    long personId,
    NoticeKind kind,
    String subjectKey,
    String title,
    String detail,
    LocalDate dueOn,
    String link) {

  public NoticeItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(title, "title");
  }
}

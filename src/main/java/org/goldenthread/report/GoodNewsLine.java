package org.goldenthread.report;

import java.time.LocalDate;
import org.goldenthread.intervention.clinic.GoodNews;

/**
 * A success a clinic recognised, as a report shows and publishes it (plain values): the clinic, its
 * body and date, the indicator or action, why, and the clinic's note.
 */
public record GoodNewsLine(
    String clinic,
    LocalDate heldOn,
    String body,
    String kind,
    long subjectId,
    String code,
    String title,
    String reason,
    String note) {

  static GoodNewsLine of(GoodNews.Recognised r) {
    return new GoodNewsLine(
        r.clinic(),
        r.heldOn(),
        r.body(),
        r.indicator() ? "Indicator" : "Action",
        r.subjectId(),
        r.code(),
        r.title(),
        r.reason(),
        r.note());
  }

  public boolean isIndicator() {
    return "Indicator".equals(kind);
  }
}

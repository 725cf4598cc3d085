package org.goldenthread.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The words of a mail, in plain text: each notice with what is due, by when, and the address of the
 * page that does it; and how to turn off the notices that are optional.
 */
@Component
class MailWriter {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final NoticeProperties settings;

  MailWriter(NoticeProperties settings) {
    this.settings = settings;
  }

  String digestSubject(int count, LocalDate day) {
    return "Golden Thread: "
        + count
        + (count == 1 ? " thing" : " things")
        + " for you on "
        + DAY.format(day);
  }

  String chaseSubject(Notice chase) {
    return "Reminder: " + chase.getTitle();
  }

  String digest(String name, LocalDate day, List<Notice> notices) {
    StringBuilder text = new StringBuilder();
    text.append("Dear ").append(name).append(",\n\n");
    text.append("Here is what Golden Thread has for you on ").append(DAY.format(day));
    text.append(notices.size() == 1 ? " (1 item).\n\n" : " (" + notices.size() + " items).\n\n");
    int n = 1;
    for (Notice notice : notices) {
      item(text, n++ + ". ", notice);
    }
    footer(text, notices.stream().anyMatch(x -> !x.isEssential()));
    return text.toString();
  }

  String chase(String name, String from, Notice chase) {
    StringBuilder text = new StringBuilder();
    text.append("Dear ").append(name).append(",\n\n");
    text.append(from).append(" of the performance team has sent you this reminder.\n\n");
    item(text, "", chase);
    footer(text, false);
    return text.toString();
  }

  private void item(StringBuilder text, String number, Notice notice) {
    String indent = " ".repeat(number.length());
    text.append(number).append(notice.getKind().label()).append(": ");
    text.append(notice.getTitle()).append('\n');
    if (notice.getDetail() != null && !notice.getDetail().isBlank()) {
      text.append(indent).append(notice.getDetail()).append('\n');
    }
    if (notice.getDueOn() != null) {
      text.append(indent).append("Due by ").append(DAY.format(notice.getDueOn())).append(".\n");
    }
    text.append(indent).append("Do it here: ").append(settings.link(notice.getLink()));
    text.append("\n\n");
  }

  private void footer(StringBuilder text, boolean anyOptional) {
    text.append("--\n");
    text.append("Deadline and late notices are always sent.");
    if (anyOptional) {
      text.append(" To receive only those, turn off the others");
    } else {
      text.append(" To choose which other notices you receive, go");
    }
    text.append(" on your profile: ").append(settings.link("/profile/notices")).append('\n');
    text.append("Golden Thread sent this mail; replies are not read.\n");
  }
}

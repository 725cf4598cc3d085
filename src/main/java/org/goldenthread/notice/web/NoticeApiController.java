package org.goldenthread.notice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.goldenthread.notice.Outbox;
import org.goldenthread.notice.OutboxMail;
import org.goldenthread.notice.web.OutboxViews.MailView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The outbox over JSON, for administrators: each mail with the notices it carried. */
@RestController
@Tag(name = "Notices", description = "The outbox: reminders and notices mailed, and their state")
@SecurityRequirement(name = "apiToken")
@PreAuthorize("hasRole('ADMIN')")
class NoticeApiController {

  record Mails(List<MailView> mails) {}

  private final Outbox outbox;
  private final OutboxViews views;

  NoticeApiController(Outbox outbox, OutboxViews views) {
    this.outbox = outbox;
    this.views = views;
  }

  @GetMapping("/api/v1/notices")
  @Operation(
      summary =
          "Mails in the outbox, the latest first, each with the notices it carried; each filter"
              + " narrows the list, and a value that names nothing is refused with 400 naming it")
  Mails list(
      @Parameter(description = "PENDING, SENDING, SENT, FAILED or INTERRUPTED")
          @RequestParam(required = false)
          String state,
      @Parameter(description = "A person's id, or their name") @RequestParam(required = false)
          String person,
      @Parameter(description = "Only mails written on or after this date (2026-12-01)")
          @RequestParam(required = false)
          String since) {
    OutboxFilter filter = OutboxFilter.read(views, state, person, since);
    if (!filter.problems().isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, String.join("; ", filter.problems()));
    }
    List<OutboxMail> mails = outbox.all().stream().filter(filter::matches).toList();
    Map<Long, String> names = views.names(mails);
    return new Mails(
        mails.stream()
            .map(m -> views.of(m, names.get(m.getPersonId()), outbox.noticesIn(m.getId())))
            .toList());
  }
}

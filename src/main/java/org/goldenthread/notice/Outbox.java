package org.goldenthread.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: every mail is written here before it is sent, and sent exactly once. A sender claims
 * a waiting mail in one statement (PENDING to SENDING; a second sender finds nothing to claim),
 * sends it, and marks it sent. A failed attempt puts it back to wait, later each time, until the
 * last attempt marks it failed. A mail left SENDING by an instance that stopped is never resent by
 * itself, as it may have gone: it is marked interrupted for an administrator to decide.
 */
@Service
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final OutboxMailRepository mails;
  private final NoticeRepository notices;
  private final NoticeProperties settings;
  private final MailSwitch mailSwitch;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  Outbox(
      OutboxMailRepository mails,
      NoticeRepository notices,
      NoticeProperties settings,
      MailSwitch mailSwitch,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.mails = mails;
    this.notices = notices;
    this.settings = settings;
    this.mailSwitch = mailSwitch;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Writes a mail to the outbox carrying the given notices, unless one with its dedupe key is there
   * already (then empty). The body is written from the notices it actually took: a notice another
   * mail took first is not told twice; if it takes none of them, no mail is written.
   */
  Optional<OutboxMail> queue(
      long personId,
      String recipient,
      MailKind kind,
      String dedupeKey,
      List<Long> noticeIds,
      java.util.function.Function<List<Notice>, Written> write) {
    if (mails.existsByDedupeKey(dedupeKey)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          ownTransaction.execute(
              status -> {
                OutboxMail mail =
                    mails.saveAndFlush(
                        new OutboxMail(
                            personId, recipient, kind, dedupeKey, "", "", clock.instant()));
                if (!noticeIds.isEmpty() && notices.take(mail.getId(), noticeIds) == 0) {
                  status.setRollbackOnly();
                  return null;
                }
                Written written = write.apply(notices.findByMailId(mail.getId()));
                mail.write(written.subject(), written.body());
                return mail;
              }));
    } catch (DataIntegrityViolationException writtenByAnother) {
      return Optional.empty();
    }
  }

  /** A mail's subject and text. */
  record Written(String subject, String body) {}

  /**
   * Writes a mail that carries no notices (a report pack's, say), unless its dedupe key is there
   * already; it goes with the next sending.
   */
  public Optional<OutboxMail> queue(
      long personId,
      String recipient,
      MailKind kind,
      String dedupeKey,
      String subject,
      String body) {
    return queue(personId, recipient, kind, dedupeKey, List.of(), n -> new Written(subject, body));
  }

  /** Sends every mail that is waiting and due; first marks the ones a stopped instance left. */
  public int sendDue() {
    markInterrupted();
    if (!mailSwitch.isOn()) {
      return 0;
    }
    int sent = 0;
    for (long id : mails.findDue(clock.instant())) {
      if (send(id)) {
        sent++;
      }
    }
    return sent;
  }

  /** Claims and sends one mail; false when another sender has it, or it failed this time. */
  public boolean send(long id) {
    if (!mailSwitch.isOn()) {
      return false;
    }
    Instant now = clock.instant();
    Integer claimed = ownTransaction.execute(status -> mails.claim(id, now));
    if (claimed == null || claimed != 1) {
      return false;
    }
    OutboxMail mail = get(id);
    String error = null;
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(settings.sender());
      message.setTo(mail.getRecipient());
      message.setSubject(mail.getSubject());
      message.setText(mail.getBody());
      mailSwitch.sender().send(message);
    } catch (RuntimeException e) {
      error = describe(e);
      log.warn("Mail {} to {} not sent: {}", id, mail.getRecipient(), error);
    }
    String failure = error;
    int attemptsBefore = mail.getAttempts();
    ownTransaction.executeWithoutResult(
        status -> {
          if (failure == null) {
            mails.markSent(id, clock.instant());
          } else {
            Instant retryAt = retryAt(attemptsBefore + 1);
            mails.markFailed(
                id,
                retryAt == null ? MailState.FAILED : MailState.PENDING,
                failure.substring(0, Math.min(failure.length(), 1000)),
                retryAt);
          }
        });
    return failure == null;
  }

  /** When to try again after the given number of failed attempts; null after the last. */
  private Instant retryAt(int failedAttempts) {
    if (failedAttempts >= settings.attempts()) {
      return null;
    }
    Duration wait = settings.backoff().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return clock.instant().plus(wait);
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(": ");
      }
      text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  /** Marks mails left SENDING for longer than the setting as interrupted; how many. */
  public int markInterrupted() {
    Instant before = clock.instant().minus(settings.interruptedAfter());
    Integer marked =
        ownTransaction.execute(
            status ->
                mails.markInterrupted(
                    before,
                    "Golden Thread stopped while sending this mail: it may or may not have been"
                        + " sent."));
    return marked == null ? 0 : marked;
  }

  /** An administrator's "send again" for a failed or interrupted mail: it goes at once. */
  public OutboxMail sendAgain(long id) {
    ownTransaction.executeWithoutResult(
        status -> {
          OutboxMail mail = get(id);
          if (!mail.getState().canSendAgain()) {
            throw new RuleViolationException(
                null, "Only a failed or interrupted mail can be sent again.");
          }
          mail.sendAgain(clock.instant());
        });
    send(id);
    return get(id);
  }

  public OutboxMail get(long id) {
    return mails.findById(id).orElseThrow(() -> new RecordNotFoundException("Mail", id));
  }

  /** Every mail, the latest first. */
  public List<OutboxMail> all() {
    return mails.findAllByOrderByCreatedAtDescIdDesc();
  }

  /** The notices a mail carried. */
  public List<Notice> noticesIn(long mailId) {
    return notices.findByMailId(mailId);
  }
}

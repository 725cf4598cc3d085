package org.goldenthread.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records notices, each once: a notice already recorded for the person, kind and subject is not
 * recorded again, even when two instances find it at the same moment (the second insert breaks the
 * unique key, in a transaction of its own, and is dropped).
 */
@Service
public class Notices {

  private final NoticeRepository notices;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  Notices(NoticeRepository notices, PlatformTransactionManager transactions, Clock clock) {
    this.notices = notices;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records the notice for the person's next mail; false when it was recorded before. */
  public boolean record(NoticeItem item) {
    if (notices.existsByPersonIdAndKindAndSubjectKey(
        item.personId(), item.kind(), item.subjectKey())) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(
          ownTransaction.execute(
              status -> {
                notices.saveAndFlush(new Notice(item, Instant.now(clock)));
                return true;
              }));
    } catch (DataIntegrityViolationException alreadyRecorded) {
      return false;
    }
  }

  /** What the person has been told, the latest first. */
  public List<Notice> of(long personId) {
    return notices.findByPersonIdOrderByCreatedAtDescIdDesc(personId);
  }

  /** The people with notices no mail has taken yet. */
  public java.util.Set<Long> peopleWaiting() {
    java.util.Set<Long> people = new java.util.TreeSet<>();
    for (Notice notice : notices.findByMailIdIsNullOrderByPersonIdAscDueOnAscIdAsc()) {
      people.add(notice.getPersonId());
    }
    return people;
  }
}

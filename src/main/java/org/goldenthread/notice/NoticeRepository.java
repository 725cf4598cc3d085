package org.goldenthread.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  boolean existsByPersonIdAndKindAndSubjectKey(long personId, NoticeKind kind, String subjectKey);

  List<Notice> findByMailIdIsNullOrderByPersonIdAscDueOnAscIdAsc();

  List<Notice> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

  List<Notice> findByMailId(long mailId);
}

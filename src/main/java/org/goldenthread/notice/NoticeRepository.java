package org.goldenthread.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  boolean existsByPersonIdAndKindAndSubjectKey(long personId, NoticeKind kind, String subjectKey);

  List<Notice> findByMailIdIsNullOrderByPersonIdAscDueOnAscIdAsc();

  List<Notice> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

  List<Notice> findByMailId(long mailId);

  /** Puts the waiting notices in the mail; those another mail took first are left out. */
  @Modifying
  @Query(
      "update Notice n set n.mailId = :mail, n.version = n.version + 1"
          + " where n.id in :ids and n.mailId is null")
  int take(@Param("mail") long mailId, @Param("ids") List<Long> noticeIds);

  java.util.Optional<Notice> findByPersonIdAndKindAndSubjectKey(
      long personId, NoticeKind kind, String subjectKey);
}

package org.goldenthread.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeSettingRepository extends JpaRepository<NoticeSetting, Long> {

  Optional<NoticeSetting> findByPersonId(long personId);

  @Query("select s.personId from NoticeSetting s where s.essentialOnly = true")
  List<Long> findEssentialOnlyPeople();
}

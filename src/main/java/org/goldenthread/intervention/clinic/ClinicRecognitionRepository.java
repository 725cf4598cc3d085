package org.goldenthread.intervention.clinic;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicRecognitionRepository extends JpaRepository<ClinicRecognition, Long> {

  /** What clinics held between two dates (both included) recognised, the earliest clinic first. */
  @Query(
      "select r from ClinicRecognition r join fetch r.clinic c join fetch c.body"
          + " left join fetch r.indicator left join fetch r.action"
          + " where c.state = org.goldenthread.intervention.clinic.ClinicState.HELD"
          + " and c.heldOn between ?1 and ?2 order by c.heldOn, c.id, r.id")
  List<ClinicRecognition> findHeldBetween(LocalDate from, LocalDate to);
}

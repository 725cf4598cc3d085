package org.goldenthread.intervention.clinic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicRepository extends JpaRepository<Clinic, Long> {

  /** Every clinic, the latest first. */
  @Query("select c from Clinic c join fetch c.body order by c.heldOn desc, c.id desc")
  List<Clinic> findAllLatestFirst();
}

package org.goldenthread.intervention.clinic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicItemRepository extends JpaRepository<ClinicItem, Long> {

  /**
   * The interventions (by id, with the level they stood at) already on the agenda of a clinic that
   * has been held.
   */
  @Query(
      "select i.intervention.id, i.interventionLevel from ClinicItem i"
          + " where i.intervention is not null"
          + " and i.clinic.state = org.goldenthread.intervention.clinic.ClinicState.HELD")
  List<Object[]> findHeldInterventionLevels();
}

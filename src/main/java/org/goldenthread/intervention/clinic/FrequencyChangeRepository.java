package org.goldenthread.intervention.clinic;

import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrequencyChangeRepository extends JpaRepository<FrequencyChange, Long> {

  List<FrequencyChange> findByIndicatorOrderByChangedAt(Indicator indicator);

  List<FrequencyChange> findByClinicItemClinicOrderByChangedAt(Clinic clinic);
}

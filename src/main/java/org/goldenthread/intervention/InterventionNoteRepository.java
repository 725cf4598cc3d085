package org.goldenthread.intervention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterventionNoteRepository extends JpaRepository<InterventionNote, Long> {

  List<InterventionNote> findByInterventionOrderByRecordedAtAscIdAsc(Intervention intervention);
}

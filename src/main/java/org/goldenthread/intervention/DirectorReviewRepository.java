package org.goldenthread.intervention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectorReviewRepository extends JpaRepository<DirectorReview, Long> {

  List<DirectorReview> findByInterventionOrderByReviewedOnAscIdAsc(Intervention intervention);
}

package org.goldenthread.organisation.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, Long> {

  List<Body> findAllByOrderBySortOrderAscNameAsc();
}

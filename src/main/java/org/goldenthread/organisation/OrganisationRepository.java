package org.goldenthread.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

  Optional<Organisation> findFirstByKindOrderByIdAsc(OrganisationKind kind);

  List<Organisation> findByKindOrderByNameAsc(OrganisationKind kind);
}

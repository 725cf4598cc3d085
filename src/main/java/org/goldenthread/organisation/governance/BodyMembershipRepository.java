package org.goldenthread.organisation.governance;

import java.util.List;
import java.util.Optional;
import org.goldenthread.organisation.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BodyMembershipRepository extends JpaRepository<BodyMembership, Long> {

  @Query(
      "select m from BodyMembership m join fetch m.person where m.body = ?1"
          + " order by m.role, m.person.fullName")
  List<BodyMembership> findByBody(Body body);

  @Query(
      "select m from BodyMembership m join fetch m.body where m.person = ?1 order by m.body.name")
  List<BodyMembership> findByPerson(Person person);

  Optional<BodyMembership> findByBodyAndPerson(Body body, Person person);

  /** The bodies on which anyone from this organisation sits. */
  @Query("select distinct m.body.id from BodyMembership m where m.person.organisation.id = ?1")
  List<Long> bodyIdsOfOrganisation(long organisationId);
}

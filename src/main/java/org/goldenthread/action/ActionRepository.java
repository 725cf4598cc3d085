package org.goldenthread.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.goldenthread.action.decision.Decision;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {

  @EntityGraph(attributePaths = "milestones")
  Optional<Action> findByCodeIgnoreCase(String code);

  @Query(
      "select distinct a from Action a join fetch a.leadOfficer left join fetch a.frameworkItem fi"
          + " left join fetch fi.plan left join fetch a.decision left join fetch a.orgUnit left join fetch a.milestones"
          + " order by a.dueDate nulls last, a.code")
  List<Action> findAllInOrder();

  @Query(
      "select distinct a from Action a left join fetch a.milestones where a.leadOfficer.id = ?1"
          + " or a.accountable.id = ?1 order by a.dueDate nulls last, a.code")
  List<Action> findByPerson(long personId);

  @Query(
      "select distinct a from Action a join fetch a.leadOfficer left join fetch a.milestones"
          + " where a.decision = ?1 order by a.dueDate nulls last, a.code")
  List<Action> findByDecision(Decision decision);

  @Query(
      "select distinct a from Action a join fetch a.leadOfficer left join fetch a.milestones"
          + " where a.decision is not null order by a.dueDate nulls last, a.code")
  List<Action> findArisingFromDecisions();

  @Query("select distinct a.frameworkItem.id from Action a where a.frameworkItem is not null")
  List<Long> findDeliveredItemIds();

  /** Each action delivering an item: its id, the item's id and its latest BRAG status. */
  @Query(
      "select a.id, a.frameworkItem.id, a.status from Action a where a.frameworkItem is not null")
  List<Object[]> findStatusesByItem();

  /**
   * The actions a partner organisation takes part in: its people lead or answer for them, or they
   * deliver an item it takes part in.
   */
  @Query(
      "select a.id from Action a left join a.leadOfficer l left join a.accountable c"
          + " where l.organisation.id = ?1 or c.organisation.id = ?1 or a.frameworkItem.id in ?2")
  List<Long> idsTakenPartInBy(long organisationId, Collection<Long> itemIds);
}

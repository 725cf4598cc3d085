package org.goldenthread.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, Long> {

  @Query(
      "select e from CalendarEntry e left join fetch e.ownerPerson left join fetch e.ownerBody"
          + " where e.financialYear = ?1 order by e.dueOn, e.id")
  List<CalendarEntry> findByYear(int financialYear);

  @Query(
      "select e from CalendarEntry e left join fetch e.ownerBody"
          + " where e.ownerPerson.id = ?1 order by e.dueOn, e.id")
  List<CalendarEntry> findByOwnerPerson(long personId);

  @Query(
      "select e from CalendarEntry e left join fetch e.ownerPerson"
          + " where e.ownerBody.id = ?1 order by e.dueOn, e.id")
  List<CalendarEntry> findByOwnerBody(long bodyId);

  @Query(
      "select e from CalendarEntry e left join fetch e.ownerPerson left join fetch e.ownerBody"
          + " where e.kind = org.goldenthread.calendar.EntryKind.TASK"
          + " and e.state = org.goldenthread.calendar.EntryState.PLANNED"
          + " and e.dueOn between ?1 and ?2 order by e.dueOn, e.id")
  List<CalendarEntry> findOpenTasksDueBetween(LocalDate from, LocalDate to);

  /** A person's entries and those of the bodies they sit on, by due date. */
  @Query(
      "select e from CalendarEntry e left join fetch e.ownerPerson left join fetch e.ownerBody"
          + " where e.ownerPerson.id = ?1 or e.ownerBody.id in ?2 order by e.dueOn, e.id")
  List<CalendarEntry> findByOwnerPersonOrBodies(long personId, Collection<Long> bodyIds);

  boolean existsByFinancialYear(int financialYear);
}

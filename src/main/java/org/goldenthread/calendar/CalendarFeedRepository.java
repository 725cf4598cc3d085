package org.goldenthread.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

  Optional<CalendarFeed> findByToken(String token);

  Optional<CalendarFeed> findByPersonId(long personId);

  Optional<CalendarFeed> findByBodyId(long bodyId);
}

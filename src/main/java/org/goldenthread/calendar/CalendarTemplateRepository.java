package org.goldenthread.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTemplateRepository extends JpaRepository<CalendarTemplateEntry, Long> {}

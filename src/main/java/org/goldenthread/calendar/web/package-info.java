/**
 * The calendar's pages (M9): the year at a glance, my tasks with "mark as done", an entry's page,
 * and the feed addresses a person subscribes to.
 */
package org.goldenthread.calendar.web;

/** The calendar over JSON: a year's events and tasks with owner, dates, state and standing. */
package org.goldenthread.calendar.api;

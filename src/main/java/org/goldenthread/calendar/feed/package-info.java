/** The iCalendar (.ics) feeds of a person's and a body's calendar, reached by a private token. */
package org.goldenthread.calendar.feed;

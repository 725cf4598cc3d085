/**
 * The performance team's calendar pages: the template of the usual year, making a year from it, and
 * adding, changing, cancelling and reinstating a year's entries.
 */
package org.goldenthread.calendar.admin;

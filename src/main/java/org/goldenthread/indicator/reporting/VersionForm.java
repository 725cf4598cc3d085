package org.goldenthread.indicator.reporting;

/** A confirmation of closing or reopening, carrying the version of the period that was seen. */
record VersionForm(Long version) {}

package org.goldenthread.indicator.reporting;

/** The period the performance team chose to open, as its label. */
record OpenForm(String period) {}

package org.goldenthread.report.distribution;

/** Someone a report pack goes to, and why: their seat on the body, or the schedule's list. */
record Recipient(long personId, String name, String reason) {}

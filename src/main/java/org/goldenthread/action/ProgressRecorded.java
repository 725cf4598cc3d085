package org.goldenthread.action;

/**
 * Published, in the transaction that made it, when an action's progress update for a period is
 * recorded or replaced: listeners (the intervention ladder, SPEC §8) evaluate the action's BRAG
 * period by period.
 */
public record ProgressRecorded(long actionId) {}

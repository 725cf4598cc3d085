/**
 * Interventions over JSON (M10): an indicator's interventions with their steps and notes, the open
 * (or closed) interventions of the council by level, and one intervention with its plans and
 * reviews.
 */
package org.goldenthread.intervention.api;

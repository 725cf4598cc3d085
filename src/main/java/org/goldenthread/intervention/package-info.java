/**
 * Intervention and challenge (SPEC §8): the ladder of rules the performance team keeps, the
 * evaluation of an indicator's (or an action's) periods against it into interventions opened,
 * raised, held and closed, and what a corrected value changes. For now the pure rules only (plain
 * Java, no Spring, no database); the interventions' records, remedial plans, director reviews,
 * performance clinics and their pages and API will live here too.
 */
package org.goldenthread.intervention;

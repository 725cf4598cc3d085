/**
 * Intervention and challenge (SPEC §8). At the top: the ladder of rules the performance team keeps
 * and its pure evaluation ({@code Ladder}, {@code Rule}, {@code Trigger}, {@code Evaluator}, {@code
 * Escalation}, {@code Revision}: plain Java), and the records kept in step with the figures ({@code
 * Intervention}, {@code InterventionStep}, {@code InterventionNote}, by {@code
 * InterventionEvaluation}, which reads each indicator's periods through {@code IndicatorOutcomes}),
 * remedial plans and director reviews ({@code RemedialPlans}) and who is told ({@code
 * InterventionNotices}). Beneath: {@code web} an intervention's page and forms, {@code register}
 * the register, {@code admin} the ladder's page, {@code api} the API, {@code clinic} performance
 * clinics.
 */
package org.goldenthread.intervention;

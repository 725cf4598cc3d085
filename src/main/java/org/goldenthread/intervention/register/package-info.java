/**
 * The interventions register (SPEC §8, M10): open interventions counted by level and listed,
 * overdue first, with filters; and the interventions section of an indicator's page ({@code
 * @indicatorInterventions}, called from its template, so the indicator module never names this
 * one).
 */
package org.goldenthread.intervention.register;

/**
 * How an indicator's figures, status and trend are worked out from its values and targets, its
 * projected outturn and the risk to its annual target (SPEC §4, {@code Outturn}), and its XmR
 * chart, signals, variation and assurance (SPEC §4a, {@code XmrCalculator}): plain Java, no Spring,
 * no database.
 */
@NamedInterface("calc")
package org.goldenthread.indicator.calc;

import org.springframework.modulith.NamedInterface;

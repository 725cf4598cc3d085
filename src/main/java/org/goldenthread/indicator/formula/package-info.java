/**
 * Formulas of calculated indicators: parsing, evaluation and the indicators a formula reads: plain
 * Java, no Spring, no database.
 */
@NamedInterface("formula")
package org.goldenthread.indicator.formula;

import org.springframework.modulith.NamedInterface;

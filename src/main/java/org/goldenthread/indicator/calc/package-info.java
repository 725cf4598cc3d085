/**
 * How an indicator's figures, status and trend are worked out from its values and targets: plain
 * Java, no Spring, no database.
 */
@NamedInterface("calc")
package org.goldenthread.indicator.calc;

import org.springframework.modulith.NamedInterface;

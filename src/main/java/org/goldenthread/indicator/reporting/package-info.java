/**
 * Reporting periods and returns (SPEC §3, M9): the performance team opens a period, which puts what
 * is due on each officer's list, and closes it, which locks its values; {@link
 * org.goldenthread.indicator.reporting.Returns} says what is due in a period, at which stage, and
 * whether it is late.
 */
@NamedInterface("reporting")
package org.goldenthread.indicator.reporting;

import org.springframework.modulith.NamedInterface;

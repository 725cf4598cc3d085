/**
 * Charts drawn on the server as SVG — the trend chart (full or small), the XmR chart and the
 * sparkline — with their text alternatives, in an indicator's {@link Measure}.
 */
@NamedInterface("chart")
package org.goldenthread.indicator.chart;

import org.springframework.modulith.NamedInterface;

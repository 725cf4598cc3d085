/** The trend chart drawn on the server as SVG, with its text alternative. */
@NamedInterface("chart")
package org.goldenthread.indicator.chart;

import org.springframework.modulith.NamedInterface;

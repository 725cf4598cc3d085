/**
 * The risk heat map (SPEC §6): open risks counted per likelihood × impact cell for current,
 * inherent or target scores, with the movement since the end of the previous quarter; drawn as SVG
 * with a table carrying the same numbers. Reports draw their heat maps with it.
 */
@NamedInterface("heatmap")
package org.goldenthread.risk.heatmap;

import org.springframework.modulith.NamedInterface;

/** Commentary on calculated indicators, which have no entered values to carry it. */
@NamedInterface("commentary")
package org.goldenthread.indicator.commentary;

import org.springframework.modulith.NamedInterface;

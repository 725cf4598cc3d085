/** Targets: an indicator's annual and period targets and its profile. */
@NamedInterface("target")
package org.goldenthread.indicator.target;

import org.springframework.modulith.NamedInterface;

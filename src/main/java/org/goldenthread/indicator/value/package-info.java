/** Values: entering, submitting, verifying and publishing an indicator's figures for a period. */
@NamedInterface("value")
package org.goldenthread.indicator.value;

import org.springframework.modulith.NamedInterface;

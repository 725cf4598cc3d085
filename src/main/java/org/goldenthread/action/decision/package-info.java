/** Committee decisions and the actions that arise from them. */
@NamedInterface("decision")
package org.goldenthread.action.decision;

import org.springframework.modulith.NamedInterface;

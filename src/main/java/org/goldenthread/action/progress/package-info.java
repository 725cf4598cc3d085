/** Progress updates: each period's report on an action, its BRAG assessment and the updates due. */
@NamedInterface("progress")
package org.goldenthread.action.progress;

import org.springframework.modulith.NamedInterface;

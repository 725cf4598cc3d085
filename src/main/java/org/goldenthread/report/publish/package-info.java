/** Publishing a report: the frozen snapshot, who it went to and when, and its pages. */
@NamedInterface("publish")
package org.goldenthread.report.publish;

import org.springframework.modulith.NamedInterface;

/** A report's cover as an agenda item: kept per period's issue to a body, with its defaults. */
@NamedInterface("cover")
package org.goldenthread.report.cover;

import org.springframework.modulith.NamedInterface;

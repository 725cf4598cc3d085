/**
 * Dashboards: corporate health, each portfolio and each directorate, built as a report of an
 * unsaved definition.
 */
@NamedInterface("dashboard")
package org.goldenthread.report.dashboard;

import org.springframework.modulith.NamedInterface;

/** The annual report: the year's results by priority, on screen, as files and through the API. */
package org.goldenthread.report.annual;

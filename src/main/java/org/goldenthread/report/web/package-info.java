/** The report pages and API: defining, scheduling and viewing reports. */
package org.goldenthread.report.web;

/** The public pages and open data: published indicators and reports, without sign-in. */
package org.goldenthread.report.publicpages;

/** A report's files: PDF, Word, spreadsheet and CSV, made from its snapshot. */
package org.goldenthread.report.export;

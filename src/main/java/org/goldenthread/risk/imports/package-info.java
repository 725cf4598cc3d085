/**
 * Risk registers in and out of spreadsheets (M8): the columns of a register file, the
 * all-or-nothing import that opens and updates risks from it, and the export in the same columns,
 * through the pages and the API.
 */
package org.goldenthread.risk.imports;

/**
 * Indicator definitions and values read from and written to spreadsheets; the import itself ({@link
 * org.goldenthread.indicator.imports.IndicatorImport}) is open to the demo, which loads the large
 * generated council through it.
 */
@NamedInterface("imports")
package org.goldenthread.indicator.imports;

import org.springframework.modulith.NamedInterface;

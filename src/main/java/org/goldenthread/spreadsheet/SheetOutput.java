package org.goldenthread.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Rows written one at a time straight to a download, as a CSV file or an Excel workbook, in the
 * same form as {@link SheetWriter} gives them whole: a large export never holds its rows in memory.
 * Closing it finishes the file; it leaves the stream open for its owner (the servlet container).
 */
public sealed interface SheetOutput extends Closeable permits CsvOutput, XlsxOutput {

  /** The next row: the headings first, then the records. */
  void row(List<String> cells) throws IOException;

  /** CSV in UTF-8 with the byte-order mark, cells made safe as {@link SheetWriter#csv} does. */
  static SheetOutput csv(OutputStream out) throws IOException {
    return new CsvOutput(out);
  }

  /**
   * A workbook of one sheet, figures and dates in the layout's columns stored as {@link
   * SheetWriter#xlsx(String, SheetLayout, List)} stores them; a few hundred rows are kept in memory
   * and the rest on disk until the workbook is written out on closing.
   */
  static SheetOutput xlsx(OutputStream out, String sheetName, SheetLayout layout) {
    return new XlsxOutput(
        out, sheetName, layout.indexes(Column.Format.NUMBER), layout.indexes(Column.Format.DATE));
  }
}

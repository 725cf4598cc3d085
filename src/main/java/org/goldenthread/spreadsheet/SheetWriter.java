package org.goldenthread.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldenthread.shared.Attachment;
import org.goldenthread.shared.CsvFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes rows of text in a layout's columns as a CSV file or an Excel workbook that the imports
 * read back exactly, and hands them out as downloads: exports, and the templates to start from.
 */
public final class SheetWriter {

  /** An Excel workbook. */
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private SheetWriter() {}

  /** The template: the layout's headings and its example rows, as a CSV file. */
  public static byte[] template(SheetLayout layout) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(layout.headings());
    rows.addAll(layout.examples());
    return csv(rows);
  }

  /**
   * A workbook with one sheet, the figures and dates in the layout's number and date columns stored
   * as such (see {@link #xlsx(String, List, Set, Set)}).
   */
  public static byte[] xlsx(String sheetName, SheetLayout layout, List<List<String>> rows) {
    return xlsx(
        sheetName, rows, layout.indexes(Column.Format.NUMBER), layout.indexes(Column.Format.DATE));
  }

  /**
   * UTF-8 with the byte-order mark, so that Excel opens it with £ and accents intact; text that a
   * spreadsheet would take for a formula is made safe (see {@link CsvFile}), and the imports undo
   * that.
   */
  public static byte[] csv(List<List<String>> rows) {
    return CsvFile.forExcel(rows);
  }

  /**
   * A workbook with one sheet. Figures in the {@code numeric} columns are stored as numbers when
   * Excel holds them exactly (up to 15 significant digits), and otherwise as text, so that nothing
   * is rounded on the way back in. Dates (written 2026-03-31) in the {@code dates} columns are
   * stored as dates in Excel's short date format, which Excel shows in the reader's own order and
   * the imports read back as written.
   */
  static byte[] xlsx(
      String sheetName, List<List<String>> rows, Set<Integer> numeric, Set<Integer> dates) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxOutput sheet = new XlsxOutput(out, sheetName, numeric, dates)) {
      for (List<String> row : rows) {
        sheet.row(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A file to download: a CSV file or, if the name ends .xlsx, a workbook. */
  public static ResponseEntity<byte[]> download(byte[] body, String fileName) {
    MediaType type = fileName.endsWith(".xlsx") ? XLSX : Attachment.CSV;
    return Attachment.of(type, fileName).body(body);
  }
}

package org.goldenthread.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.goldenthread.shared.Attachment;
import org.goldenthread.shared.CsvFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes rows of text in a layout's columns as a CSV file or an Excel workbook that the imports
 * read back exactly, and hands them out as downloads: exports, and the templates to start from.
 */
public final class SheetWriter {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Excel's built-in short date format. */
  private static final short SHORT_DATE = 14;

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
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
      CellStyle decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.######"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(SHORT_DATE);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c);
          if (r > 0 && numeric.contains(c) && exactAsNumber(text)) {
            BigDecimal n = new BigDecimal(text);
            var cell = row.createCell(c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(n.scale() <= 0 ? whole : decimal);
          } else if (r > 0 && dates.contains(c) && DATE.matcher(text).matches()) {
            var cell = row.createCell(c);
            cell.setCellValue(LocalDate.parse(text));
            cell.setCellStyle(date);
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exactAsNumber(String text) {
    if (text == null || !NUMBER.matcher(text).matches()) {
      return false;
    }
    BigDecimal n = new BigDecimal(text);
    return n.precision() <= 15
        && new BigDecimal(Double.toString(n.doubleValue())).compareTo(n) == 0;
  }

  /** A file to download: a CSV file or, if the name ends .xlsx, a workbook. */
  public static ResponseEntity<byte[]> download(byte[] body, String fileName) {
    MediaType type =
        fileName.endsWith(".xlsx")
            ? MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : Attachment.CSV;
    return Attachment.of(type, fileName).body(body);
  }
}

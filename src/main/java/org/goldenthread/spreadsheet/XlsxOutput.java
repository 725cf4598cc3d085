package org.goldenthread.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbook rows through POI's streaming workbook: only the last few hundred rows stay in memory.
 * Figures in the numeric columns are stored as numbers when Excel holds them exactly (up to 15
 * significant digits) and otherwise as text, so nothing is rounded on the way back in; dates
 * (2026-03-31) in the date columns as dates in Excel's short date format.
 */
final class XlsxOutput implements SheetOutput {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Excel's built-in short date format. */
  private static final short SHORT_DATE = 14;

  private final OutputStream out;
  private final Set<Integer> numeric;
  private final Set<Integer> dates;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
  private final Sheet sheet;
  private final CellStyle whole;
  private final CellStyle decimal;
  private final CellStyle date;
  private int rows;

  XlsxOutput(OutputStream out, String sheetName, Set<Integer> numeric, Set<Integer> dates) {
    this.out = out;
    this.numeric = numeric;
    this.dates = dates;
    sheet = workbook.createSheet(sheetName);
    whole = workbook.createCellStyle();
    whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.######"));
    date = workbook.createCellStyle();
    date.setDataFormat(SHORT_DATE);
  }

  @Override
  public void row(List<String> cells) {
    int r = rows++;
    Row row = sheet.createRow(r);
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      Cell cell = row.createCell(c);
      if (r > 0 && numeric.contains(c) && exactAsNumber(text)) {
        BigDecimal n = new BigDecimal(text);
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(n.scale() <= 0 ? whole : decimal);
      } else if (r > 0 && dates.contains(c) && DATE.matcher(text).matches()) {
        cell.setCellValue(LocalDate.parse(text));
        cell.setCellStyle(date);
      } else {
        cell.setCellValue(text);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.dispose();
      workbook.close();
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
}

package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.indicator.Unit;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.publish.Publication;

/**
 * A report as an Excel workbook: a sheet per section (Summary, Exceptions, Detail; for a published
 * report, Published and Corrections first), each with a bold header row that stays in view, counts,
 * shares and figures stored as numbers (an indicator's rounded to its decimal places and formatted
 * with its unit, as on screen), and columns wide enough for what they hold.
 */
public final class ReportWorkbook {

  /** Widest a column is made, in characters; longer text wraps in Excel's own way. */
  static final int MAX_WIDTH = 60;

  private ReportWorkbook() {}

  /**
   * Excel's number format for a figure shown as the screen shows it: its decimal places, thousands
   * separators and the unit's words around it, taken as they are (#,##0.0\% shows 82.0 as 82.0%, as
   * on screen, where 0.0% would show 8200.0%; "£"#,##0.00; #,##0" days").
   */
  static String excelFormat(Unit unit, int places) {
    String number = places <= 0 ? "#,##0" : "#,##0." + "0".repeat(places);
    String shown = unit == null ? "#" : unit.format("#");
    int at = shown.indexOf('#');
    return quoted(shown.substring(0, at)) + number + quoted(shown.substring(at + 1));
  }

  /** Words Excel shows as they are: one character escaped (so % is not taken as per cent). */
  private static String quoted(String words) {
    return switch (words.length()) {
      case 0 -> "";
      case 1 -> "\\" + words;
      default -> "\"" + words + "\"";
    };
  }

  public static byte[] write(ReportSnapshot report, Publication published) {
    return write(ReportTables.of(report, published));
  }

  /** Any sections as a workbook, a sheet each, laid out as a report's are. */
  public static byte[] write(List<ReportTables.Section> sections) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      CellStyle whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
      CellStyle decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0#####"));
      Map<String, CellStyle> shown = new HashMap<>();
      for (ReportTables.Section section : sections) {
        Sheet sheet = workbook.createSheet(section.title());
        List<String> headers = section.headers();
        int[] widths = new int[headers.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
          Cell cell = top.createCell(c);
          cell.setCellValue(headers.get(c));
          cell.setCellStyle(heading);
          widths[c] = headers.get(c).length();
        }
        for (int r = 0; r < section.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = section.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal n) {
              cell.setCellValue(n.doubleValue());
              cell.setCellStyle(n.scale() <= 0 ? whole : decimal);
            } else if (value instanceof ReportTables.Figure f) {
              cell.setCellValue(f.number().doubleValue());
              cell.setCellStyle(
                  shown.computeIfAbsent(
                      excelFormat(f.unit(), f.number().scale()),
                      format -> {
                        CellStyle style = workbook.createCellStyle();
                        style.setDataFormat(workbook.createDataFormat().getFormat(format));
                        return style;
                      }));
            } else if (value instanceof Number n) {
              cell.setCellValue(n.doubleValue());
              cell.setCellStyle(whole);
            } else {
              cell.setCellValue(value.toString());
            }
            widths[c] = Math.max(widths[c], ReportTables.text(value).length());
          }
        }
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

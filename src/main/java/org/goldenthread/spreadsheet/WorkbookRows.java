package org.goldenthread.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a workbook row by row as its XML streams past (POI's event model), so a
 * large workbook is never held as a tree of cells. A cell reads as the spreadsheet shows it; a
 * formula as its last calculated value.
 */
final class WorkbookRows {

  /** Excel's built-in short date format, shown as m/d/yy in the file itself. */
  private static final int SHORT_DATE = 14;

  private WorkbookRows() {}

  static List<Table.Row> read(byte[] content, SheetReader.Rows rows) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return rows.list();
      }
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              new Collector(rows),
              new ShownAsUk(),
              false));
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof UnreadableFileException refused) {
          throw refused;
        }
      }
      throw new UnreadableFileException(
          "The file could not be read as an Excel workbook. It may be damaged, or be another kind"
              + " of file: open it in Excel, choose Save As and pick \"Excel Workbook (.xlsx)\","
              + " then upload that file.",
          e);
    }
    return rows.list();
  }

  /** Gathers each row's cells, with an empty one for each cell the file leaves out. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetReader.Rows rows;
    private final List<String> cells = new ArrayList<>();

    Collector(SheetReader.Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(rowNum + 1, List.copyOf(cells));
    }

    @Override
    public void cell(String reference, String shown, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(shown == null ? "" : shown.trim());
    }
  }

  /**
   * Cells as the spreadsheet shows them, except a date in Excel's built-in short date format: Excel
   * shows that in the computer's own order (31/03/2026 in the UK) but it reads back as 3/31/26, so
   * it is read as 2026-03-31, which no one can take the wrong way round.
   */
  private static final class ShownAsUk extends DataFormatter {

    ShownAsUk() {
      super(Locale.UK);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (formatIndex == SHORT_DATE && DateUtil.isValidExcelDate(value)) {
        LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
        return date.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}

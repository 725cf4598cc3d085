package org.goldenthread.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.shared.CsvFile;

/**
 * Reads an uploaded CSV file or Excel workbook (.xlsx) into rows of text, telling which it is by
 * its content rather than its name. Values are read as the spreadsheet shows them (dates in Excel's
 * own short date format as 2026-03-31). Refuses, with a plain reason, a file that is neither or has
 * more rows than an import takes.
 */
public final class ImportFileReader {

  static final int MAX_ROWS = 5_000;

  private static final String NEITHER =
      "The file must be a CSV file or an Excel workbook (.xlsx), and this one is neither. In Excel,"
          + " choose Save As and pick \"CSV UTF-8\" or \"Excel Workbook\", then upload that file.";

  /** Excel's built-in short date format, shown as m/d/yy in the file itself. */
  private static final short SHORT_DATE = 14;

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  private final int maxRows;
  private final String tooMany;

  /** A reader for framework items: up to 5,000 rows. */
  public ImportFileReader() {
    this(
        MAX_ROWS,
        "The file has more than "
            + String.format(Locale.UK, "%,d", MAX_ROWS)
            + " items. Split it into smaller files and import them one after another, higher"
            + " levels first.");
  }

  /**
   * A reader taking up to {@code maxRows} rows below the headings, refusing more with the message.
   */
  public ImportFileReader(int maxRows, String tooMany) {
    this.maxRows = maxRows;
    this.tooMany = tooMany;
  }

  public ImportTable read(byte[] content) {
    if (content.length == 0) {
      return ImportTable.empty();
    }
    return switch (FileMagic.valueOf(content)) {
      case OOXML -> table(workbookRows(content, new Rows(maxRows, tooMany)));
      case OLE2, BIFF2, BIFF3, BIFF4 ->
          throw new ImportFileException(
              "This is an older Excel file (.xls), or a file protected by a password. Open it in"
                  + " Excel, remove any password, choose Save As and pick \"Excel Workbook"
                  + " (.xlsx)\" or \"CSV UTF-8\", then upload that file.");
      default -> table(csvRows(text(content), new Rows(maxRows, tooMany)));
    };
  }

  private static List<ImportTable.Row> csvRows(String text, Rows rows) {
    try (CSVParser parser = CSV.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        // With empty lines kept, the record number is the row number Excel shows for the file.
        // The product's own exports put a quote before text that could be a formula: undone.
        rows.add(
            (int) record.getRecordNumber(),
            record.stream().map(v -> CsvFile.unescape(v).trim()).toList());
      }
    } catch (ImportFileException e) {
      throw e;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new ImportFileException(
          "The file could not be read as CSV"
              + (rows.last() == 0 ? "" : " after row " + rows.last())
              + ". Check that every quotation mark that opens a value also closes it, or save the"
              + " file from Excel again as \"CSV UTF-8\".",
          e);
    }
    return rows.list;
  }

  private static List<ImportTable.Row> workbookRows(byte[] content, Rows rows) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return rows.list;
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.UK);
      // A formula's last calculated value, as Excel saved it, rather than the formula itself.
      formatter.setUseCachedValuesForFormulaCells(true);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : text(cell, formatter));
        }
        rows.add(row.getRowNum() + 1, cells);
      }
    } catch (ImportFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ImportFileException(
          "The file could not be read as an Excel workbook. It may be damaged, or be another kind"
              + " of file: open it in Excel, choose Save As and pick \"Excel Workbook (.xlsx)\","
              + " then upload that file.",
          e);
    }
    return rows.list;
  }

  /**
   * A cell as the spreadsheet shows it, except a date in Excel's built-in short date format: Excel
   * shows that in the computer's own order (31/03/2026 in the UK) but it reads back as 3/31/26, so
   * it is read as 2026-03-31, which no one can take the wrong way round.
   */
  private static String text(Cell cell, DataFormatter formatter) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC
        && cell.getCellStyle().getDataFormat() == SHORT_DATE
        && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return formatter.formatCellValue(cell).trim();
  }

  /** The first row with anything in it holds the headings; blank rows below are skipped. */
  private static ImportTable table(List<ImportTable.Row> rows) {
    List<ImportTable.Row> filled = rows.stream().filter(r -> !isBlank(r.cells())).toList();
    if (filled.isEmpty()) {
      return ImportTable.empty();
    }
    ImportTable.Row headings = filled.get(0);
    return new ImportTable(
        headings.number(), headings.cells(), filled.subList(1, filled.size()).stream().toList());
  }

  /** Collects rows, refusing a file with more items than an import takes. */
  private static final class Rows {
    private final List<ImportTable.Row> list = new ArrayList<>();
    private final int max;
    private final String tooMany;
    private int filled;

    Rows(int max, String tooMany) {
      this.max = max;
      this.tooMany = tooMany;
    }

    void add(int number, List<String> cells) {
      list.add(new ImportTable.Row(number, cells));
      if (!isBlank(cells) && ++filled > max + 1) {
        throw new ImportFileException(tooMany);
      }
    }

    int last() {
      return list.isEmpty() ? 0 : list.get(list.size() - 1).number();
    }
  }

  private static boolean isBlank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }

  /**
   * The file as text: UTF-8 (with or without the mark Excel puts at the start), else Windows-1252,
   * which older Excel versions use for "CSV (Comma delimited)". Refuses content that is not text.
   */
  private static String text(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(content, Charset.forName("windows-1252"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
        throw new ImportFileException(NEITHER);
      }
    }
    return text;
  }
}

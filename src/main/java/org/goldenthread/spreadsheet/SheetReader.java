package org.goldenthread.spreadsheet;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.goldenthread.shared.CsvFile;

/**
 * Reads an uploaded CSV file or Excel workbook (.xlsx) into rows of text, telling which it is by
 * its content rather than its name. Values are read as the spreadsheet shows them (dates in Excel's
 * own short date format as 2026-03-31). Refuses, with a plain reason, a file that is neither or has
 * more rows than the import takes.
 */
public final class SheetReader {

  private static final String NEITHER =
      "The file must be a CSV file or an Excel workbook (.xlsx), and this one is neither. In Excel,"
          + " choose Save As and pick \"CSV UTF-8\" or \"Excel Workbook\", then upload that file.";

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  private final Limits limits;

  public SheetReader(Limits limits) {
    this.limits = limits;
  }

  public Table read(byte[] content) {
    if (content.length == 0) {
      return Table.empty();
    }
    return switch (FileMagic.valueOf(content)) {
      case OOXML -> table(WorkbookRows.read(content, new Rows(limits)));
      case OLE2, BIFF2, BIFF3, BIFF4 ->
          throw new UnreadableFileException(
              "This is an older Excel file (.xls), or a file protected by a password. Open it in"
                  + " Excel, remove any password, choose Save As and pick \"Excel Workbook"
                  + " (.xlsx)\" or \"CSV UTF-8\", then upload that file.");
      default -> table(csvRows(text(content), new Rows(limits)));
    };
  }

  private static List<Table.Row> csvRows(String text, Rows rows) {
    try (CSVParser parser = CSV.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        // With empty lines kept, the record number is the row number Excel shows for the file.
        // The product's own exports put a quote before text that could be a formula: undone.
        rows.add(
            (int) record.getRecordNumber(),
            record.stream().map(v -> CsvFile.unescape(v).trim()).toList());
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UnreadableFileException(
          "The file could not be read as CSV"
              + (rows.last() == 0 ? "" : " after row " + rows.last())
              + ". Check that every quotation mark that opens a value also closes it, or save the"
              + " file from Excel again as \"CSV UTF-8\".",
          e);
    }
    return rows.list;
  }

  /** The first row with anything in it holds the headings; blank rows below are skipped. */
  private static Table table(List<Table.Row> rows) {
    List<Table.Row> filled = rows.stream().filter(r -> !isBlank(r.cells())).toList();
    if (filled.isEmpty()) {
      return Table.empty();
    }
    Table.Row headings = filled.get(0);
    return new Table(
        headings.number(), headings.cells(), filled.subList(1, filled.size()).stream().toList());
  }

  /** Collects rows, refusing a file with more rows than the import takes. */
  static final class Rows {
    private final List<Table.Row> list = new ArrayList<>();
    private final Limits limits;
    private int filled;

    Rows(Limits limits) {
      this.limits = limits;
    }

    void add(int number, List<String> cells) {
      list.add(new Table.Row(number, cells));
      if (!isBlank(cells) && ++filled > limits.maxRows() + 1) {
        throw new UnreadableFileException(limits.tooManyRows());
      }
    }

    int last() {
      return list.isEmpty() ? 0 : list.get(list.size() - 1).number();
    }

    List<Table.Row> list() {
      return list;
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
        throw new UnreadableFileException(NEITHER);
      }
    }
    return text;
  }
}

package org.goldenthread.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

public class SheetReaderTest {

  private final SheetReader reader =
      new SheetReader(
          new Limits(
              2L * 1024 * 1024,
              5_000,
              "The file has more than 5,000 items. Split it into smaller files and import them one"
                  + " after another, higher levels first.",
              Limits.SPLIT));

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A workbook whose first sheet has the given rows; null cells are left out. */
  public static byte[] workbook(Object[]... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Framework");
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsCsvRowsNumberedAsASpreadsheetShowsThem() {
    Table table =
        reader.read(utf8("code,type,title\r\nV1,Vision,Our vision\r\n\r\nT1,Theme,Safe\r\n"));

    assertThat(table.headingRow()).isEqualTo(1);
    assertThat(table.headings()).containsExactly("code", "type", "title");
    assertThat(table.rows())
        .extracting(Table.Row::number, Table.Row::cells)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, List.of("V1", "Vision", "Our vision")),
            org.assertj.core.groups.Tuple.tuple(4, List.of("T1", "Theme", "Safe")));
  }

  @Test
  void readsTheProductsOwnCsvBackExactlyThoughTextLikeAFormulaWasWrittenSafe() {
    List<String> row = List.of("=HYPERLINK(\"http://x\",\"y\")", "'=x", "-2+3", "-3.5", "'kept");
    Table table = reader.read(SheetWriter.csv(List.of(List.of("a", "b", "c", "d", "e"), row)));

    assertThat(table.rows()).singleElement().extracting(Table.Row::cells).isEqualTo(row);
  }

  @Test
  void readsQuotedValuesWithCommasSemicolonsAndLineBreaks() {
    Table table =
        reader.read(
            utf8(
                "code,title,contributes_to\n"
                    + "P1,\"Homes, jobs and \"\"skills\"\"\",\"A1; A2\"\n"
                    + "P2,\"Two\nlines\",A1\n"));

    assertThat(table.rows().get(0).cells())
        .containsExactly("P1", "Homes, jobs and \"skills\"", "A1; A2");
    assertThat(table.rows().get(1).number()).isEqualTo(3);
    assertThat(table.rows().get(1).cell(1)).isEqualTo("Two\nlines");
  }

  @Test
  void readsCsvSavedByExcelWithAByteOrderMarkOrInWindowsEncoding() {
    Table utf8WithMark = reader.read(utf8("\uFEFFcode,title\nP1,Save £5m\n"));
    Table windows =
        reader.read("code,title\nP1,Save £5m\n".getBytes(Charset.forName("windows-1252")));

    assertThat(utf8WithMark.headings()).containsExactly("code", "title");
    assertThat(utf8WithMark.rows().get(0).cell(1)).isEqualTo("Save £5m");
    assertThat(windows.rows().get(0).cell(1)).isEqualTo("Save £5m");
  }

  @Test
  void readsTheFirstSheetOfAWorkbookAsItIsShown() throws IOException {
    byte[] xlsx =
        workbook(
            null,
            new Object[] {"Code", "Type", "Title", "Order"},
            new Object[] {"P1", "Priority", "Faster claims", 3},
            null,
            new Object[] {"P2", null, "Gap in type", 12.5});

    Table table = reader.read(xlsx);

    assertThat(table.headingRow()).isEqualTo(2);
    assertThat(table.headings()).containsExactly("Code", "Type", "Title", "Order");
    assertThat(table.rows())
        .extracting(Table.Row::number, Table.Row::cells)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, List.of("P1", "Priority", "Faster claims", "3")),
            org.assertj.core.groups.Tuple.tuple(5, List.of("P2", "", "Gap in type", "12.5")));
  }

  @Test
  void readsAnExcelShortDateTheSameOnEveryComputerAndOtherDatesAsShown() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Actions");
      sheet.createRow(0).createCell(0).setCellValue("due_date");
      XSSFRow row = sheet.createRow(1);
      String[] formats = {"m/d/yy", "dd/mm/yyyy", "d mmm yyyy"};
      for (int c = 0; c < formats.length; c++) {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(formats[c]));
        var cell = row.createCell(c);
        cell.setCellValue(java.time.LocalDate.of(2026, 3, 31));
        cell.setCellStyle(style);
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    assertThat(reader.read(xlsx).rows().get(0).cells())
        .containsExactly("2026-03-31", "31/03/2026", "31 Mar 2026");
  }

  @Test
  void readsAnEmptyFileAsAnEmptyTable() throws IOException {
    assertThat(reader.read(new byte[0]).headings()).isEmpty();
    assertThat(reader.read(utf8("\n\n  \n")).headings()).isEmpty();
    assertThat(reader.read(workbook()).headings()).isEmpty();
  }

  @Test
  void refusesAnOlderExcelFile() {
    byte[] xls = new byte[512];
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(ole2, 0, xls, 0, ole2.length);

    assertThatThrownBy(() -> reader.read(xls))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith(
            "This is an older Excel file (.xls), or a file protected by a password.");
  }

  @Test
  void refusesAFileThatIsNeitherCsvNorAWorkbook() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] pdf = utf8("%PDF-1.7\n\u0001\u0002binary");

    for (byte[] file : List.of(png, pdf)) {
      assertThatThrownBy(() -> reader.read(file))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage(
              "The file must be a CSV file or an Excel workbook (.xlsx), and this one is neither."
                  + " In Excel, choose Save As and pick \"CSV UTF-8\" or \"Excel Workbook\", then"
                  + " upload that file.");
    }
  }

  @Test
  void refusesADamagedWorkbook() {
    byte[] zipStart = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8};

    assertThatThrownBy(() -> reader.read(zipStart))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("The file could not be read as an Excel workbook.");
  }

  @Test
  void refusesCsvWithAQuotedValueThatNeverCloses() {
    assertThatThrownBy(() -> reader.read(utf8("code,title\nP1,Fine\nP2,\"Never closed\n")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("The file could not be read as CSV after row 2.");
  }

  @Test
  void refusesMoreThan5000Items() {
    StringBuilder csv = new StringBuilder("code,type,title\n");
    for (int i = 1; i <= 5_000; i++) {
      csv.append("O").append(i).append(",Objective,Objective ").append(i).append('\n');
    }
    assertThat(reader.read(utf8(csv.toString())).rows()).hasSize(5_000);

    csv.append("O5001,Objective,One too many\n");
    assertThatThrownBy(() -> reader.read(utf8(csv.toString())))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "The file has more than 5,000 items. Split it into smaller files and import them one"
                + " after another, higher levels first.");
  }
}

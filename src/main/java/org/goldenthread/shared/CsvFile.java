package org.goldenthread.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the product writes is written here, so that no cell can become a formula when the
 * file is opened in a spreadsheet. Cells are typed: a number ({@link Number}) is written plainly,
 * as it is (-3.5 stays -3.5); anything else is text, and text a spreadsheet would take for a
 * formula — starting with =, +, -, @, a tab or a carriage return — is written after a single quote,
 * as OWASP advises ({@code =SUM(1)} is written {@code '=SUM(1)}). Text that is only a number
 * ("-3.5", "-1,250", "-12.5%") is a number to a spreadsheet, never a formula, and is left as it is.
 *
 * <p>Text that already starts with quotes before such a character gets one quote more, so {@link
 * #unescape} gives back exactly what was written: the imports read the product's own files back
 * unchanged.
 */
public final class CsvFile {

  /** The characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d{3})*(\\.\\d+)?%?");

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CSVPrinter printer;

  private CsvFile(CSVPrinter printer) {
    this.printer = printer;
  }

  /**
   * A file written row by row to {@code out} as {@link #forExcel} writes it whole (byte-order mark
   * first), for exports too large to hold; {@link #flush} when done. Leaves {@code out} open.
   */
  public static CsvFile streamedForExcel(OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    return new CsvFile(new CSVPrinter(writer, CSVFormat.DEFAULT));
  }

  /** The next row, its cells written as {@link #cell} writes them. */
  public void row(List<?> cells) throws IOException {
    Object[] safe = cells.toArray();
    for (int c = 0; c < safe.length; c++) {
      safe[c] = cell(safe[c]);
    }
    printer.printRecord(safe);
  }

  /** Writes out what is still buffered. */
  public void flush() throws IOException {
    printer.flush();
  }

  /** UTF-8 with the byte-order mark, so that Excel opens it with £ and accents intact. */
  public static byte[] forExcel(List<? extends List<?>> rows) {
    byte[] text = text(rows).getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BYTE_ORDER_MARK.length + text.length];
    System.arraycopy(BYTE_ORDER_MARK, 0, file, 0, BYTE_ORDER_MARK.length);
    System.arraycopy(text, 0, file, BYTE_ORDER_MARK.length, text.length);
    return file;
  }

  /** The rows as CSV text, without a byte-order mark (for open data, read by programs). */
  public static String text(List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(CsvFile::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell as written: a number plainly, text made safe; null as an empty cell. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = value.toString();
    return formulaLike(text) ? "'" + text : text;
  }

  /**
   * A cell of a CSV file as it was before {@link #cell} made it safe: one leading quote fewer where
   * a quote was added. A quote a person typed before ordinary text is kept.
   */
  public static String unescape(String text) {
    return text != null && text.startsWith("'") && formulaLike(text) ? text.substring(1) : text;
  }

  /** Starts, after any quotes, with a character that begins a formula, and is not a number. */
  private static boolean formulaLike(String text) {
    int at = 0;
    while (at < text.length() && text.charAt(at) == '\'') {
      at++;
    }
    return at < text.length()
        && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0
        && !NUMBER.matcher(text).matches();
  }
}

package org.goldenthread.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.goldenthread.shared.CsvFile;

/** CSV rows printed as they come, in {@link CsvFile}'s form. */
final class CsvOutput implements SheetOutput {

  private final BufferedWriter writer;
  private final CSVPrinter printer;
  private final Object[] none = new Object[0];

  CsvOutput(OutputStream out) throws IOException {
    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    Object[] safe = cells.toArray(none);
    for (int c = 0; c < safe.length; c++) {
      safe[c] = CsvFile.cell(safe[c]);
    }
    printer.printRecord(safe);
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}

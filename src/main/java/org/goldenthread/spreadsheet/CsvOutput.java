package org.goldenthread.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.goldenthread.shared.CsvFile;

/** CSV rows printed as they come, in {@link CsvFile}'s form. */
final class CsvOutput implements SheetOutput {

  private final CsvFile file;

  CsvOutput(OutputStream out) throws IOException {
    file = CsvFile.streamedForExcel(out);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    file.row(cells);
  }

  @Override
  public void close() throws IOException {
    file.flush();
  }
}

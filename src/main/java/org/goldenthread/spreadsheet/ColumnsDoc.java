package org.goldenthread.spreadsheet;

import java.util.List;
import java.util.Locale;

/** The layouts as docs/imports.md lists them: each file's limits and columns, as declared. */
public final class ColumnsDoc {

  private ColumnsDoc() {}

  public static String markdown(List<SheetLayout> layouts) {
    StringBuilder text = new StringBuilder();
    for (SheetLayout layout : layouts) {
      Limits limits = layout.limits();
      text.append("## ")
          .append(layout.title())
          .append("\n\nOne row for each ")
          .append(layout.eachRow())
          .append(". Up to ")
          .append(limits.megabytes())
          .append(" and ")
          .append(String.format(Locale.UK, "%,d", limits.maxRows()))
          .append(" rows.\n\n| Column | Needed? | What to enter | Example |\n|---|---|---|---|\n");
      for (Column<?> column : layout.columns()) {
        String example = layout.example(column);
        text.append("| `")
            .append(column.heading())
            .append("` | ")
            .append(column.needed())
            .append(" | ")
            .append(cell(column.help()))
            .append(" | ")
            .append(example.isEmpty() ? "" : "`" + cell(example) + "`")
            .append(" |\n");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}

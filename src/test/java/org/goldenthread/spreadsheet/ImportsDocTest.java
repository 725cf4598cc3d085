package org.goldenthread.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldenthread.action.imports.ActionColumns;
import org.goldenthread.framework.imports.FrameworkColumns;
import org.goldenthread.indicator.imports.DefinitionColumns;
import org.goldenthread.indicator.imports.ValueColumns;
import org.goldenthread.risk.imports.RiskColumns;
import org.junit.jupiter.api.Test;

/**
 * docs/imports.md lists every import's columns as the code declares them, so it cannot drift: this
 * test fails when a declaration changes and the file does not (run it with -Ddocs.write=true to
 * write the file anew).
 */
class ImportsDocTest {

  static final List<SheetLayout> IMPORTS =
      List.of(
          FrameworkColumns.LAYOUT,
          DefinitionColumns.LAYOUT,
          ValueColumns.LAYOUT,
          ActionColumns.LAYOUT,
          RiskColumns.LAYOUT);

  @Test
  void docsListEveryImportsColumnsAsDeclared() throws Exception {
    Path docs = Path.of("docs/imports.md");
    String text = Files.readString(docs);
    String marker =
        "<!-- Written by ImportsDocTest from the declared columns: edit the code. -->\n\n";
    String expected =
        text.substring(0, text.indexOf(marker) + marker.length()) + ColumnsDoc.markdown(IMPORTS);
    if (Boolean.getBoolean("docs.write")) {
      Files.writeString(docs, expected);
      text = expected;
    }
    assertThat(text)
        .as("docs/imports.md (run this test with -Ddocs.write=true to write it anew)")
        .isEqualTo(expected);
  }

  @Test
  void everyImportDeclaresItsHeadingsOnceAndATemplateInItsOwnColumns() {
    for (SheetLayout layout : IMPORTS) {
      assertThat(layout.headings()).doesNotHaveDuplicates();
      assertThat(layout.examples())
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).hasSameSizeAs(layout.columns()));
      assertThat(new SheetReader(layout.limits()).read(SheetWriter.template(layout)).headings())
          .isEqualTo(layout.headings());
    }
  }
}

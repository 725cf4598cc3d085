package org.goldenthread.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void everyCsvTheProductWritesIsWrittenHere() {
    JavaClasses product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.goldenthread");
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(CsvFile.class.getName())
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(CSVPrinter.class.getName())
        .because("every CSV file must go through CsvFile, which keeps formulas out of its cells")
        .check(product);
  }

  @Test
  void textAFormulaCouldStartWithIsWrittenAfterAQuote() {
    for (String text :
        List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-2+3", "@SUM(1)", "\tx", "\rx", "-")) {
      assertThat(CsvFile.cell(text)).isEqualTo("'" + text);
    }
  }

  @Test
  void numbersStayPlainNumbersWhetherTypedOrWrittenAsText() {
    assertThat(CsvFile.cell(new BigDecimal("-3.5"))).isEqualTo("-3.5");
    assertThat(CsvFile.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(CsvFile.cell(-7)).isEqualTo("-7");
    assertThat(CsvFile.cell("-3.5")).isEqualTo("-3.5");
    assertThat(CsvFile.cell("-1,250")).isEqualTo("-1,250");
    assertThat(CsvFile.cell("-12.5%")).isEqualTo("-12.5%");
    assertThat(CsvFile.cell(null)).isEmpty();
  }

  @Test
  void ordinaryTextIsLeftAsItIs() {
    for (String text : List.of("Two posts vacant", "'quoted", "a=b", "2026/27 Q1", "")) {
      assertThat(CsvFile.cell(text)).isEqualTo(text);
    }
  }

  @Test
  void unescapingGivesBackExactlyWhatWasWritten() {
    for (String text :
        List.of("=x", "'=x", "''=x", "'quoted", "''quoted", "-3.5", "'-3.5", "-2+3", "plain")) {
      assertThat(CsvFile.unescape(CsvFile.cell(text))).as(text).isEqualTo(text);
    }
  }

  @Test
  void theFileReadsBackAsCsvWithTheSafeCellsAndAByteOrderMarkForExcel() throws Exception {
    byte[] file =
        CsvFile.forExcel(
            List.of(
                List.of("Title", "Actual"),
                Arrays.asList("=1+1, \"quoted\"", new BigDecimal("-3.5")),
                Arrays.asList(null, "-4")));
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, java.nio.charset.StandardCharsets.UTF_8);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    assertThat(rows.get(1).toList()).containsExactly("'=1+1, \"quoted\"", "-3.5");
    assertThat(rows.get(2).toList()).containsExactly("", "-4");
  }
}

package org.goldenthread.risk.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionForm;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/**
 * The register files under src/test/resources/risk, filled in for a fixture council of the test's
 * own: its registers, people, body, framework item, indicator and action, each with codes and names
 * no other test uses.
 */
@Component
public class RiskRegisterFiles {

  /** What a register file names, made for one test. */
  public record Council(
      String suffix,
      FixtureCouncil.Council people,
      RiskRegister corporate,
      RiskRegister directorate,
      RiskRegister service,
      Body body,
      FrameworkItem item,
      Action action) {

    /** The file's text with every placeholder filled in. */
    public String fill(String template) {
      return template
          .replace("{s}", suffix)
          .replace("{corpName}", corporate.getName())
          .replace("{corp}", corporate.getCode())
          .replace("{dir}", directorate.getCode())
          .replace("{svc}", service.getCode())
          .replace("{officer}", people.officer().getFullName())
          .replace("{manager}", people.manager().getFullName())
          .replace("{body}", body.getName())
          .replace("{item}", item.getCode())
          .replace("{indicator}", people.indicator().getCode())
          .replace("{action}", action.getCode());
    }

    public String code(String code) {
      return code + "-" + suffix;
    }
  }

  private final FixtureCouncil councils;
  private final RiskFixtures risks;
  private final ReportFixtures reports;
  private final ActionService actions;
  private final Clock clock;

  RiskRegisterFiles(
      FixtureCouncil councils,
      RiskFixtures risks,
      ReportFixtures reports,
      ActionService actions,
      Clock clock) {
    this.councils = councils;
    this.risks = risks;
    this.reports = reports;
    this.actions = actions;
    this.clock = clock;
  }

  public Council council() {
    FixtureCouncil.Council people = councils.create();
    LocalDate today = LocalDate.now(clock);
    Action action =
        actions.create(
            new ActionForm(
                FixtureCouncil.unique("RA"),
                "Deliver the savings programme",
                null,
                ActionKind.ACTION,
                null,
                null,
                people.officer().getId(),
                null,
                people.service().getId(),
                today.minusMonths(3),
                today.plusMonths(6),
                null));
    return new Council(
        FixtureCouncil.unique("X").substring(2),
        people,
        risks.register(RiskLevel.CORPORATE),
        risks.register(RiskLevel.DIRECTORATE),
        risks.serviceRegister(people.service()),
        reports.body(),
        reports.item(null, null),
        action);
  }

  /** A file under src/test/resources/risk, as text. */
  public static String resource(String name) {
    try (InputStream in = RiskRegisterFiles.class.getResourceAsStream("/risk/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same rows as an Excel workbook, whole numbers stored as numbers as Excel would. */
  public static byte[] xlsx(String csv) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Risk register");
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
      for (int r = 0; r < records.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        List<String> cells = records.get(r).toList();
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          if (r > 0 && cell.matches("\\d")) {
            row.createCell(c).setCellValue(Double.parseDouble(cell));
          } else {
            row.createCell(c).setCellValue(cell);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

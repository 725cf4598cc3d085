package org.goldenthread.action.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionKind;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.decision.DecisionForm;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@GoldenThreadTest
class ActionImportTest {

  private static final String HEAD =
      "code,title,description,framework_item,lead_officer,accountable,start_date,due_date,"
          + "percent_complete,status,completed_date,commentary,remedial_action,kind,decision,"
          + "milestone_of,depends_on\n";

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ActionService actions;
  @Autowired ActionRepository repository;
  @Autowired ProgressUpdates updates;
  @Autowired DecisionService decisions;
  @Autowired GovernanceService governance;
  @Autowired AuditTrail audit;
  @Autowired PlatformTransactionManager transactions;
  @Autowired UserDetailsService accounts;

  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final String nextYear = today.plusYears(1).toString();

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  /** A project with its milestones, self-assessed Amber, and an unassessed action now overdue. */
  private String tracker(String minute) {
    return HEAD
        + ("A%1$s,Open the contact centre,One front door,CUST-O2,priya.shah@example.gov.uk,"
                + "David Okafor,01/04/2026,%2$s,40%%,Amber,,Recruitment is slow,Agency staff,"
                + "project,%3$s,,\n"
                + ",Site found,,,,,,2026-06-30,,,2026-05-01,,,,,A%1$s,\n"
                + ",Staff trained,,,,,,%2$s,,,,,,,,a%1$s,site found\n"
                + "B%1$s,Review fees and charges,,,Sam Patel,,,2020-03-31,30,,,,,,,,\n")
            .formatted(s, nextYear, minute);
  }

  private String newDecision() {
    users.signInAs("admin");
    long cabinet =
        governance.bodies().stream()
            .filter(b -> b.getName().equals("Cabinet"))
            .findFirst()
            .orElseThrow()
            .getId();
    String minute = "CAB " + s + "/26";
    decisions.create(
        new DecisionForm(
            cabinet, today.minusDays(7), minute, "Contact centre", "To open one front door", null));
    DemoUsers.signOut();
    return minute;
  }

  private ResultActions upload(String who, MockMultipartFile file) throws Exception {
    return mvc.perform(multipart("/actions/import").file(file).with(users.as(who)).with(csrf()));
  }

  private ResultActions api(String csv) throws Exception {
    return mvc.perform(
        post("/api/v1/actions/import")
            .contentType("text/csv")
            .content(csv)
            .with(users.as("admin"))
            .with(csrf()));
  }

  private static MockMultipartFile csv(String text) {
    return new MockMultipartFile(
        "file", "actions.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] download(String path) throws Exception {
    return mvc.perform(get(path).with(users.as("officer")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private void checkImported() {
    new TransactionTemplate(transactions).executeWithoutResult(t -> checkImportedActions());
  }

  private void checkImportedActions() {
    Action project = actions.byCode("A" + s);
    assertThat(project.getKind()).isEqualTo(ActionKind.PROJECT);
    assertThat(project.getDescription()).isEqualTo("One front door");
    assertThat(project.getFrameworkItem().getCode()).isEqualTo("CUST-O2");
    assertThat(project.getLeadOfficer().getFullName()).isEqualTo("Priya Shah");
    assertThat(project.getAccountable().getFullName()).isEqualTo("David Okafor");
    assertThat(project.getOrgUnit()).isEqualTo(project.getLeadOfficer().getOrgUnit());
    assertThat(project.getStartDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(project.getDueDate()).isEqualTo(LocalDate.parse(nextYear));
    assertThat(project.getStatus()).isEqualTo(Brag.AMBER);
    assertThat(project.getPercentComplete()).isEqualTo(40);
    assertThat(project.getRemedialAction()).isEqualTo("Agency staff");
    assertThat(project.getLastUpdatePeriod()).isEqualTo(updates.currentPeriod());
    assertThat(updates.of(project))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.getStatus()).isEqualTo(Brag.AMBER);
              assertThat(u.getCommentary()).isEqualTo("Recruitment is slow");
              assertThat(u.getUpdatedBy()).isEqualTo("Ben Taylor");
              assertThat(u.getUpdatedByPerson())
                  .isEqualTo(((Actor) accounts.loadUserByUsername("admin")).person());
            });
    assertThat(project.getMilestones())
        .extracting(
            Milestone::getTitle,
            Milestone::getCompletedOn,
            m -> m.getDependsOn() == null ? null : m.getDependsOn().getTitle())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Site found", LocalDate.of(2026, 5, 1), null),
            org.assertj.core.groups.Tuple.tuple("Staff trained", null, "Site found"));

    Action late = actions.byCode("B" + s);
    assertThat(late.getStatus()).isNull();
    assertThat(late.getPercentComplete()).isEqualTo(30);
    assertThat(late.getLeadOfficer().getFullName()).isEqualTo("Sam Patel");
    assertThat(late.isOverdue(today)).isTrue();
    assertThat(late.suggestion(today).status()).isEqualTo(Brag.RED);
    assertThat(updates.of(late)).isEmpty();
  }

  @Test
  void importsActionsMilestonesAndProgressFromCsv() throws Exception {
    String minute = newDecision();
    upload("admin", csv(tracker(minute)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Actions imported")))
        .andExpect(content().string(containsString("Actions added</dt>")));
    checkImported();
    Action project = actions.byCode("A" + s);
    assertThat(
            repository.findByDecision(
                decisions.all().stream()
                    .filter(d -> d.getMinuteReference().equals(minute))
                    .findFirst()
                    .orElseThrow()))
        .extracting(Action::getCode)
        .containsExactly("A" + s);
    assertThat(audit.historyOf(Action.class, project.getId()))
        .isNotEmpty()
        .allSatisfy(change -> assertThat(change.actor()).isEqualTo("admin"));
  }

  @Test
  void aFileWithoutDueDatesLeavesThemAndCannotMakeAnOverdueActionGreen() throws Exception {
    api(tracker(newDecision())).andExpect(status().isOk());

    api(("code,title,percent_complete\n"
                + "A%1$s,Open the contact centre,45\n"
                + "B%1$s,Review fees and charges,35\n")
            .formatted(s))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.updated").value(2));
    Action project = actions.byCode("A" + s);
    Action late = actions.byCode("B" + s);
    assertThat(project.getDueDate()).isEqualTo(LocalDate.parse(nextYear));
    assertThat(project.getStartDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(project.getPercentComplete()).isEqualTo(45);
    assertThat(late.getDueDate()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(late.isOverdue(today)).isTrue();

    api("code,title,percent_complete,status\nB" + s + ",Review fees and charges,50,Green\n")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].column").value("status"))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("cannot be Green")));
    assertThat(actions.byCode("B" + s).getStatus()).isNull();
    assertThat(actions.byCode("B" + s).getDueDate()).isEqualTo(LocalDate.of(2020, 3, 31));
  }

  @Test
  void importsTheSameFromAWorkbookWithExcelDatesAndNumbers() throws Exception {
    String file = tracker("");
    String[] lines = file.split("\n");
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Tracker");
      CellStyle shortDate = workbook.createCellStyle();
      shortDate.setDataFormat((short) 14);
      CellStyle ukDate = workbook.createCellStyle();
      ukDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < lines.length; r++) {
        XSSFRow row = sheet.createRow(r);
        String[] cells = lines[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          String cell = cells[c];
          if (r > 0 && cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
            var date = row.createCell(c);
            date.setCellValue(LocalDate.parse(cell));
            date.setCellStyle(r % 2 == 0 ? shortDate : ukDate);
          } else if (r > 0 && cell.matches("\\d+")) {
            row.createCell(c).setCellValue(Double.parseDouble(cell));
          } else {
            row.createCell(c).setCellValue(cell);
          }
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    upload("admin", new MockMultipartFile("file", "tracker.xlsx", null, xlsx))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Actions imported")));
    checkImported();
  }

  @Test
  void aFileWithProblemsIsRefusedWithEveryRowAndColumnNamedAndNothingSaved() throws Exception {
    long before = repository.count();
    String bad =
        HEAD
            + ("OK%1$s,A perfectly good action,,,Sam Patel,,,%2$s,0,,,,,,,,\n"
                    + ",No code,,,Sam Patel,,,%2$s,,,,,,,,,\n"
                    + "C%1$s,,,,Nobody Known,,,31/13/2026,150,,,,,,,,\n"
                    + "D%1$s,Blue with no date,,,Sam Patel,,,%2$s,100,Blue,,,,,,,\n"
                    + "E%1$s,Green and late,,,Sam Patel,,,2020-03-31,50,Green,,,,,,,\n"
                    + "F%1$s,Amber unexplained,,,Sam Patel,,,%2$s,50,Amber,,,,,,,\n"
                    + "G%1$s,Done but Green,,,Sam Patel,,,%2$s,100,Green,2026-01-05,,,,,,\n"
                    + "H%1$s,Twice,,,Sam Patel,,,%2$s,,,,,,,,,\n"
                    + "h%1$s,Twice again,,NOPE,Sam Patel,,,%2$s,,,,,,,,,\n"
                    + ",An orphan milestone,,,,,,%2$s,,,,,,,,Z%1$s,\n"
                    + "J%1$s,Wrong kind,,,Sam Patel,,,%2$s,,,,,,task,CAB 0/00,,\n")
                .formatted(s, nextYear);

    api(bad)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.title").value("Import refused"))
        .andExpect(jsonPath("$.detail").value(containsString("Nothing has been imported")))
        .andExpect(jsonPath("$.problems.length()").value(15))
        .andExpect(jsonPath("$.problems[?(@.row == 3 && @.column == 'code')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 4 && @.column == 'title')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 4 && @.column == 'lead_officer')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 4 && @.column == 'due_date')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 4 && @.column == 'percent_complete')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 5 && @.column == 'completed_date')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 6 && @.column == 'status')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 7 && @.column == 'commentary')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 8 && @.column == 'status')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 9 && @.column == 'code')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 10 && @.column == 'code')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 10 && @.column == 'framework_item')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 11 && @.column == 'milestone_of')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 12 && @.column == 'kind')]").exists())
        .andExpect(jsonPath("$.problems[?(@.row == 12 && @.column == 'decision')]").exists())
        .andExpect(
            jsonPath("$.problems[?(@.row == 6)].message")
                .value(
                    org.hamcrest.Matchers.hasItem(
                        containsString("is not complete, so it cannot be Green"))));

    upload("admin", csv(bad))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nothing has been imported: 15 problems")))
        .andExpect(content().string(containsString("Problems found in actions.csv")))
        .andExpect(content().string(containsString("Blue means completed")));
    assertThat(repository.count()).isEqualTo(before);
    assertThat(repository.findByCodeIgnoreCase("OK" + s)).isEmpty();
  }

  @Test
  void unknownColumnsAreRefusedByName() throws Exception {
    long before = repository.count();
    upload(
            "admin",
            csv(
                "code,title,lead_officer,due_date,RAG,Owner\nK%s,Fees,Sam Patel,%s,Green,Sam\n"
                    .formatted(s, nextYear)))
        .andExpect(content().string(containsString("Nothing has been imported")))
        .andExpect(
            content().string(containsString("&quot;RAG&quot; is not a column the import uses")))
        .andExpect(
            content().string(containsString("&quot;Owner&quot; is not a column the import uses")));
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void anExportImportedAgainChangesNothing() throws Exception {
    api(tracker(newDecision()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.milestones").value(2))
        .andExpect(jsonPath("$.progressUpdates").value(1));
    api((HEAD
                + "Z%1$s,Finished early,,,Sam Patel,,2026-01-05,%2$s,,,2026-02-01,Done,,,,,\n"
                + ",First step,,,,,,2026-01-31,,,2026-01-20,,,,,Z%1$s,\n"
                + ",Second step,,,,,,2026-02-28,,,2026-02-01,,,,,Z%1$s,First step\n")
            .formatted(s, nextYear))
        .andExpect(status().isOk());
    Action done = actions.byCode("Z" + s);
    assertThat(done.getStatus()).isEqualTo(Brag.BLUE);
    assertThat(done.getPercentComplete()).isEqualTo(100);

    Map<String, Long> versions = versions();
    long progress = updates.of(done).size() + updates.of(actions.byCode("A" + s)).size();
    byte[] csv = download("/actions/export.csv");
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            "A%1$s,Open the contact centre,One front door,CUST-O2,priya.shah@example.gov.uk,"
                    .formatted(s)
                + "david.okafor@example.gov.uk,2026-04-01,%s,40,Amber,,Recruitment is slow,"
                    .formatted(nextYear))
        .contains(",Site found,,,,,,2026-06-30,,,2026-05-01,,,,,,A%s,,,no,".formatted(s))
        .contains("B%s,Review fees and charges,".formatted(s))
        .contains(",Red,yes,\r\n");

    byte[] workbook = download("/actions/export.xlsx");
    try (XSSFWorkbook read = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
      var sheet = read.getSheetAt(0);
      assertThat(
              sheet
                  .getRow(0)
                  .getCell(ActionColumns.LAYOUT.index(ActionColumns.DUE_DATE))
                  .getStringCellValue())
          .isEqualTo("due_date");
      var row =
          java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
              .filter(r -> r.getCell(0).getStringCellValue().equals("A" + s))
              .findFirst()
              .orElseThrow();
      assertThat(
              row.getCell(ActionColumns.LAYOUT.index(ActionColumns.DUE_DATE))
                  .getLocalDateTimeCellValue())
          .isEqualTo(LocalDate.parse(nextYear).atStartOfDay());
      assertThat(
              row.getCell(ActionColumns.LAYOUT.index(ActionColumns.PERCENT_COMPLETE))
                  .getNumericCellValue())
          .isEqualTo(40.0);
    }
    for (var file :
        List.of(
            new MockMultipartFile("file", "actions.csv", null, csv),
            new MockMultipartFile("file", "actions.xlsx", null, workbook),
            new MockMultipartFile(
                "file", "api.xlsx", null, download("/api/v1/actions/export.xlsx")))) {
      mvc.perform(
              multipart("/api/v1/actions/import").file(file).with(users.as("admin")).with(csrf()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.created").value(0))
          .andExpect(jsonPath("$.updated").value(0))
          .andExpect(jsonPath("$.unchanged").value(versions.size()))
          .andExpect(jsonPath("$.milestones").value(0))
          .andExpect(jsonPath("$.progressUpdates").value(0));
    }
    assertThat(versions()).isEqualTo(versions);
    assertThat(updates.of(done).size() + updates.of(actions.byCode("A" + s)).size())
        .isEqualTo(progress);
    assertThat(download("/api/v1/actions/export.csv")).isEqualTo(csv);
  }

  private Map<String, Long> versions() {
    return repository.findAll().stream()
        .collect(Collectors.toMap(Action::getCode, Action::getVersion));
  }

  @Test
  void onlyThoseWhoSetUpActionsMayImportButAnyoneMayExport() throws Exception {
    mvc.perform(get("/actions/import").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/actions/import").with(users.as("manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("milestone_of")));
    long before = repository.count();
    mvc.perform(
            post("/api/v1/actions/import")
                .contentType("text/csv")
                .content(
                    "code,title,lead_officer,due_date\nN%s,Fees,Sam Patel,%s\n"
                        .formatted(s, nextYear))
                .with(users.as("officer"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(repository.count()).isEqualTo(before);
    mvc.perform(get("/actions/import/template.csv").with(users.as("manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(",ACT-101,")));
    download("/actions/export.xlsx");
  }

  @Test
  void aMissingOrEmptyFileIsAskedFor() throws Exception {
    mvc.perform(multipart("/actions/import").with(users.as("admin")).with(csrf()))
        .andExpect(content().string(containsString("Select a CSV file or Excel workbook")));
    upload("admin", new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
        .andExpect(content().string(containsString("The selected file is empty")));
  }
}

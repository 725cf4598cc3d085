package org.goldenthread.framework.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.goldenthread.audit.AuditQuery;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkItemRepository;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanRepository;
import org.goldenthread.framework.PlanType;
import org.goldenthread.spreadsheet.SheetReader;
import org.goldenthread.spreadsheet.SheetReaderTest;
import org.goldenthread.spreadsheet.Table;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@GoldenThreadTest
class FrameworkImportTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FrameworkItemRepository items;
  @Autowired PlanRepository plans;
  @Autowired AuditTrail audit;

  private final String s = UUID.randomUUID().toString().substring(0, 6);

  private ResultActions upload(String who, MockMultipartFile file, Long planId) throws Exception {
    var request = multipart("/framework/import").file(file).with(users.as(who)).with(csrf());
    if (planId != null) {
      request.param("planId", planId.toString());
    }
    return mvc.perform(request);
  }

  private static MockMultipartFile csv(String text) {
    return new MockMultipartFile(
        "file", "framework.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private FrameworkItem item(String code) {
    return items.findByCodeIgnoreCase(code).orElseThrow();
  }

  @Test
  @Transactional
  void administratorImportsACsvAndItsItemsAndLinksAreCreatedInThePlan() throws Exception {
    Plan plan =
        plans.save(
            new Plan(
                "CP" + s,
                "Corporate Plan " + s,
                PlanType.values()[3],
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31)));
    String csv =
        "Code,Type,Title,Description,Contributes to,Responsible,Accountable,Order\n"
            + "P%1$s,Priority,Faster benefits,\"Claims, changes\",A%1$s,priya.shah@example.gov.uk,Priya Shah,2\n"
            + "V%1$s,vision,A thriving borough,,,,,\n"
            + "A%1$s,AIM,Healthy lives,,T%1$s,,,\n"
            + "T%1$s,Theme,Safe communities,,V%1$s,,,1\n"
            + "O%1$s,Outcome,Claims in 20 days,,P%1$s;A%1$s,,,\n";

    upload("admin", csv(csv.formatted(s)), plan.getId())
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("5 items imported")))
        .andExpect(content().string(containsString("into Corporate Plan " + s)))
        .andExpect(
            content()
                .string(containsString("href=\"/framework/items/" + item("P" + s).getId() + "\"")));

    FrameworkItem priority = item("P" + s);
    assertThat(priority.getTitle()).isEqualTo("Faster benefits");
    assertThat(priority.getType()).isEqualTo(ItemType.PRIORITY);
    assertThat(priority.getDescription()).isEqualTo("Claims, changes");
    assertThat(priority.getPlan()).isEqualTo(plan);
    assertThat(priority.getResponsible().getFullName()).isEqualTo("Priya Shah");
    assertThat(priority.getAccountable().getFullName()).isEqualTo("Priya Shah");
    assertThat(priority.getSortOrder()).isEqualTo(2);
    assertThat(priority.getContributesTo()).containsExactly(item("A" + s));
    assertThat(item("O" + s).getContributesTo()).containsExactly(item("A" + s), item("P" + s));
    assertThat(item("O" + s).contributesToIndirectly(item("V" + s))).isTrue();
  }

  @Test
  void administratorImportsAWorkbookAndTheChangesAreInTheAuditTrail() throws Exception {
    byte[] xlsx =
        SheetReaderTest.workbook(
            new Object[] {"code", "type", "title", "contributes_to", "order"},
            new Object[] {"XT" + s, "Theme", "Green borough", null, 1},
            new Object[] {"XA" + s, "Aim", "Cleaner air", "XT" + s, 2});

    upload("admin", new MockMultipartFile("file", "framework.xlsx", XLSX, xlsx), null)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2 items imported")))
        .andExpect(content().string(containsString("not in any plan")));

    FrameworkItem aim = items.findByCodeIgnoreCase("XA" + s).orElseThrow();
    assertThat(aim.getTitle()).isEqualTo("Cleaner air");
    assertThat(aim.getPlan()).isNull();
    assertThat(aim.getSortOrder()).isEqualTo(2);
    assertThat(items.findContributorsTo(items.findByCodeIgnoreCase("XT" + s).orElseThrow()))
        .containsExactly(aim);
    RecordChange created =
        audit
            .search(AuditQuery.forRecord("FrameworkItem", aim.getId()), Pageable.ofSize(5))
            .getContent()
            .get(0);
    assertThat(created.action()).isEqualTo("CREATED");
    assertThat(created.actor()).isEqualTo("admin");
  }

  @Test
  void oneBadRowAmongGoodOnesSavesNothingAndShowsTheReport() throws Exception {
    String csv =
        "code,type,title,contributes_to\n"
            + "BT%1$s,Theme,Fine theme,\n"
            + "BA%1$s,Aim,Fine aim,BT%1$s\n"
            + "BP%1$s,Priority,Bad priority,NOPE%1$s\n"
            + "BO%1$s,Outcome,Fine outcome,BP%1$s\n";

    upload("admin", csv(csv.formatted(s)), null)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#file\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Nothing has been imported: 1 problem was found in framework.csv.")))
        .andExpect(content().string(containsString("Problems found in framework.csv")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "No item has the code NOPE"
                            + s
                            + ", in this file or already recorded. Check the code.")))
        .andExpect(content().string(not(containsString("items imported"))));

    for (String code : new String[] {"BT", "BA", "BP", "BO"}) {
      assertThat(items.findByCodeIgnoreCase(code + s)).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotASpreadsheetIsRefusedPlainly() throws Exception {
    upload(
            "admin",
            new MockMultipartFile(
                "file", "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
            null)
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Nothing has been imported. The file must be a CSV file or an Excel"
                            + " workbook (.xlsx), and this one is neither.")));
  }

  @Test
  void uploadingWithoutChoosingAFileAsksForOne() throws Exception {
    mvc.perform(multipart("/framework/import").with(users.as("admin")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Select a CSV file or Excel workbook to import.")));
  }

  @Test
  void administratorSeesTheUploadPageAndCanDownloadATemplateThatReadsBack() throws Exception {
    mvc.perform(get("/framework/import").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Import a framework")))
        .andExpect(content().string(containsString("class=\"govuk-file-upload\"")))
        .andExpect(content().string(containsString("/framework/import/template.csv")));

    byte[] template =
        mvc.perform(get("/framework/import/template.csv").with(users.as("admin")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Table table = new SheetReader(FrameworkColumns.LAYOUT.limits()).read(template);
    assertThat(table.headings())
        .containsExactly(
            "code",
            "type",
            "title",
            "description",
            "contributes_to",
            "responsible",
            "accountable",
            "order");
    assertThat(table.rows()).hasSize(6);
  }

  @Test
  void officerCannotImport() throws Exception {
    mvc.perform(get("/framework/import").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/framework/import/template.csv").with(users.as("officer")))
        .andExpect(status().isForbidden());
    upload("officer", csv("code,type,title\nOFF" + s + ",Theme,Sneaky\n"), null)
        .andExpect(status().isForbidden());
    assertThat(items.findByCodeIgnoreCase("OFF" + s)).isEmpty();
  }
}

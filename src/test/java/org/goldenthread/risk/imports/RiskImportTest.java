package org.goldenthread.risk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.ReviewKind;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskReview;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council's register imported from a file, every score, band, appetite flag and movement checked
 * against figures worked out by hand; malformed files, round trips and later imports.
 */
@GoldenThreadTest
class RiskImportTest {

  static final String REGISTER = "council-risk-register.csv";

  /** One risk of the register file as worked out by hand, on 2 December 2026. */
  record Expected(
      String code,
      int inherent,
      int current,
      int target,
      Band band,
      boolean aboveAppetite,
      Movement movement,
      String nextReview,
      boolean overdue) {}

  static final List<Expected> EXPECTED =
      List.of(
          new Expected("CR01", 25, 16, 9, Band.HIGH, true, Movement.UNCHANGED, "2026-12-15", false),
          new Expected("CR02", 20, 16, 9, Band.HIGH, true, Movement.NEW, "2026-12-20", false),
          new Expected("CR03", 20, 15, 8, Band.HIGH, true, Movement.UNCHANGED, "2026-11-14", true),
          new Expected(
              "CR04", 16, 8, 4, Band.MEDIUM, false, Movement.UNCHANGED, "2027-01-01", false),
          new Expected("CR05", 12, 9, 4, Band.MEDIUM, true, Movement.NEW, "2027-01-05", false),
          new Expected(
              "CR06", 16, 12, 6, Band.MEDIUM, false, Movement.UNCHANGED, "2026-12-30", false),
          new Expected(
              "CR07", 16, 6, 3, Band.MEDIUM, false, Movement.UNCHANGED, "2026-12-01", true),
          new Expected(
              "CR08", 12, 12, 6, Band.MEDIUM, false, Movement.UNCHANGED, "2027-01-15", false),
          new Expected("DR01", 20, 12, 9, Band.MEDIUM, false, Movement.NEW, "2026-12-02", false),
          new Expected(
              "DR02", 16, 12, 6, Band.MEDIUM, false, Movement.UNCHANGED, "2026-09-30", true),
          new Expected(
              "DR03", 12, 9, 4, Band.MEDIUM, false, Movement.UNCHANGED, "2027-04-01", false),
          new Expected(
              "DR04", 15, 10, 5, Band.MEDIUM, false, Movement.UNCHANGED, "2026-11-20", true),
          new Expected("SR01", 12, 8, 4, Band.MEDIUM, true, Movement.NEW, "2027-01-20", false),
          new Expected("SR02", 8, 4, 2, Band.LOW, false, Movement.UNCHANGED, "2027-03-10", false),
          new Expected("SR03", 9, 4, 2, Band.LOW, false, Movement.UNCHANGED, "2026-12-25", false),
          new Expected("SR04", 12, 9, 4, Band.MEDIUM, false, Movement.NEW, "2026-12-28", false),
          new Expected("SR05", 6, 3, 1, Band.LOW, false, Movement.UNCHANGED, "2027-01-15", false),
          new Expected("SR06", 9, 1, 1, Band.LOW, false, Movement.NEW, "2027-03-02", false));

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskImport importer;
  @Autowired RiskService risks;
  @Autowired RiskScoring scoring;
  @Autowired RiskRegisterFiles files;
  @Autowired TransactionTemplate tx;

  private RiskRegisterFiles.Council council;
  private PersonRef admin;

  @BeforeEach
  void setUp() {
    council = files.council();
    admin = council.people().asManager();
  }

  private String file(String name) {
    return council.fill(RiskRegisterFiles.resource(name));
  }

  private <T> T read(String code, Function<Risk, T> read) {
    return tx.execute(s -> read.apply(risks.byCode(council.code(code))));
  }

  private List<RiskReview> history(String code) {
    return tx.execute(s -> List.copyOf(risks.byCode(council.code(code)).getHistory()));
  }

  private ResultActions upload(String who, MockMultipartFile file) throws Exception {
    return mvc.perform(multipart("/risks/import").file(file).with(users.as(who)).with(csrf()));
  }

  private static MockMultipartFile csv(String text) {
    return new MockMultipartFile(
        "file", "risk-register.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private void checkEveryRiskAsWorkedOutByHand() {
    for (Expected e : EXPECTED) {
      RiskFacts facts = read(e.code(), scoring::facts);
      assertThat(facts.inherent().value()).as(e.code() + " inherent").isEqualTo(e.inherent());
      assertThat(facts.current().value()).as(e.code() + " current").isEqualTo(e.current());
      assertThat(facts.target().value()).as(e.code() + " target").isEqualTo(e.target());
      assertThat(facts.band()).as(e.code() + " band").isEqualTo(e.band());
      assertThat(facts.aboveAppetite()).as(e.code() + " appetite").isEqualTo(e.aboveAppetite());
      assertThat(facts.movement()).as(e.code() + " movement").isEqualTo(e.movement());
      assertThat(facts.nextReview()).as(e.code() + " next review").hasToString(e.nextReview());
      assertThat(facts.overdue()).as(e.code() + " overdue").isEqualTo(e.overdue());
      assertThat(history(e.code()))
          .as(e.code() + " history")
          .singleElement()
          .satisfies(h -> assertThat(h.getKind()).isEqualTo(ReviewKind.IMPORT));
    }
  }

  @Test
  void aCouncilsRegisterImportsWithEveryScoreBandAndMovementAsWorkedOutByHand() throws Exception {
    upload("admin", csv(file(REGISTER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Risk register imported")))
        .andExpect(content().string(containsString("Risks opened</dt>")));

    checkEveryRiskAsWorkedOutByHand();
    tx.executeWithoutResult(
        t -> {
          Risk cr01 = risks.byCode(council.code("CR01"));
          assertThat(cr01.getRegister()).isEqualTo(council.corporate());
          assertThat(cr01.getAccountableBody()).isEqualTo(council.body());
          assertThat(cr01.getOwner()).isEqualTo(council.people().officer());
          assertThat(cr01.getItems()).containsExactly(council.item());
          assertThat(cr01.getActions()).containsExactly(council.action());
          assertThat(cr01.getConsequence()).startsWith("Unplanned use of reserves, cuts");
          assertThat(cr01.getOpenedOn()).isEqualTo(LocalDate.of(2026, 9, 15));
          Risk cr04 = risks.byCode(council.code("CR04"));
          assertThat(cr04.getCategory().getName()).isEqualTo("Operational");
          assertThat(cr04.getAccountable()).isNull();
          Risk cr08 = risks.byCode(council.code("CR08"));
          assertThat(cr08.getRegister()).as("named by its name").isEqualTo(council.corporate());
          Risk sr04 = risks.byCode(council.code("SR04"));
          assertThat(sr04.getIndicators()).containsExactly(council.people().indicator());
          assertThat(sr04.getRegister()).isEqualTo(council.service());
          Risk sr06 = risks.byCode(council.code("SR06"));
          assertThat(sr06.getOpenedOn()).isEqualTo(TestClock.TODAY);
          assertThat(sr06.getLastReviewed()).isNull();
        });
  }

  @Test
  void theSameRegisterAsAWorkbookImportsTheSame() throws Exception {
    upload(
            "admin",
            new MockMultipartFile(
                "file",
                "risk-register.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                RiskRegisterFiles.xlsx(file(REGISTER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Risk register imported")));

    checkEveryRiskAsWorkedOutByHand();
  }

  @Test
  void aMalformedRegisterChangesNothingAndNamesEveryProblemByRowAndColumn() {
    RiskImport.Outcome outcome =
        importer.run(file("council-risk-register-malformed.csv").getBytes(), admin);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(2, "code"),
            tuple(3, "current_likelihood"),
            tuple(4, "owner"),
            tuple(5, "code"),
            tuple(6, "register"),
            tuple(7, "current_likelihood"),
            tuple(8, "last_reviewed"));
    assertThat(outcome.problems())
        .extracting(Problem::message)
        .containsExactly(
            "The code is also used on row 5. Each risk needs one row of its own.",
            "The current likelihood must be a whole number from 1 to 5 (1 rare, 2 unlikely, 3"
                + " possible, 4 likely, 5 almost certain), and \"6\" is not.",
            "No one called \"Pat Nobody "
                + council.suffix()
                + "\" is recorded under People. Use their full name as it is recorded there, or"
                + " their email address.",
            "The code is also used on row 2. Each risk needs one row of its own.",
            "No one register has the code or name \"Highways register "
                + council.suffix()
                + "\". Use the register's code as shown under Risks, or ask the performance team"
                + " to add the register first.",
            "The current score (L4 × I4 = 16) cannot be above the inherent score (L3 × I3 = 9):"
                + " controls only bring a risk down.",
            "The risk cannot have been reviewed on 10 January 2027: that is in the future.");
    assertThat(risks.onRegister(council.corporate().getId())).as("nothing saved").isEmpty();
  }

  @Test
  void anExportedRegisterImportsWithoutChangingAnything() throws Exception {
    assertThat(importer.run(file(REGISTER).getBytes(), admin).created()).isEqualTo(18);
    long corporate = council.corporate().getId();
    List<Long> versions = tx.execute(s -> versions(corporate));

    for (String export :
        List.of("/risks/export.csv", "/api/v1/risks/export.csv", "/risks/export.xlsx")) {
      byte[] exported =
          mvc.perform(
                  get(export)
                      .param("register", council.corporate().getCode())
                      .with(users.as("admin")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();

      RiskImport.Outcome again = importer.run(exported, admin);

      assertThat(again.problems()).as(export).isEmpty();
      assertThat(again.created() + again.updated()).as(export).isZero();
      assertThat(again.unchanged()).as(export).isEqualTo(8);
    }
    List<Long> after = tx.execute(s -> versions(corporate));
    assertThat(after).isEqualTo(versions);
  }

  /** Each risk's version and the length of its history, in code order. */
  private List<Long> versions(long register) {
    return risks.onRegister(register).stream()
        .flatMap(r -> java.util.stream.Stream.of(r.getVersion(), (long) r.getHistory().size()))
        .toList();
  }
}

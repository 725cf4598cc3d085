package org.goldenthread.indicator.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import org.goldenthread.indicator.imports.ImportProgress;
import org.goldenthread.indicator.imports.IndicatorImport;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A value whose period a closed reporting period covers is locked: the form, the API and the values
 * import each still change it, but only with a reason, and the change goes back for verification as
 * a change to a published value does. Rolled back, so the closed period is not left for other
 * tests.
 */
@GoldenThreadTest
@Transactional
class LockedValuesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportingPeriods periods;
  @Autowired DataEntry entry;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorImport importer;
  @Autowired EntityManager entities;

  FixtureCouncil.Council council;
  Period quarter;
  ReportingPeriod reporting;

  @BeforeEach
  void aQuarterWithAVerifiedValueIsClosed() {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    reporting = OpenPeriods.open(periods, quarter);
    IndicatorValue value = fixtures.enter(council, quarter, "104");
    entry.verify(value.getId(), council.asManager());
    periods.close(reporting.getId(), OpenPeriods.TEAM);
    entities.flush();
  }

  private IndicatorValue value() {
    return values.findByIndicatorAndPeriod(council.indicator(), quarter).orElseThrow();
  }

  private String enterPage() {
    return "/indicators/" + council.indicator().getId() + "/enter";
  }

  @Test
  void theServiceRefusesAChangeWithoutAReasonAndSendsOneWithAReasonForVerification() {
    IndicatorValue before = value();
    assertThat(before.getState()).isEqualTo(ValueState.VERIFIED);
    assertThatThrownBy(
            () ->
                entry.enter(
                    council.indicator(),
                    quarter,
                    new ValueForm("99", null, null, "c", "r", " ", before.getVersion()),
                    council.asOfficer(),
                    false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("The reporting period " + quarter.label() + " is closed");
    entry.enter(
        council.indicator(),
        quarter,
        new ValueForm("99", null, null, "c", "r", "Late invoices found", before.getVersion()),
        council.asOfficer(),
        false);
    IndicatorValue after = value();
    assertThat(after.getAmount()).isEqualByComparingTo("99");
    assertThat(after.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(after.getVerifiedBy()).isNull();
    assertThat(after.getVerifiedAt()).isNull();
    assertThat(after.getChangeReason()).isEqualTo("Late invoices found");
  }

  @Test
  void aFirstValueEnteredAfterThePeriodClosedNeedsNoReason() {
    FixtureCouncil.Council late = fixtures.create();
    assertThat(values.findByIndicatorAndPeriod(late.indicator(), quarter)).isEmpty();
    entry.enter(
        late.indicator(),
        quarter,
        new ValueForm("42", null, null, "c", "r", null, null),
        late.asOfficer(),
        false);
    IndicatorValue first = values.findByIndicatorAndPeriod(late.indicator(), quarter).orElseThrow();
    assertThat(first.getAmount()).isEqualByComparingTo("42");
    assertThat(first.getState()).isEqualTo(ValueState.ENTERED);
    assertThat(periods.isLocked(quarter)).isTrue();
  }

  @Test
  void theFormExplainsTheLockAndAsksForTheReason() throws Exception {
    long version = value().getVersion();
    mvc.perform(
            get(enterPage())
                .param("period", quarter.label())
                .with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "The reporting period "
                            + quarter.label()
                            + " is closed, so this value is"
                            + " locked.")))
        .andExpect(
            content().string(containsString("Reason for changing a value in a closed reporting")));
    mvc.perform(
            post(enterPage())
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", quarter.label())
                .param("action", "save")
                .param("actual", "98")
                .param("commentary", "c")
                .param("remedialAction", "r")
                .param("version", String.valueOf(version)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Give the reason for changing it.")));
    assertThat(value().getAmount()).isEqualByComparingTo("104");
    mvc.perform(
            post(enterPage())
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("period", quarter.label())
                .param("action", "save")
                .param("actual", "98")
                .param("commentary", "c")
                .param("remedialAction", "r")
                .param("changeReason", "A late correction from the service")
                .param("version", String.valueOf(version)))
        .andExpect(redirectedUrl("/indicators/" + council.indicator().getId()));
    assertThat(value().getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(value().getAmount()).isEqualByComparingTo("98");
  }

  @Test
  void theApiAnswers422NamingTheChangeReason() throws Exception {
    String api = "/api/v1/indicators/" + council.indicator().getCode() + "/values";
    long version = value().getVersion();
    mvc.perform(
            post(api)
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"period\":\"%s\",\"actual\":\"97\",\"version\":%d}"
                        .formatted(quarter.label(), version)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.changeReason").value(containsString("is closed")));
    mvc.perform(
            post(api)
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    ("{\"period\":\"%s\",\"actual\":\"97\",\"version\":%d,"
                            + "\"changeReason\":\"Recounted\",\"submit\":false}")
                        .formatted(quarter.label(), version)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SUBMITTED"));
  }

  @Test
  void anImportRowChangingALockedValueNeedsAReasonNamingTheRow() {
    String code = council.indicator().getCode();
    String refused = "code,period,actual\n" + code + "," + quarter.label() + ",96\n";
    IndicatorImport.Outcome outcome =
        importer.values(
            refused.getBytes(StandardCharsets.UTF_8), council.asOfficer(), new ImportProgress());
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.problems()).hasSize(1);
    assertThat(outcome.problems().get(0).row()).isEqualTo(2);
    assertThat(outcome.problems().get(0).column()).isEqualTo("change_reason");
    assertThat(outcome.problems().get(0).message())
        .contains("The reporting period " + quarter.label() + " is closed")
        .contains(code);
    entities.clear();
    assertThat(value().getAmount()).isEqualByComparingTo("104");
    assertThat(value().getState()).isEqualTo(ValueState.VERIFIED);

    String unchanged =
        "code,period,actual,commentary,remedial_action\n"
            + code
            + ","
            + quarter.label()
            + ",104,Fixture commentary,Fixture remedy\n";
    assertThat(
            importer
                .values(
                    unchanged.getBytes(StandardCharsets.UTF_8),
                    council.asOfficer(),
                    new ImportProgress())
                .unchanged())
        .isEqualTo(1);

    String reasoned =
        "code,period,actual,change_reason\n" + code + "," + quarter.label() + ",96,Recount\n";
    IndicatorImport.Outcome saved =
        importer.values(
            reasoned.getBytes(StandardCharsets.UTF_8), council.asOfficer(), new ImportProgress());
    assertThat(saved.problems()).isEmpty();
    assertThat(saved.values()).isEqualTo(1);
    entities.clear();
    IndicatorValue after = value();
    assertThat(after.getAmount()).isEqualByComparingTo("96");
    assertThat(after.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(after.isHistoric()).isFalse();
    assertThat(after.getVerifiedBy()).isNull();
    assertThat(after.getChangeReason()).isEqualTo("Recount");
  }
}

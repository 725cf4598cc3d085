package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Status;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Who may verify a value: anyone but the person who entered it, known by id, not by name. */
class IndicatorValueVerificationTest {

  static final Instant ENTERED = Instant.parse("2026-07-10T09:00:00Z");
  static final Instant VERIFIED = Instant.parse("2026-07-11T09:00:00Z");

  static final PersonRef SAM = new PersonRef(1L, 11L, "Sam Patel");
  static final PersonRef OTHER_SAM = new PersonRef(2L, 12L, "Sam Patel");
  static final PersonRef PRIYA = new PersonRef(3L, 13L, "Priya Shah");

  private static IndicatorValue submittedBy(PersonRef by) {
    IndicatorValue value = new IndicatorValue(null, Period.quarter(2026, 1));
    value.record(Measurement.of(new BigDecimal("95")), "On track", null, null, by, ENTERED);
    value.submit(Status.GREEN, by, ENTERED);
    return value;
  }

  private static void assertRefused(IndicatorValue value, PersonRef by) {
    assertThatThrownBy(() -> value.verify(by, VERIFIED))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("You entered this value, so someone else must verify it.");
    assertThat(value.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(value.getVerifiedByPerson()).isNull();
  }

  @Test
  void thePersonWhoEnteredAValueCannotVerifyIt() {
    assertRefused(submittedBy(SAM), SAM);
  }

  @Test
  void thePersonWhoEnteredAValueCannotVerifyItUnderANewName() {
    assertRefused(submittedBy(SAM), new PersonRef(1L, 11L, "Sam Okafor"));
  }

  @Test
  void thePersonWhoEnteredAValueCannotVerifyItThroughAnotherOfTheirAccounts() {
    assertRefused(submittedBy(SAM), new PersonRef(1L, 99L, "Sam Patel"));
  }

  @Test
  void anAccountLinkedToAPersonSinceEnteringAValueCannotVerifyIt() {
    PersonRef beforeLinking = new PersonRef(null, 21L, "spatel");
    assertRefused(submittedBy(beforeLinking), new PersonRef(1L, 21L, "Sam Patel"));
  }

  @Test
  void anotherPersonOfTheSameNameVerifiesAValue() {
    IndicatorValue value = submittedBy(SAM);

    value.verify(OTHER_SAM, VERIFIED);

    assertThat(value.getState()).isEqualTo(ValueState.VERIFIED);
    assertThat(value.getVerifiedBy()).isEqualTo("Sam Patel");
    assertThat(value.getVerifiedByPerson()).isEqualTo(OTHER_SAM);
    assertThat(value.getEnteredByPerson()).isEqualTo(SAM);
    assertThat(value.getVerifiedAt()).isEqualTo(VERIFIED);
  }

  @Test
  void anAccountWithoutAPersonVerifiesAnotherPersonsValue() {
    IndicatorValue value = submittedBy(SAM);

    value.verify(new PersonRef(null, 31L, "performance.team"), VERIFIED);

    assertThat(value.getState()).isEqualTo(ValueState.VERIFIED);
  }

  @Test
  void aValueRecordedBeforeIdsIsKeptFromItsEntererByName() {
    PersonRef byNameOnly = new PersonRef(null, null, "Sam Patel");

    assertRefused(submittedBy(byNameOnly), OTHER_SAM);

    IndicatorValue value = submittedBy(byNameOnly);
    value.verify(PRIYA, VERIFIED);
    assertThat(value.getState()).isEqualTo(ValueState.VERIFIED);
  }

  @Test
  void enteringRecordsWhoByIdBesideTheNameShown() {
    IndicatorValue value = submittedBy(SAM);

    assertThat(value.getEnteredBy()).isEqualTo("Sam Patel");
    assertThat(value.getEnteredByPerson()).isEqualTo(SAM);
    assertThat(value.getSubmittedByPerson()).isEqualTo(SAM);
  }

  @Test
  void changingAVerifiedValueForgetsWhoVerifiedIt() {
    IndicatorValue value = submittedBy(SAM);
    value.verify(PRIYA, VERIFIED);

    value.record(Measurement.of(new BigDecimal("96")), "Revised", null, null, SAM, VERIFIED);

    assertThat(value.getState()).isEqualTo(ValueState.SUBMITTED);
    assertThat(value.getVerifiedBy()).isNull();
    assertThat(value.getVerifiedByPerson()).isNull();
  }

  @Test
  void whoeverChangesAValueLastIsTheOneWhoCannotVerifyIt() {
    IndicatorValue value = submittedBy(SAM);
    value.record(Measurement.of(new BigDecimal("96")), "Revised", null, null, PRIYA, VERIFIED);

    assertRefused(value, PRIYA);
    value.verify(SAM, VERIFIED);
    assertThat(value.getState()).isEqualTo(ValueState.VERIFIED);
  }
}

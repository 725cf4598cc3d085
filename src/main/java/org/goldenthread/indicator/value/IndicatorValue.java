package org.goldenthread.indicator.value;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Status;
import org.goldenthread.period.Period;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.RuleViolationsException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An indicator's value for one period, with its commentary, and where it is in the data-quality
 * workflow: entered → submitted → verified → published. The workflow is guarded here; every change
 * is kept by the audit trail.
 */
@Entity
@Audited
public class IndicatorValue extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Indicator indicator;

  @Column(nullable = false, length = 20)
  private Period period;

  @Column(precision = 19, scale = 6)
  private BigDecimal amount;

  @Column(precision = 19, scale = 6)
  private BigDecimal numerator;

  @Column(precision = 19, scale = 6)
  private BigDecimal denominator;

  @Column(length = 4000)
  private String commentary;

  @Column(length = 4000)
  private String remedialAction;

  /** The responsible officer's year-end forecast given with the value (SPEC §4), if any. */
  @Column(precision = 19, scale = 6)
  private BigDecimal forecast;

  /** What the forecast rests on, in the officer's words. */
  @Column(length = 1000)
  private String forecastBasis;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ValueState state = ValueState.ENTERED;

  @Column(nullable = false)
  private boolean historic;

  @Column(length = 1000)
  private String changeReason;

  @Column(nullable = false, length = 200)
  private String enteredBy;

  private Long enteredByPersonId;

  private Long enteredByAccountId;

  @Column(nullable = false)
  private Instant enteredAt;

  @Column(length = 200)
  private String submittedBy;

  private Long submittedByPersonId;

  private Long submittedByAccountId;

  private Instant submittedAt;

  @Column(length = 200)
  private String verifiedBy;

  private Long verifiedByPersonId;

  private Long verifiedByAccountId;

  private Instant verifiedAt;

  private Instant publishedAt;

  protected IndicatorValue() {}

  public IndicatorValue(Indicator indicator, Period period) {
    this.indicator = indicator;
    this.period = period;
  }

  /**
   * Records the figures and commentary. Changing a published value needs a reason and sends it back
   * for verification; changing a verified one also needs verifying again.
   */
  public void record(
      Measurement measurement,
      String commentary,
      String remedialAction,
      String reason,
      PersonRef by,
      Instant at) {
    record(measurement, commentary, remedialAction, reason, null, by, at);
  }

  /**
   * As above, for a period a closed reporting period covers ({@code lockedIn}, null when none): its
   * values are locked, so any change needs a reason and goes back for verification, as a change to
   * a published value does.
   */
  public void record(
      Measurement measurement,
      String commentary,
      String remedialAction,
      String reason,
      Period lockedIn,
      PersonRef by,
      Instant at) {
    String needed = reasonNeeded(lockedIn);
    if (needed != null && (reason == null || reason.isBlank())) {
      throw new RuleViolationException("changeReason", needed);
    }
    if (needed != null || state == ValueState.VERIFIED) {
      state = ValueState.SUBMITTED;
      setSubmittedBy(by);
      submittedAt = at;
    }
    this.amount = measurement.value();
    this.numerator = measurement.numerator();
    this.denominator = measurement.denominator();
    this.commentary = commentary;
    this.remedialAction = remedialAction;
    this.changeReason = reason;
    setEnteredBy(by);
    this.enteredAt = at;
    this.historic = false;
    setVerifiedBy(null);
    this.verifiedAt = null;
  }

  /**
   * Sends the value for verification. An amber or red value needs commentary and a remedial action
   * first (SPEC §4).
   */
  public void submit(Status status, PersonRef by, Instant at) {
    if (state != ValueState.ENTERED && state != ValueState.SUBMITTED) {
      throw new RuleViolationException(
          null, "This value is " + state.label().toLowerCase() + " already.");
    }
    requireExplanation(status);
    state = ValueState.SUBMITTED;
    setSubmittedBy(by);
    submittedAt = at;
  }

  /** Checks that an amber or red value is explained, naming whatever is missing at once. */
  public void requireExplanation(Status status) {
    Map<String, String> missing = unexplained(status, commentary, remedialAction);
    if (!missing.isEmpty()) {
      throw new RuleViolationsException(missing);
    }
  }

  /**
   * What an amber or red value still needs to be explained, field then message: the commentary, the
   * remedial action or both; nothing for a green value or one explained.
   */
  public static Map<String, String> unexplained(
      Status status, String commentary, String remedialAction) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (!status.needsExplanation()) {
      return missing;
    }
    if (commentary == null || commentary.isBlank()) {
      missing.put(
          "commentary",
          "The value is "
              + status.label().toLowerCase()
              + ". Explain in the commentary why the target is being missed.");
    }
    if (remedialAction == null || remedialAction.isBlank()) {
      missing.put(
          "remedialAction",
          "The value is "
              + status.label().toLowerCase()
              + ". Say what is being done to bring it back on target.");
    }
    return missing;
  }

  /**
   * Why changing the value needs a reason (it is locked in a closed reporting period, {@code
   * lockedIn}, or published), or null when it needs none.
   */
  String reasonNeeded(Period lockedIn) {
    if (lockedIn != null) {
      return "The reporting period "
          + lockedIn.label()
          + " is closed, so this value is locked. Give the reason for changing it.";
    }
    return state == ValueState.PUBLISHED
        ? "This value has been published. Give the reason for changing it."
        : null;
  }

  /**
   * The accountable manager confirms the value; not the person who entered it, known by id whatever
   * either is called.
   */
  public void verify(PersonRef by, Instant at) {
    if (state != ValueState.SUBMITTED) {
      throw new RuleViolationException(null, "Only a submitted value can be verified.");
    }
    if (by.isSamePersonAs(getEnteredByPerson())) {
      throw new RuleViolationException(
          null, "You entered this value, so someone else must verify it.");
    }
    state = ValueState.VERIFIED;
    setVerifiedBy(by);
    verifiedAt = at;
  }

  /** Sends a submitted value back to the person who entered it, saying what to correct. */
  public void returnForCorrection(String reason) {
    if (state != ValueState.SUBMITTED) {
      throw new RuleViolationException(null, "Only a submitted value can be returned.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "Say what needs correcting.");
    }
    state = ValueState.ENTERED;
    changeReason = reason;
  }

  public void publish(Instant at) {
    if (state != ValueState.VERIFIED) {
      throw new RuleViolationException(null, "Only a verified value can be published.");
    }
    state = ValueState.PUBLISHED;
    publishedAt = at;
  }

  /**
   * A value from before the product was used, imported as published. It may lack commentary; it is
   * marked as historic rather than refused.
   */
  public void recordHistoric(
      Measurement measurement, String commentary, String remedialAction, PersonRef by, Instant at) {
    this.amount = measurement.value();
    this.numerator = measurement.numerator();
    this.denominator = measurement.denominator();
    this.commentary = commentary;
    this.remedialAction = remedialAction;
    setEnteredBy(by);
    this.enteredAt = at;
    this.historic = true;
    this.state = ValueState.PUBLISHED;
    this.publishedAt = at;
  }

  private void setEnteredBy(PersonRef by) {
    enteredBy = by.name();
    enteredByPersonId = by.personId();
    enteredByAccountId = by.accountId();
  }

  private void setSubmittedBy(PersonRef by) {
    submittedBy = by.name();
    submittedByPersonId = by.personId();
    submittedByAccountId = by.accountId();
  }

  private void setVerifiedBy(PersonRef by) {
    verifiedBy = by == null ? null : by.name();
    verifiedByPersonId = by == null ? null : by.personId();
    verifiedByAccountId = by == null ? null : by.accountId();
  }

  public Measurement measurement() {
    return new Measurement(amount, numerator, denominator);
  }

  @Override
  public String label() {
    return indicator.getCode() + " " + period.label();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Period getPeriod() {
    return period;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getNumerator() {
    return numerator;
  }

  public BigDecimal getDenominator() {
    return denominator;
  }

  public String getCommentary() {
    return commentary;
  }

  /**
   * Sets the officer's year-end forecast and its basis (both may be null): a forecast is a figure
   * for the year, so it does not change the value's status or send it back for verification.
   */
  public void forecast(BigDecimal forecast, String basis) {
    this.forecast = forecast;
    this.forecastBasis = basis == null || basis.isBlank() ? null : basis.strip();
  }

  /**
   * Whether the value already holds these figures, commentary and remedial action (figures compared
   * exactly, whatever their scale): a change of nothing else, such as the forecast alone, is not a
   * change to the value.
   */
  public boolean holds(Measurement measurement, String commentary, String remedialAction) {
    return same(amount, measurement.value())
        && same(numerator, measurement.numerator())
        && same(denominator, measurement.denominator())
        && Objects.equals(this.commentary, commentary)
        && Objects.equals(this.remedialAction, remedialAction);
  }

  /** Whether the forecast and its basis are these (figures compared exactly). */
  public boolean forecasts(BigDecimal forecast, String basis) {
    return same(this.forecast, forecast)
        && Objects.equals(forecastBasis, basis == null || basis.isBlank() ? null : basis.strip());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  public BigDecimal getForecast() {
    return forecast;
  }

  public String getForecastBasis() {
    return forecastBasis;
  }

  public String getRemedialAction() {
    return remedialAction;
  }

  public ValueState getState() {
    return state;
  }

  public boolean isHistoric() {
    return historic;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  /** Who entered the value, by id, with their name as shown then. */
  public PersonRef getEnteredByPerson() {
    return PersonRef.recorded(enteredBy, enteredByPersonId, enteredByAccountId);
  }

  public PersonRef getSubmittedByPerson() {
    return PersonRef.recorded(submittedBy, submittedByPersonId, submittedByAccountId);
  }

  public PersonRef getVerifiedByPerson() {
    return PersonRef.recorded(verifiedBy, verifiedByPersonId, verifiedByAccountId);
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}

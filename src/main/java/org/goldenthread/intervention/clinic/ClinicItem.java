package org.goldenthread.intervention.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.goldenthread.action.Action;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.intervention.Intervention;
import org.goldenthread.risk.Risk;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * An item of a clinic's agenda: an indicator, an action or a risk; the intervention that brought it
 * there and the level it stood at, when it came from the ladder; the challenge raised and what was
 * decided.
 */
@Entity
@Audited
public class ClinicItem extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Clinic clinic;

  @Column(nullable = false)
  private int sortOrder;

  @ManyToOne(fetch = FetchType.LAZY)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  private Action action;

  @ManyToOne(fetch = FetchType.LAZY)
  private Risk risk;

  @ManyToOne(fetch = FetchType.LAZY)
  private Intervention intervention;

  private Integer interventionLevel;

  @Column(length = 4000)
  private String challenge;

  /** The outcomes by name, separated by commas (none yet: null). */
  @Column(length = 300)
  private String outcomes;

  @Column(length = 4000)
  private String note;

  protected ClinicItem() {}

  static ClinicItem of(Clinic clinic, Intervention intervention) {
    ClinicItem item = new ClinicItem();
    item.clinic = clinic;
    item.intervention = intervention;
    item.interventionLevel = intervention.getLevel();
    item.indicator = intervention.getIndicator();
    item.action = intervention.getAction();
    return item;
  }

  static ClinicItem of(Clinic clinic, Indicator indicator) {
    ClinicItem item = new ClinicItem();
    item.clinic = clinic;
    item.indicator = indicator;
    return item;
  }

  static ClinicItem of(Clinic clinic, Action action) {
    ClinicItem item = new ClinicItem();
    item.clinic = clinic;
    item.action = action;
    return item;
  }

  static ClinicItem of(Clinic clinic, Risk risk) {
    ClinicItem item = new ClinicItem();
    item.clinic = clinic;
    item.risk = risk;
    return item;
  }

  void placeAt(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  /** What the clinic said and decided. */
  void record(String challenge, Collection<ClinicOutcome> outcomes, String note) {
    this.challenge = challenge;
    this.outcomes =
        outcomes == null || outcomes.isEmpty()
            ? null
            : outcomes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.note = note;
  }

  @Override
  public String label() {
    return subjectLabel();
  }

  /** What kind of thing the item is about, in words. */
  public String subjectKind() {
    return indicator != null ? "Indicator" : action != null ? "Action" : "Risk";
  }

  /** The subject's code and title. */
  public String subjectLabel() {
    if (indicator != null) {
      return indicator.label();
    }
    if (action != null) {
      return action.label();
    }
    return risk.getCode() + " " + risk.getTitle();
  }

  /** The address of the subject's own page. */
  public String subjectPath() {
    if (indicator != null) {
      return "/indicators/" + indicator.getId();
    }
    return action != null ? "/actions/" + action.getId() : "/risks/" + risk.getId();
  }

  public boolean isFromLadder() {
    return intervention != null;
  }

  public Clinic getClinic() {
    return clinic;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Action getAction() {
    return action;
  }

  public Risk getRisk() {
    return risk;
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public Integer getInterventionLevel() {
    return interventionLevel;
  }

  public String getChallenge() {
    return challenge;
  }

  public List<ClinicOutcome> getOutcomes() {
    return outcomes == null
        ? List.of()
        : Arrays.stream(outcomes.split(",")).map(ClinicOutcome::valueOf).toList();
  }

  public String getNote() {
    return note;
  }

  /** Whether anything has been recorded for the item yet. */
  public boolean isRecorded() {
    return challenge != null || outcomes != null || note != null;
  }
}

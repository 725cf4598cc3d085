package org.goldenthread.intervention.clinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A performance clinic: a meeting of a body on a date, covering the whole council or one unit, with
 * the people attending (by id), its agenda in order and the good performance it recognised. It is
 * planned, then held; once held its agenda is fixed, while what was said can still be written up.
 */
@Entity
@Audited
public class Clinic extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  @Column(nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private ClinicState state = ClinicState.PLANNED;

  private Instant heldAt;

  @ElementCollection
  @CollectionTable(name = "clinic_attendee", joinColumns = @JoinColumn(name = "clinic_id"))
  @Column(name = "person_id")
  private Set<Long> attendeeIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "clinic", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<ClinicItem> items = new ArrayList<>();

  @OneToMany(mappedBy = "clinic", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ClinicRecognition> recognitions = new ArrayList<>();

  protected Clinic() {}

  public Clinic(Body body, OrgUnit orgUnit, LocalDate heldOn, String title) {
    plan(body, orgUnit, heldOn, title);
  }

  /** Sets what the clinic is; its body is fixed once it has been held. */
  void plan(Body body, OrgUnit orgUnit, LocalDate heldOn, String title) {
    this.body = body;
    this.orgUnit = orgUnit;
    this.heldOn = heldOn;
    this.title = title;
  }

  void attend(Collection<Long> personIds) {
    attendeeIds.retainAll(personIds);
    attendeeIds.addAll(personIds);
  }

  /** Adds an item at the end of the agenda. */
  ClinicItem add(ClinicItem item) {
    refuseIfHeld("An item is not added to a clinic that has been held");
    item.placeAt(items.stream().mapToInt(ClinicItem::getSortOrder).max().orElse(0) + 1);
    items.add(item);
    return item;
  }

  void remove(ClinicItem item) {
    refuseIfHeld("An item is not taken off the agenda of a clinic that has been held");
    items.remove(item);
  }

  /** Moves an item one place up (towards the start) or down the agenda. */
  void move(ClinicItem item, boolean up) {
    List<ClinicItem> ordered = getItems();
    int at = ordered.indexOf(item);
    int to = up ? at - 1 : at + 1;
    if (at < 0 || to < 0 || to >= ordered.size()) {
      return;
    }
    ClinicItem other = ordered.get(to);
    int mine = item.getSortOrder();
    item.placeAt(other.getSortOrder());
    other.placeAt(mine);
  }

  ClinicRecognition recognise(ClinicRecognition recognition) {
    recognitions.add(recognition);
    return recognition;
  }

  void forget(ClinicRecognition recognition) {
    recognitions.remove(recognition);
  }

  /** The meeting took place. */
  void held(Instant at) {
    refuseIfHeld("This clinic has already been recorded as held");
    state = ClinicState.HELD;
    heldAt = at;
  }

  private void refuseIfHeld(String message) {
    if (state == ClinicState.HELD) {
      throw new RuleViolationException(null, message);
    }
  }

  @Override
  public String label() {
    return title;
  }

  public Body getBody() {
    return body;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTitle() {
    return title;
  }

  public ClinicState getState() {
    return state;
  }

  public boolean isHeld() {
    return state == ClinicState.HELD;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public Set<Long> getAttendeeIds() {
    return Set.copyOf(attendeeIds);
  }

  /** The agenda in order. */
  public List<ClinicItem> getItems() {
    return items.stream().sorted(Comparator.comparingInt(ClinicItem::getSortOrder)).toList();
  }

  public List<ClinicRecognition> getRecognitions() {
    return List.copyOf(recognitions);
  }
}

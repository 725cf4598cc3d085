package org.goldenthread.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An officer (with an org unit and a line manager), a councillor (with a ward and party) or a
 * partner organisation's contact. Roles on bodies and portfolios are held separately, so one person
 * can hold several.
 */
@Entity
@Audited
public class Person extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PersonType type;

  @Column(length = 200)
  private String jobTitle;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person lineManager;

  @Column(length = 200)
  private String ward;

  @Column(length = 200)
  private String party;

  @ManyToOne(fetch = FetchType.LAZY)
  private Organisation organisation;

  @Column(nullable = false)
  private boolean active = true;

  protected Person() {}

  public Person(String fullName, PersonType type) {
    this.fullName = fullName;
    this.type = type;
  }

  public void updateContact(String jobTitle, String email, String phone) {
    this.jobTitle = jobTitle;
    this.email = email;
    this.phone = phone;
  }

  public void rename(String fullName) {
    this.fullName = fullName;
  }

  public void changeType(PersonType type) {
    this.type = type;
  }

  /** Places an officer in a unit under a line manager; refuses a chain of managers that loops. */
  public void placeIn(OrgUnit unit, Person manager) {
    for (Person boss = manager; boss != null; boss = boss.getLineManager()) {
      if (boss.equals(this)) {
        throw new RuleViolationException(
            "lineManagerId",
            "A person cannot be their own line manager, directly or through others.");
      }
    }
    this.orgUnit = unit;
    this.lineManager = manager;
  }

  public void representWard(String ward, String party) {
    this.ward = ward;
    this.party = party;
  }

  public void belongTo(Organisation organisation) {
    this.organisation = organisation;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public String label() {
    return fullName;
  }

  public String getFullName() {
    return fullName;
  }

  public PersonType getType() {
    return type;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public Person getLineManager() {
    return lineManager;
  }

  public String getWard() {
    return ward;
  }

  public String getParty() {
    return party;
  }

  /** A councillor's contact details are published by the council; an officer's are not. */
  public boolean hasPublishedContactDetails() {
    return type == PersonType.COUNCILLOR;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public boolean isActive() {
    return active;
  }
}

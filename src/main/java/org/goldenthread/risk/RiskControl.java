package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** What is in place today to hold a risk: a control, its owner, and how well it works. */
@Entity
@Audited
public class RiskControl extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Risk risk;

  @Column(nullable = false, length = 2000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person owner;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Effectiveness effectiveness;

  protected RiskControl() {}

  RiskControl(Risk risk) {
    this.risk = risk;
  }

  public void describe(String description, Person owner, Effectiveness effectiveness) {
    this.description = description;
    this.owner = owner;
    this.effectiveness = effectiveness;
  }

  @Override
  public String label() {
    return description;
  }

  public Risk getRisk() {
    return risk;
  }

  public String getDescription() {
    return description;
  }

  public Person getOwner() {
    return owner;
  }

  public Effectiveness getEffectiveness() {
    return effectiveness;
  }
}

package org.goldenthread.organisation.governance;

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

/** A person's seat on a body, and their role there. */
@Entity
@Audited
public class BodyMembership extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Body body;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private MembershipRole role;

  protected BodyMembership() {}

  public BodyMembership(Body body, Person person, MembershipRole role) {
    this.body = body;
    this.person = person;
    this.role = role;
  }

  @Override
  public String label() {
    return person.getFullName() + " on " + body.getName();
  }

  public Body getBody() {
    return body;
  }

  public Person getPerson() {
    return person;
  }

  public MembershipRole getRole() {
    return role;
  }
}

package org.goldenthread.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;

/**
 * The private address of a person's or a body's calendar feed. Its token is the only key to the
 * feed, so it is deliberately not audited (an audit reader would learn it): who made a new address
 * goes to the application log instead.
 */
@Entity
public class CalendarFeed extends BaseEntity {

  @Column(nullable = false, length = 64, unique = true)
  private String token;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body body;

  @Column(nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  private CalendarFeed(Person person, Body body, String token, Instant createdAt) {
    this.person = person;
    this.body = body;
    this.token = token;
    this.createdAt = createdAt;
  }

  static CalendarFeed ofPerson(Person person, String token, Instant createdAt) {
    return new CalendarFeed(person, null, token, createdAt);
  }

  static CalendarFeed ofBody(Body body, String token, Instant createdAt) {
    return new CalendarFeed(null, body, token, createdAt);
  }

  /** A new address: the old token stops working at once. */
  void renew(String newToken, Instant at) {
    this.token = newToken;
    this.createdAt = at;
  }

  @Override
  public String label() {
    return person != null ? "Calendar feed of " + person.getFullName() : "Calendar feed of a body";
  }

  public String getToken() {
    return token;
  }

  public Person getPerson() {
    return person;
  }

  public Body getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

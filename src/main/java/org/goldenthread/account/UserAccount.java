package org.goldenthread.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * How a person signs in: a local password, or (later) an identity at the council's single sign-on
 * provider, and the roles the account holds.
 */
@Entity
@Audited
public class UserAccount extends BaseEntity {

  @Column(nullable = false, length = 100, unique = true)
  private String username;

  // The hash never appears in the audit trail; the time it changed does.
  @NotAudited
  @Column(length = 200)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person person;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(nullable = false)
  private boolean demo;

  @Column(length = 300)
  private String externalIssuer;

  @Column(length = 300)
  private String externalSubject;

  private Instant passwordChangedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  // Sign-in throttling state is kept out of the audit trail and the version (see SignInThrottle).
  @NotAudited
  @Column(nullable = false, insertable = false, updatable = false)
  private int failedAttempts;

  @NotAudited
  @Column(insertable = false, updatable = false)
  private Instant lockedUntil;

  @NotAudited
  @Column(insertable = false, updatable = false)
  private Instant lastSignInAt;

  @NotAudited
  @Column(insertable = false, updatable = false)
  private Instant lastFailedSignInAt;

  @NotAudited
  @Column(insertable = false, updatable = false, length = 100)
  private String lastFailedSignInFrom;

  // Wrong passwords between the previous sign-in and the latest, told to the holder.
  @NotAudited
  @Column(nullable = false, insertable = false, updatable = false)
  private int reportedFailedSignIns;

  @NotAudited
  @Column(insertable = false, updatable = false)
  private Instant reportedFailedSignInAt;

  @NotAudited
  @Column(insertable = false, updatable = false, length = 100)
  private String reportedFailedSignInFrom;

  protected UserAccount() {}

  public UserAccount(String username, Person person, Set<Role> roles) {
    this.username = username;
    this.person = person;
    replaceRoles(roles);
  }

  public void setPassword(String hash, Instant when) {
    this.passwordHash = hash;
    this.passwordChangedAt = when;
  }

  public void replaceRoles(Set<Role> newRoles) {
    roles.retainAll(newRoles);
    roles.addAll(newRoles);
  }

  public void linkPerson(Person person) {
    this.person = person;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public void markDemo() {
    this.demo = true;
  }

  /** Links the account to an identity at a single sign-on provider. */
  public void linkExternalIdentity(String issuer, String subject) {
    this.externalIssuer = issuer;
    this.externalSubject = subject;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  @Override
  public String label() {
    return username;
  }

  /** The account as recorded beside what it does: its person, if linked, and the name shown. */
  public PersonRef recordedAs() {
    return person == null
        ? new PersonRef(null, getId(), username)
        : new PersonRef(person.getId(), getId(), person.getFullName());
  }

  public String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Person getPerson() {
    return person;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isDemo() {
    return demo;
  }

  public String getExternalIssuer() {
    return externalIssuer;
  }

  public String getExternalSubject() {
    return externalSubject;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  /** What to tell the holder about wrong passwords before their latest sign-in, if any. */
  public Optional<FailedSignIns> failedSignInsBeforeLatest() {
    return reportedFailedSignIns > 0
        ? Optional.of(
            new FailedSignIns(
                reportedFailedSignIns, reportedFailedSignInAt, reportedFailedSignInFrom))
        : Optional.empty();
  }
}

package org.goldenthread.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A personal API token: lets a program act as its owner on the JSON API. Only a hash is kept; the
 * token itself is shown once, when created.
 */
@Entity
@Audited
public class ApiToken extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private UserAccount account;

  @Column(nullable = false, length = 100)
  private String name;

  @NotAudited
  @Column(nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Column(nullable = false, length = 12)
  private String prefix;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant expiresAt;

  private Instant revokedAt;

  @NotAudited
  @Column(insertable = false, updatable = false)
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(
      UserAccount account,
      String name,
      String tokenHash,
      String prefix,
      Instant createdAt,
      Instant expiresAt) {
    this.account = account;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = when;
    }
  }

  boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  @Override
  public String label() {
    return name + " (" + prefix + "…)";
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}

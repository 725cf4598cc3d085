package org.goldenthread.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * A person's choice to be told only what cannot be turned off: deadline, late and chase notices.
 */
@Entity
@Audited
public class NoticeSetting extends BaseEntity {

  @Column(nullable = false, unique = true)
  private long personId;

  @Column(nullable = false)
  private boolean essentialOnly;

  protected NoticeSetting() {}

  NoticeSetting(long personId) {
    this.personId = personId;
  }

  void choose(boolean essentialOnly) {
    this.essentialOnly = essentialOnly;
  }

  @Override
  public String label() {
    return essentialOnly ? "Deadline and late notices only" : "Every notice";
  }

  public long getPersonId() {
    return personId;
  }

  public boolean isEssentialOnly() {
    return essentialOnly;
  }
}

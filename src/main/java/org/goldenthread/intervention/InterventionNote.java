package org.goldenthread.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * What a re-evaluation changed in an intervention's record, in words (SPEC §8: a value corrected
 * after its period was evaluated re-evaluates that period and those after it, and the
 * intervention's record says what changed).
 */
@Entity
@Audited
public class InterventionNote extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Intervention intervention;

  @Column(nullable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = 4000)
  private String text;

  protected InterventionNote() {}

  InterventionNote(Intervention intervention, Instant at, String text) {
    this.intervention = intervention;
    this.recordedAt = at;
    this.text = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  @Override
  public String label() {
    return "Note on " + intervention.label();
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getText() {
    return text;
  }
}

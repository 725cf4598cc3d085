package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * What one level of likelihood, or of impact in one area, means: "4 — Likely: more likely than not
 * in the next year". The performance team keeps them; forms show them beside the choice.
 */
@Entity
@Audited
public class RiskDescriptor extends BaseEntity {

  /** Which scale a descriptor belongs to. */
  public enum Scale {
    LIKELIHOOD,
    IMPACT
  }

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Scale scale;

  @Column(nullable = false)
  private int level;

  /** The impact area ("Financial", "Reputation"); empty for likelihood. */
  @Column(nullable = false, length = 60)
  private String area;

  @Column(nullable = false, length = 40)
  private String word;

  @Column(nullable = false, length = 1000)
  private String description;

  protected RiskDescriptor() {}

  public RiskDescriptor(Scale scale, int level, String area, String word, String description) {
    this.scale = scale;
    this.level = level;
    this.area = area == null ? "" : area;
    describe(word, description);
  }

  public void describe(String word, String description) {
    this.word = word;
    this.description = description;
  }

  @Override
  public String label() {
    return level + " — " + word;
  }

  public Scale getScale() {
    return scale;
  }

  public int getLevel() {
    return level;
  }

  public String getArea() {
    return area;
  }

  public String getWord() {
    return word;
  }

  public String getDescription() {
    return description;
  }
}

package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.envers.Audited;

/**
 * A kind of risk from the list the performance team keeps (financial, legal and regulatory, …),
 * with the council's appetite for it: the highest current score it accepts (SPEC §6). A risk whose
 * current score is above its category's appetite is flagged.
 */
@Entity
@Audited
public class RiskCategory extends BaseEntity {

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  /** Null when the council has set no appetite for this kind of risk. */
  private Integer appetite;

  @Column(nullable = false)
  private int sortOrder;

  protected RiskCategory() {}

  public RiskCategory(String code, String name, Integer appetite, int sortOrder) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
    setAppetite(appetite);
  }

  public void rename(String code, String name, int sortOrder) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public void setAppetite(Integer appetite) {
    if (appetite != null && (appetite < 1 || appetite > 25)) {
      throw new RuleViolationException(
          "appetite", "The appetite is a score from 1 to 25, or left empty for none");
    }
    this.appetite = appetite;
  }

  /** Whether a current score is above what the council accepts for this kind of risk. */
  public boolean isAboveAppetite(int currentScore) {
    return appetite != null && currentScore > appetite;
  }

  @Override
  public String label() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Integer getAppetite() {
    return appetite;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}

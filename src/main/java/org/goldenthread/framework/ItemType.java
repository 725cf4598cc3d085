package org.goldenthread.framework;

/**
 * The levels of the golden thread, top to bottom (SPEC §2). Values are listed but not measured and
 * take no part in the thread.
 */
public enum ItemType {
  VISION("Vision", 0),
  THEME("Theme", 1),
  AIM("Aim", 2),
  PRIORITY("Priority", 3),
  OBJECTIVE("Objective", 4),
  OUTCOME("Outcome", 4),
  VALUE("Value", -1);

  private final String label;
  private final int level;

  ItemType(String label, int level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  /** "an aim", "a priority": the label in a sentence. */
  public String withArticle() {
    String lower = label.toLowerCase();
    return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
  }

  /** 0 for the vision, larger further down; -1 for values, which sit outside the thread. */
  public int level() {
    return level;
  }

  public boolean inThread() {
    return level >= 0;
  }

  /**
   * Whether an item of this type may contribute to one of {@code parent}'s type: to a higher level,
   * or (objectives and outcomes) to another objective or outcome, as a service objective
   * contributes to a corporate outcome.
   */
  public boolean canContributeTo(ItemType parent) {
    if (!inThread() || !parent.inThread() || this == VISION) {
      return false;
    }
    return parent.level < level || (level == OBJECTIVE.level && parent.level == level);
  }

  /** Every item but the vision and values should contribute to something above it. */
  public boolean needsParent() {
    return inThread() && this != VISION;
  }
}

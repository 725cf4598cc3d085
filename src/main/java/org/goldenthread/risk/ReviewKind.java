package org.goldenthread.risk;

/** What put an entry in a risk's score history. */
public enum ReviewKind {
  /** The risk's first assessment, when it was opened. */
  OPENED("Opened"),
  /** A review by its owner, accountable person or the performance team. */
  REVIEW("Review"),
  /** A register import that brought a new current score or review date. */
  IMPORT("Import"),
  /** An edit of the risk that changed its current score outside a review. */
  EDIT("Edit");

  private final String label;

  ReviewKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

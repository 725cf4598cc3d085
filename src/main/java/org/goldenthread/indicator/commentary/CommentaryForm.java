package org.goldenthread.indicator.commentary;

import jakarta.validation.constraints.Size;

/** Commentary and remedial action for a period of a calculated indicator, as the officer writes. */
public record CommentaryForm(
    @Size(max = 4000, message = "Commentary must be 4,000 characters or fewer") String commentary,
    @Size(max = 4000, message = "Remedial action must be 4,000 characters or fewer")
        String remedialAction,
    Long version) {

  static CommentaryForm of(CalculatedCommentary c) {
    return new CommentaryForm(c.getCommentary(), c.getRemedialAction(), c.getVersion());
  }

  static CommentaryForm blank() {
    return new CommentaryForm(null, null, null);
  }

  CommentaryForm withVersion(long newVersion) {
    return new CommentaryForm(commentary, remedialAction, newVersion);
  }
}

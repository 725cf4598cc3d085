package org.goldenthread.audit;

import java.time.Instant;
import java.util.List;

/** A record created, changed or deleted in one revision: who, when, and each field's values. */
public record RecordChange(
    long revision,
    Instant occurredAt,
    String actor,
    String actorName,
    String recordType,
    String recordTypeLabel,
    String recordId,
    String recordLabel,
    String action,
    List<FieldChange> fields) {

  public String actionLabel() {
    return switch (action) {
      case "CREATED" -> "Created";
      case "DELETED" -> "Deleted";
      default -> "Changed";
    };
  }
}

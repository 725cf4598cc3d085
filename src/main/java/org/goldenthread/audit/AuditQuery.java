package org.goldenthread.audit;

import java.time.LocalDate;

/**
 * Filters for the audit trail; any may be empty. {@code recordId} is a record's number or its code
 * ("P3", "REV-01"); {@code kind} the kind of change: CREATED, CHANGED or DELETED.
 */
public record AuditQuery(
    String recordType, String recordId, String actor, LocalDate from, LocalDate to, String kind) {

  public AuditQuery(
      String recordType, String recordId, String actor, LocalDate from, LocalDate to) {
    this(recordType, recordId, actor, from, to, null);
  }

  public static AuditQuery forRecord(String recordType, Object recordId) {
    return new AuditQuery(recordType, String.valueOf(recordId), null, null, null);
  }
}

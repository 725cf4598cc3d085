package org.goldenthread.audit;

/** One field of a record, before and after a change; blank where there was no value. */
public record FieldChange(String field, String before, String after) {}

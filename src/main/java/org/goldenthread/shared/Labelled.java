package org.goldenthread.shared;

/**
 * Something a person can recognise by a short label: a record in a list, a value in the audit
 * trail.
 */
public interface Labelled {

  String label();
}

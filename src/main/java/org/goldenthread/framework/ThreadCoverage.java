package org.goldenthread.framework;

import java.util.Set;

/**
 * Something that delivers or measures framework items: indicators measure them, actions deliver
 * them. Capabilities that link to the thread provide one, and the gap check asks each which items
 * they cover.
 */
public interface ThreadCoverage {

  /** What the coverage is, as the gap check names it: "measured by an indicator". */
  String description();

  /** The framework items covered. */
  Set<Long> coveredItemIds();
}

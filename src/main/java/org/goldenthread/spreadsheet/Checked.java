package org.goldenthread.spreadsheet;

import java.util.List;

/** What a capability's check made of a file: the rows to write, or every problem in it. */
public interface Checked {

  List<Problem> problems();

  default boolean clean() {
    return problems().isEmpty();
  }
}

package org.goldenthread.spreadsheet;

/** Told how far an import has got: how many rows the file has, and how many are checked, saved. */
public interface RowProgress {

  /** For an import no one watches. */
  RowProgress NONE = new RowProgress() {};

  default void rows(int count) {}

  default void checked(int count) {}

  default void saved(int count) {}
}

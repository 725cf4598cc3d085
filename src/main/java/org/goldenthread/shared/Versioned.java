package org.goldenthread.shared;

/** Checks the version a form was opened at against the record's current version. */
public final class Versioned {

  private Versioned() {}

  public static void check(String what, long current, Long submitted) {
    if (submitted != null && submitted != current) {
      throw new ConcurrentEditException(what, current);
    }
  }
}

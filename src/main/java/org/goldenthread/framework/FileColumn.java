package org.goldenthread.framework;

import java.util.Locale;

/** A column an import file may have, with what a council officer puts in it. */
public interface FileColumn {

  String heading();

  boolean required();

  String guidance();

  /** Whether a file needs the column, as the import page lists it. */
  default String needed() {
    return required() ? "Required" : "Optional";
  }

  /** "Decimal places", "decimal-places" and "DECIMAL_PLACES" all name decimal_places. */
  static String key(String heading) {
    return heading == null ? "" : heading.trim().toLowerCase(Locale.UK).replaceAll("[\\s_-]+", "_");
  }
}

package org.goldenthread.indicator;

import java.util.Locale;

/** A column an indicator import file may have, with what a council officer puts in it. */
interface FileColumn {

  String heading();

  boolean required();

  String guidance();

  /** "Decimal places", "decimal-places" and "DECIMAL_PLACES" all name decimal_places. */
  static String key(String heading) {
    return heading == null ? "" : heading.trim().toLowerCase(Locale.UK).replaceAll("[\\s_-]+", "_");
  }
}

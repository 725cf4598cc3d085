package org.goldenthread.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns a framework import file may have, with what a council officer puts in each. */
enum ImportColumn implements FileColumn {
  CODE(
      "code",
      true,
      "A short reference for the item, different from every other item's, for example P3 or"
          + " REV-O1. Letters, numbers, dots, slashes, hyphens and underscores, up to 30"
          + " characters."),
  TYPE("type", true, "Vision, Theme, Aim, Priority, Objective, Outcome or Value."),
  TITLE("title", true, "The item's name, up to 300 characters."),
  DESCRIPTION("description", false, "More about the item, up to 4,000 characters."),
  CONTRIBUTES_TO(
      "contributes_to",
      false,
      "The codes of the items this one contributes to, separated by semicolons, for example"
          + " A1;A2. They may be items already in Golden Thread or items anywhere in the file."),
  RESPONSIBLE(
      "responsible",
      false,
      "The email address or full name of the person responsible, as recorded under People."),
  ACCOUNTABLE(
      "accountable",
      false,
      "The email address or full name of the person accountable, as recorded under People."),
  ORDER("order", false, "A whole number from 0 to 9999. Lower numbers are listed first.");

  private final String heading;
  private final boolean required;
  private final String guidance;

  ImportColumn(String heading, boolean required, String guidance) {
    this.heading = heading;
    this.required = required;
    this.guidance = guidance;
  }

  @Override
  public String heading() {
    return heading;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public String guidance() {
    return guidance;
  }

  /**
   * The column a heading names, ignoring case, surrounding spaces and whether words are joined by
   * spaces, hyphens or underscores ("Contributes to" is contributes_to).
   */
  static Optional<ImportColumn> named(String heading) {
    String key = heading.trim().toLowerCase(Locale.UK).replaceAll("[\\s_-]+", "_");
    return Arrays.stream(values()).filter(c -> c.heading.equals(key)).findFirst();
  }
}

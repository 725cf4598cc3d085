package org.goldenthread.framework.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldenthread.framework.ItemType;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Limits;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.Parser;
import org.goldenthread.spreadsheet.SheetLayout;

/** The columns a framework import file may have, with what a council officer puts in each. */
public final class FrameworkColumns {

  private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,29}");
  private static final Pattern ORDER_PATTERN = Pattern.compile("\\d{1,4}");
  private static final String TYPES = "Vision, Theme, Aim, Priority, Objective, Outcome or Value";
  private static final String SPLIT =
      "split it into smaller files and import them one after another, higher levels first.";

  static final Column<String> CODE =
      Column.required(
              "code",
              "A short reference for the item, different from every other item's, for example P3"
                  + " or REV-O1. Letters, numbers, dots, slashes, hyphens and underscores, up to 30"
                  + " characters.")
          .parsed(FrameworkColumns::code);
  static final Column<ItemType> TYPE =
      Column.required("type", TYPES + ".").parsed(FrameworkColumns::type);
  static final Column<String> TITLE =
      Column.required("title", "The item's name, up to 300 characters.")
          .parsed(
              text ->
                  text.isEmpty()
                      ? Parsed.refused("Enter a title for the item.")
                      : Parser.text("title", 300).parse(text));
  static final Column<String> DESCRIPTION =
      Column.optional("description", "More about the item, up to 4,000 characters.")
          .parsed(Parser.text("description", 4_000));
  static final Column<List<String>> CONTRIBUTES_TO =
      Column.optional(
              "contributes_to",
              "The codes of the items this one contributes to, separated by semicolons, for"
                  + " example A1;A2. They may be items already in Golden Thread or items anywhere"
                  + " in the file.")
          .parsed(FrameworkColumns::codes);
  static final Column<String> RESPONSIBLE =
      Column.optional(
          "responsible",
          "The email address or full name of the person responsible, as recorded under People.");
  static final Column<String> ACCOUNTABLE =
      Column.optional(
          "accountable",
          "The email address or full name of the person accountable, as recorded under People.");
  static final Column<Integer> ORDER =
      Column.optional("order", "A whole number from 0 to 9999. Lower numbers are listed first.")
          .parsed(FrameworkColumns::order)
          .numbers();

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "Framework items",
              "item",
              new Limits(
                  2L * 1024 * 1024,
                  5_000,
                  "The file has more than 5,000 items. Split it into smaller files and import them"
                      + " one after another, higher levels first.",
                  SPLIT),
              CODE,
              TYPE,
              TITLE,
              DESCRIPTION,
              CONTRIBUTES_TO,
              RESPONSIBLE,
              ACCOUNTABLE,
              ORDER)
          .inBrief("code, type, title and so on")
          .requiredBecause(": code, type and title are needed for every item")
          .example("V1", "Vision", "A thriving, fair and green borough", "", "", "", "", "1")
          .example("T1", "Theme", "Healthy and safe communities", "", "V1", "", "", "1")
          .example("A1", "Aim", "People live longer, healthier lives", "", "T1", "", "", "1")
          .example(
              "P1",
              "Priority",
              "Reduce the time taken to process benefit claims",
              "New claims and changes of circumstances",
              "A1",
              "priya.shah@example.gov.uk",
              "",
              "1")
          .example(
              "O1", "Outcome", "Claims decided within 20 days", "", "P1", "Priya Shah", "", "1")
          .example("VAL1", "Value", "We listen and act", "", "", "", "", "1");

  private FrameworkColumns() {}

  /** The code if it can be used; none (with why) if it is missing or malformed. */
  private static Parsed<String> code(String code) {
    if (code.isEmpty()) {
      return Parsed.refused("Enter a code for the item, for example P3 or REV-O1.");
    }
    if (code.length() > 30) {
      return Parsed.refused(
          "The code "
              + code
              + " is "
              + code.length()
              + " characters long. Codes can be up to 30 characters.");
    }
    if (!CODE_PATTERN.matcher(code).matches()) {
      return Parsed.refused(
          "The code "
              + code
              + " can only contain letters, numbers, dots, slashes, hyphens and underscores,"
              + " and must start with a letter or number.");
    }
    return Parsed.of(code);
  }

  private static Parsed<ItemType> type(String text) {
    if (text.isEmpty()) {
      return Parsed.refused("Enter the type of item: " + TYPES + ".");
    }
    for (ItemType type : ItemType.values()) {
      if (type.name().equalsIgnoreCase(text) || type.label().equalsIgnoreCase(text)) {
        return Parsed.of(type);
      }
    }
    return Parsed.refused("\"" + text + "\" is not a type of item. Use " + TYPES + ".");
  }

  /** The codes, each once whatever its capitals, as first written. */
  private static Parsed<List<String>> codes(String text) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String code : text.split(";")) {
      if (!code.isBlank()) {
        codes.putIfAbsent(ImportCheck.key(code), code.trim());
      }
    }
    return Parsed.of(List.copyOf(codes.values()));
  }

  private static Parsed<Integer> order(String text) {
    if (text.isEmpty()) {
      return Parsed.of(0);
    }
    if (!ORDER_PATTERN.matcher(text).matches()) {
      return new Parsed<>(
          0, "The order must be a whole number from 0 to 9999, and \"" + text + "\" is not.");
    }
    return Parsed.of(Integer.parseInt(text));
  }
}

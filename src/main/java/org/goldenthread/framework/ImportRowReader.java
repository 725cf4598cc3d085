package org.goldenthread.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one row of an import file into an item, noting what is missing or malformed in it. */
final class ImportRowReader {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,29}");
  private static final Pattern ORDER = Pattern.compile("\\d{1,4}");
  private static final int MAX_CODE = 30;
  private static final int MAX_TITLE = 300;
  private static final int MAX_DESCRIPTION = 4_000;
  private static final String TYPES = "Vision, Theme, Aim, Priority, Objective, Outcome or Value";

  private final ImportTable.Row row;
  private final List<String> headings;
  private final Map<ImportColumn, Integer> columns;
  private final PersonFinder people;
  private final List<ImportProblem> problems;

  ImportRowReader(
      ImportTable.Row row,
      List<String> headings,
      Map<ImportColumn, Integer> columns,
      PersonFinder people,
      List<ImportProblem> problems) {
    this.row = row;
    this.headings = headings;
    this.columns = columns;
    this.people = people;
    this.problems = problems;
  }

  ImportCheck.NewItem read() {
    checkNothingUnheaded();
    String title = value(ImportColumn.TITLE);
    if (title.isEmpty()) {
      problem(ImportColumn.TITLE, "Enter a title for the item.");
    } else if (title.length() > MAX_TITLE) {
      problem(ImportColumn.TITLE, ImportProblems.tooLong("title", title, MAX_TITLE));
    }
    String description = value(ImportColumn.DESCRIPTION);
    if (description.length() > MAX_DESCRIPTION) {
      problem(
          ImportColumn.DESCRIPTION,
          ImportProblems.tooLong("description", description, MAX_DESCRIPTION));
    }
    return new ImportCheck.NewItem(
        row.number(),
        code(),
        type(),
        title,
        description.isEmpty() ? null : description,
        parentCodes(),
        person(ImportColumn.RESPONSIBLE),
        person(ImportColumn.ACCOUNTABLE),
        order());
  }

  /** The code if it can be used; null (with a problem noted) if it is missing or malformed. */
  private String code() {
    String code = value(ImportColumn.CODE);
    if (code.isEmpty()) {
      problem(ImportColumn.CODE, "Enter a code for the item, for example P3 or REV-O1.");
      return null;
    }
    if (code.length() > MAX_CODE) {
      problem(
          ImportColumn.CODE,
          "The code "
              + code
              + " is "
              + code.length()
              + " characters long. Codes can be up to 30 characters.");
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      problem(
          ImportColumn.CODE,
          "The code "
              + code
              + " can only contain letters, numbers, dots, slashes, hyphens and underscores,"
              + " and must start with a letter or number.");
      return null;
    }
    return code;
  }

  private ItemType type() {
    String text = value(ImportColumn.TYPE);
    if (text.isEmpty()) {
      problem(ImportColumn.TYPE, "Enter the type of item: " + TYPES + ".");
      return null;
    }
    for (ItemType type : ItemType.values()) {
      if (type.name().equalsIgnoreCase(text) || type.label().equalsIgnoreCase(text)) {
        return type;
      }
    }
    problem(ImportColumn.TYPE, "\"" + text + "\" is not a type of item. Use " + TYPES + ".");
    return null;
  }

  private List<String> parentCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String code : value(ImportColumn.CONTRIBUTES_TO).split(";")) {
      if (!code.isBlank()) {
        codes.putIfAbsent(ImportCheck.key(code), code.trim());
      }
    }
    return List.copyOf(codes.values());
  }

  private Long person(ImportColumn column) {
    String text = value(column);
    if (text.isEmpty()) {
      return null;
    }
    PersonFinder.Match match = people.find(text);
    if (match.problem() != null) {
      problem(column, match.problem());
    }
    return match.id();
  }

  private int order() {
    String text = value(ImportColumn.ORDER);
    if (text.isEmpty()) {
      return 0;
    }
    if (!ORDER.matcher(text).matches()) {
      problem(
          ImportColumn.ORDER,
          "The order must be a whole number from 0 to 9999, and \"" + text + "\" is not.");
      return 0;
    }
    return Integer.parseInt(text);
  }

  private void checkNothingUnheaded() {
    for (int i = 0; i < row.cells().size(); i++) {
      boolean headed = i < headings.size() && !headings.get(i).isBlank();
      if (!headed && !row.cell(i).isBlank()) {
        problems.add(
            new ImportProblem(
                row.number(),
                null,
                "This row has a value in a column with no heading. Add a heading or remove the"
                    + " value."));
        return;
      }
    }
  }

  private String value(ImportColumn column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index).trim();
  }

  private void problem(ImportColumn column, String message) {
    problems.add(ImportProblem.at(row.number(), column, message));
  }
}

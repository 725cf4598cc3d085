package org.goldenthread.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a framework import file against the items and people already recorded, and either lists
 * the items to create or every problem found, row by row. The all-or-nothing rule rests on this:
 * nothing is created unless it finds nothing wrong. Plain Java, so each rule is tested directly.
 */
final class ImportCheck {

  /** An item already recorded, as far as the check needs to know it. */
  record ExistingItem(String code, String title, ItemType type) {}

  /** The plan the items are to go into. */
  record Target(String title, PlanStatus status) {}

  /** An item to create from one row; it contributes to the items with {@code parentCodes}. */
  record NewItem(
      int row,
      String code,
      ItemType type,
      String title,
      String description,
      List<String> parentCodes,
      Long responsibleId,
      Long accountableId,
      int order) {

    String key() {
      return ImportCheck.key(code);
    }
  }

  /** The items to create, or (if anything is wrong) every problem, in row order. */
  record Result(List<NewItem> items, List<ImportProblem> problems) {

    boolean clean() {
      return problems.isEmpty();
    }
  }

  private final Map<String, ExistingItem> existing = new HashMap<>();
  private final PersonFinder people;

  ImportCheck(Collection<ExistingItem> existingItems, PersonFinder people) {
    existingItems.forEach(item -> existing.put(key(item.code()), item));
    this.people = people;
  }

  /** Checks the file for the given plan ({@code null} when the items go into no plan). */
  Result check(ImportTable table, Target plan) {
    List<ImportProblem> problems = new ArrayList<>();
    if (plan != null && !plan.status().allowsChanges()) {
      problems.add(ImportProblem.inFile(planRefuses(plan)));
    }
    if (table.headings().stream().allMatch(h -> h == null || h.isBlank())) {
      problems.add(
          ImportProblem.inFile(
              "The file is empty. Its first row must name the columns (code, type, title and so"
                  + " on), with one row for each item below it."));
      return refused(problems);
    }
    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
    if (!readHeadings(table, columns, problems)) {
      return refused(problems);
    }
    if (table.rows().isEmpty()) {
      problems.add(
          ImportProblem.inFile(
              "The file has column headings but no items below them. Add one row for each item."));
      return refused(problems);
    }
    List<NewItem> rows = new ArrayList<>();
    for (ImportTable.Row row : table.rows()) {
      rows.add(new ImportRowReader(row, table.headings(), columns, people, problems).read());
    }
    Map<String, NewItem> inFile = checkCodes(rows, problems);
    rows.forEach(row -> checkParents(row, inFile, problems));
    checkLoops(inFile, problems);
    return problems.isEmpty() ? new Result(List.copyOf(rows), List.of()) : refused(problems);
  }

  /** Maps each column to its place; false (with the problems noted) if the headings are wrong. */
  private static boolean readHeadings(
      ImportTable table, Map<ImportColumn, Integer> columns, List<ImportProblem> problems) {
    int row = table.headingRow();
    int before = problems.size();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < table.headings().size(); i++) {
      String heading = table.headings().get(i);
      if (heading == null || heading.isBlank()) {
        continue;
      }
      var column = ImportColumn.named(heading);
      if (column.isEmpty()) {
        unknown.add(heading.trim());
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        problems.add(
            ImportProblem.at(
                row,
                column.get(),
                "There is more than one \""
                    + column.get().heading()
                    + "\" column. Keep one and delete the others."));
      }
    }
    String allColumns =
        Arrays.stream(ImportColumn.values())
            .map(ImportColumn::heading)
            .collect(Collectors.joining(", "));
    if (columns.isEmpty()) {
      problems.add(
          new ImportProblem(
              row,
              null,
              "The first row must name the columns, and none of its headings is one the import"
                  + " uses: "
                  + allColumns
                  + ". Add a row of headings above the items."));
      return false;
    }
    for (String heading : unknown) {
      problems.add(
          new ImportProblem(
              row,
              heading,
              "\""
                  + heading
                  + "\" is not a column the import uses. Rename it to one of "
                  + allColumns
                  + ", or delete the column."));
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (column.required() && !columns.containsKey(column)) {
        problems.add(
            ImportProblem.at(
                row,
                column,
                "The file has no \""
                    + column.heading()
                    + "\" column. Add a column headed \""
                    + column.heading()
                    + "\": code, type and title are needed for every item."));
      }
    }
    return problems.size() == before;
  }

  /** Codes must differ from each other and from every recorded item's. */
  private Map<String, NewItem> checkCodes(List<NewItem> rows, List<ImportProblem> problems) {
    Map<String, List<NewItem>> byCode =
        rows.stream()
            .filter(r -> r.code() != null)
            .collect(Collectors.groupingBy(NewItem::key, LinkedHashMap::new, Collectors.toList()));
    Map<String, NewItem> inFile = new LinkedHashMap<>();
    byCode.forEach(
        (key, same) -> {
          inFile.put(key, same.get(0));
          if (same.size() > 1) {
            for (NewItem row : same) {
              List<Integer> others = same.stream().filter(o -> o != row).map(NewItem::row).toList();
              problems.add(
                  ImportProblem.at(
                      row.row(),
                      ImportColumn.CODE,
                      "The code "
                          + row.code()
                          + " is also used on "
                          + ImportProblems.rowsText(others)
                          + ". Each item needs its own code."));
            }
          }
          ExistingItem recorded = existing.get(key);
          if (recorded != null) {
            for (NewItem row : same) {
              problems.add(
                  ImportProblem.at(
                      row.row(),
                      ImportColumn.CODE,
                      "The code "
                          + row.code()
                          + " is already used by "
                          + recorded.code()
                          + " "
                          + recorded.title()
                          + ". Use a different code, or leave this row out if the item is"
                          + " already recorded."));
            }
          }
        });
    return inFile;
  }

  /** Each parent must be known, and at a level this item may contribute to. */
  private void checkParents(
      NewItem row, Map<String, NewItem> inFile, List<ImportProblem> problems) {
    if (row.parentCodes().isEmpty()) {
      return;
    }
    ItemType type = row.type();
    if (type != null && (type == ItemType.VISION || type == ItemType.VALUE)) {
      problems.add(
          ImportProblem.at(
              row.row(),
              ImportColumn.CONTRIBUTES_TO,
              (type == ItemType.VISION ? "The vision" : "A value")
                  + " does not contribute to other items. Leave contributes_to empty."));
      return;
    }
    for (String code : row.parentCodes()) {
      if (row.code() != null && key(code).equals(row.key())) {
        problems.add(
            ImportProblem.at(
                row.row(), ImportColumn.CONTRIBUTES_TO, "An item cannot contribute to itself."));
        continue;
      }
      NewItem fileParent = inFile.get(key(code));
      ExistingItem recordedParent = existing.get(key(code));
      if (fileParent == null && recordedParent == null) {
        problems.add(
            ImportProblem.at(
                row.row(),
                ImportColumn.CONTRIBUTES_TO,
                "No item has the code "
                    + code
                    + ", in this file or already recorded. Check the code."));
        continue;
      }
      ItemType parentType = fileParent != null ? fileParent.type() : recordedParent.type();
      if (type != null && parentType != null && !type.canContributeTo(parentType)) {
        problems.add(
            ImportProblem.at(
                row.row(),
                ImportColumn.CONTRIBUTES_TO,
                capitalised(type.withArticle())
                    + " cannot contribute to "
                    + parentType.withArticle()
                    + " ("
                    + code
                    + ")"
                    + (parentType == ItemType.VALUE
                        ? ": values sit outside the golden thread."
                        : ": link it to something at a higher level.")));
      }
    }
  }

  private static void checkLoops(Map<String, NewItem> inFile, List<ImportProblem> problems) {
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    inFile.forEach(
        (key, row) ->
            parents.put(
                key,
                row.parentCodes().stream()
                    .map(ImportCheck::key)
                    .filter(up -> !up.equals(key))
                    .collect(Collectors.toCollection(LinkedHashSet::new))));
    new ImportLoops(parents)
        .find()
        .forEach(
            (key, loop) ->
                problems.add(
                    ImportProblem.at(
                        inFile.get(key).row(),
                        ImportColumn.CONTRIBUTES_TO,
                        "This item is part of a loop: "
                            + loop.stream()
                                .map(k -> inFile.get(k).code())
                                .collect(Collectors.joining(" → "))
                            + ". Each contributes to the next, so the loop never reaches the"
                            + " vision. Remove one of these links.")));
  }

  private static String planRefuses(Target plan) {
    return plan.status() == PlanStatus.SUBMITTED
        ? "The plan "
            + plan.title()
            + " has been submitted for approval, so nothing can be added to it. Return it to"
            + " draft first, or choose another plan."
        : "The plan "
            + plan.title()
            + " has been archived, so nothing can be added to it. Choose another plan.";
  }

  private static Result refused(List<ImportProblem> problems) {
    List<ImportProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparing(
                (ImportProblem p) -> p.row() == null ? 0 : p.row(), Comparator.naturalOrder())
            .thenComparing(p -> columnOrder(p.column())));
    return new Result(List.of(), List.copyOf(sorted));
  }

  private static int columnOrder(String heading) {
    return heading == null ? -1 : ImportColumn.named(heading).map(Enum::ordinal).orElse(99);
  }

  static String key(String code) {
    return code.trim().toLowerCase(Locale.UK);
  }

  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

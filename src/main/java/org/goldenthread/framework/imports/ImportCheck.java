package org.goldenthread.framework.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.spreadsheet.Checked;
import org.goldenthread.spreadsheet.Headings;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.Table;

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
  record Result(List<NewItem> items, List<Problem> problems) implements Checked {}

  private final Map<String, ExistingItem> existing = new HashMap<>();
  private final PersonFinder people;

  ImportCheck(Collection<ExistingItem> existingItems, PersonFinder people) {
    existingItems.forEach(item -> existing.put(key(item.code()), item));
    this.people = people;
  }

  /** Checks the file for the given plan ({@code null} when the items go into no plan). */
  Result check(Table table, Target plan) {
    Problems problems = new Problems();
    if (plan != null && !plan.status().allowsChanges()) {
      problems.inFile(planRefuses(plan));
    }
    Headings headings = Headings.read(table, FrameworkColumns.LAYOUT, problems);
    if (headings == null) {
      return refused(problems);
    }
    List<NewItem> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      rows.add(new ImportRowReader(headings.row(row, problems), people).read());
    }
    Map<String, NewItem> inFile = checkCodes(rows, problems);
    rows.forEach(row -> checkParents(row, inFile, problems));
    checkLoops(inFile, problems);
    return problems.any() ? refused(problems) : new Result(List.copyOf(rows), List.of());
  }

  /** Codes must differ from each other and from every recorded item's. */
  private Map<String, NewItem> checkCodes(List<NewItem> rows, Problems problems) {
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
              problems.at(
                  row.row(),
                  FrameworkColumns.CODE,
                  "The code "
                      + row.code()
                      + " is also used on "
                      + Problems.rowsText(others)
                      + ". Each item needs its own code.");
            }
          }
          ExistingItem recorded = existing.get(key);
          if (recorded != null) {
            for (NewItem row : same) {
              problems.at(
                  row.row(),
                  FrameworkColumns.CODE,
                  "The code "
                      + row.code()
                      + " is already used by "
                      + recorded.code()
                      + " "
                      + recorded.title()
                      + ". Use a different code, or leave this row out if the item is"
                      + " already recorded.");
            }
          }
        });
    return inFile;
  }

  /** Each parent must be known, and at a level this item may contribute to. */
  private void checkParents(NewItem row, Map<String, NewItem> inFile, Problems problems) {
    if (row.parentCodes().isEmpty()) {
      return;
    }
    ItemType type = row.type();
    if (type != null && (type == ItemType.VISION || type == ItemType.VALUE)) {
      problems.at(
          row.row(),
          FrameworkColumns.CONTRIBUTES_TO,
          (type == ItemType.VISION ? "The vision" : "A value")
              + " does not contribute to other items. Leave contributes_to empty.");
      return;
    }
    for (String code : row.parentCodes()) {
      if (row.code() != null && key(code).equals(row.key())) {
        problems.at(
            row.row(), FrameworkColumns.CONTRIBUTES_TO, "An item cannot contribute to itself.");
        continue;
      }
      NewItem fileParent = inFile.get(key(code));
      ExistingItem recordedParent = existing.get(key(code));
      if (fileParent == null && recordedParent == null) {
        problems.at(
            row.row(),
            FrameworkColumns.CONTRIBUTES_TO,
            "No item has the code " + code + ", in this file or already recorded. Check the code.");
        continue;
      }
      ItemType parentType = fileParent != null ? fileParent.type() : recordedParent.type();
      if (type != null && parentType != null && !type.canContributeTo(parentType)) {
        problems.at(
            row.row(),
            FrameworkColumns.CONTRIBUTES_TO,
            capitalised(type.withArticle())
                + " cannot contribute to "
                + parentType.withArticle()
                + " ("
                + code
                + ")"
                + (parentType == ItemType.VALUE
                    ? ": values sit outside the golden thread."
                    : ": link it to something at a higher level."));
      }
    }
  }

  private static void checkLoops(Map<String, NewItem> inFile, Problems problems) {
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
                problems.at(
                    inFile.get(key).row(),
                    FrameworkColumns.CONTRIBUTES_TO,
                    "This item is part of a loop: "
                        + loop.stream()
                            .map(k -> inFile.get(k).code())
                            .collect(Collectors.joining(" → "))
                        + ". Each contributes to the next, so the loop never reaches the"
                        + " vision. Remove one of these links."));
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

  private static Result refused(Problems problems) {
    return new Result(List.of(), problems.listByColumn(FrameworkColumns.LAYOUT));
  }

  static String key(String code) {
    return code.trim().toLowerCase(Locale.UK);
  }

  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

package org.goldenthread.framework.imports;

import java.util.List;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.SheetRow;

/** Reads one row of an import file into an item, noting what is missing or malformed in it. */
final class ImportRowReader {

  private final SheetRow row;
  private final PersonFinder people;

  ImportRowReader(SheetRow row, PersonFinder people) {
    this.row = row;
    this.people = people;
  }

  ImportCheck.NewItem read() {
    row.checkNothingUnheaded();
    List<String> parents = row.value(FrameworkColumns.CONTRIBUTES_TO);
    Integer order = row.value(FrameworkColumns.ORDER);
    return new ImportCheck.NewItem(
        row.number(),
        row.value(FrameworkColumns.CODE),
        row.value(FrameworkColumns.TYPE),
        row.value(FrameworkColumns.TITLE),
        row.value(FrameworkColumns.DESCRIPTION),
        parents == null ? List.of() : parents,
        person(FrameworkColumns.RESPONSIBLE),
        person(FrameworkColumns.ACCOUNTABLE),
        order == null ? 0 : order);
  }

  private Long person(Column<String> column) {
    String text = row.text(column);
    if (text.isEmpty()) {
      return null;
    }
    PersonFinder.Match match = people.find(text);
    if (match.problem() != null) {
      row.problem(column, match.problem());
    }
    return match.id();
  }
}

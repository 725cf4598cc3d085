package org.goldenthread.framework.imports;

import java.util.List;
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
        row.person(FrameworkColumns.RESPONSIBLE, people),
        row.person(FrameworkColumns.ACCOUNTABLE, people),
        order == null ? 0 : order);
  }
}

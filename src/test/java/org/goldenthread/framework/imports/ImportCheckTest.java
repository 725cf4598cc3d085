package org.goldenthread.framework.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.PlanStatus;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Table;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

  private static final String HEADINGS =
      "code|type|title|description|contributes_to|responsible|accountable|order";

  private final ImportCheck check =
      new ImportCheck(
          List.of(
              new ImportCheck.ExistingItem("V0", "Our vision", ItemType.VISION),
              new ImportCheck.ExistingItem("PR-X", "Existing priority", ItemType.PRIORITY),
              new ImportCheck.ExistingItem("VAL-X", "Existing value", ItemType.VALUE)),
          new PersonFinder(
              List.of(
                  new PersonFinder.KnownPerson(1, "Priya Shah", "priya.shah@example.gov.uk"),
                  new PersonFinder.KnownPerson(2, "Sam Jones", "sam.jones@example.gov.uk"),
                  new PersonFinder.KnownPerson(3, "Sam  Jones", "sam.jones2@example.gov.uk"))));

  /** A table with the given heading row and data rows, cells separated by |, rows from 2. */
  private static Table table(String headings, String... rows) {
    List<Table.Row> list = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      list.add(new Table.Row(i + 2, cells(rows[i])));
    }
    return new Table(1, cells(headings), list);
  }

  private static List<String> cells(String line) {
    return Arrays.asList(line.split("\\|", -1));
  }

  private ImportCheck.Result check(String... rows) {
    return check.check(table(HEADINGS, rows), null);
  }

  private static List<Problem> problems(ImportCheck.Result result) {
    assertThat(result.clean()).isFalse();
    assertThat(result.items()).isEmpty();
    return result.problems();
  }

  @Test
  void acceptsItemsWhoseParentsAreEarlierLaterOrAlreadyRecorded() {
    ImportCheck.Result result =
        check(
            "T1|Theme|Safe communities||v0|||1",
            "P1|priority|Faster benefits|Claims|A1; V0|priya.shah@example.gov.uk|Priya Shah|2",
            "A1|AIM|Healthy lives||T1|||",
            "O1|Outcome|Claims in 20 days||P1;p1||| 3 ",
            "O2|Objective|Team objective||O1|||",
            "VAL1|Value|We listen||||");

    assertThat(result.problems()).isEmpty();
    assertThat(result.items())
        .extracting(
            ImportCheck.NewItem::row,
            ImportCheck.NewItem::code,
            ImportCheck.NewItem::type,
            ImportCheck.NewItem::parentCodes,
            ImportCheck.NewItem::order)
        .containsExactly(
            tuple(2, "T1", ItemType.THEME, List.of("v0"), 1),
            tuple(3, "P1", ItemType.PRIORITY, List.of("A1", "V0"), 2),
            tuple(4, "A1", ItemType.AIM, List.of("T1"), 0),
            tuple(5, "O1", ItemType.OUTCOME, List.of("P1"), 3),
            tuple(6, "O2", ItemType.OBJECTIVE, List.of("O1"), 0),
            tuple(7, "VAL1", ItemType.VALUE, List.of(), 0));
    ImportCheck.NewItem priority = result.items().get(1);
    assertThat(priority.description()).isEqualTo("Claims");
    assertThat(priority.responsibleId()).isEqualTo(1L);
    assertThat(priority.accountableId()).isEqualTo(1L);
    assertThat(result.items().get(0).description()).isNull();
  }

  @Test
  void acceptsColumnsInAnyOrderAndHeadingsInAnyCase() {
    ImportCheck.Result result =
        check.check(
            table(" Title |CODE|Type|Contributes to", "Safe communities|T1|theme|V0"), null);

    assertThat(result.problems()).isEmpty();
    assertThat(result.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.code()).isEqualTo("T1");
              assertThat(item.title()).isEqualTo("Safe communities");
              assertThat(item.parentCodes()).containsExactly("V0");
            });
  }

  @Test
  void reportsMissingRequiredValues() {
    assertThat(problems(check("|||||||", "T1|Theme|||V0|||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(2, "code", "Enter a code for the item, for example P3 or REV-O1."),
            tuple(
                2,
                "type",
                "Enter the type of item: Vision, Theme, Aim, Priority, Objective, Outcome or"
                    + " Value."),
            tuple(2, "title", "Enter a title for the item."),
            tuple(3, "title", "Enter a title for the item."));
  }

  @Test
  void reportsAnUnknownType() {
    assertThat(problems(check("G1|Goal|Be great|||||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "type",
                "\"Goal\" is not a type of item. Use Vision, Theme, Aim, Priority, Objective,"
                    + " Outcome or Value."));
  }

  @Test
  void reportsCodesThatAreTooLongOrHaveCharactersNotAllowed() {
    String longCode = "A".repeat(31);
    assertThat(
            problems(
                check(
                    longCode + "|Aim|Long|V0||||", "-A1|Aim|Dash|V0||||", "A 1|Aim|Space||V0|||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "code",
                "The code "
                    + longCode
                    + " is 31 characters long. Codes can be up to 30 characters."),
            tuple(
                3,
                "code",
                "The code -A1 can only contain letters, numbers, dots, slashes, hyphens and"
                    + " underscores, and must start with a letter or number."),
            tuple(
                4,
                "code",
                "The code A 1 can only contain letters, numbers, dots, slashes, hyphens and"
                    + " underscores, and must start with a letter or number."));
  }

  @Test
  void acceptsACodeOfThirtyCharactersWithDotsSlashesHyphensAndUnderscores() {
    String code = "REV/O1.2_a-" + "x".repeat(19);
    assertThat(code).hasSize(30);
    assertThat(check(code + "|Aim|Fine||V0|||").problems()).isEmpty();
  }

  @Test
  void reportsACodeUsedTwiceInTheFileOnEveryRowUsingIt() {
    assertThat(
            problems(
                check(
                    "A1|Aim|First||V0|||",
                    "A2|Aim|Second||V0|||",
                    "a1|Aim|Third||V0|||",
                    "A1|Aim|Fourth||V0|||")))
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            tuple(2, "The code A1 is also used on rows 4 and 5. Each item needs its own code."),
            tuple(4, "The code a1 is also used on rows 2 and 5. Each item needs its own code."),
            tuple(5, "The code A1 is also used on rows 2 and 4. Each item needs its own code."));
  }

  @Test
  void reportsACodeAlreadyRecordedWhateverItsCapitals() {
    assertThat(problems(check("pr-x|Priority|Again||V0|||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "code",
                "The code pr-x is already used by PR-X Existing priority. Use a different code,"
                    + " or leave this row out if the item is already recorded."));
  }

  @Test
  void reportsEachParentCodeThatNoItemHas() {
    assertThat(problems(check("A1|Aim|Healthy lives||T9;V0;T8|||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "contributes_to",
                "No item has the code T9, in this file or already recorded. Check the code."),
            tuple(
                2,
                "contributes_to",
                "No item has the code T8, in this file or already recorded. Check the code."));
  }

  @Test
  void reportsAParentAtALevelTheItemCannotContributeTo() {
    assertThat(
            problems(
                check(
                    "A1|Aim|Healthy lives||PR-X|||",
                    "P1|Priority|Same level||PR-X|||",
                    "P2|Priority|Into a value||VAL-X|||",
                    "V1|Vision|Second vision||V0|||",
                    "VAL1|Value|We listen||PR-X|||")))
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            tuple(
                2,
                "An aim cannot contribute to a priority (PR-X): link it to something at a higher"
                    + " level."),
            tuple(
                3,
                "A priority cannot contribute to a priority (PR-X): link it to something at a"
                    + " higher level."),
            tuple(
                4,
                "A priority cannot contribute to a value (VAL-X): values sit outside the golden"
                    + " thread."),
            tuple(5, "The vision does not contribute to other items. Leave contributes_to empty."),
            tuple(6, "A value does not contribute to other items. Leave contributes_to empty."));
  }

  @Test
  void objectivesAndOutcomesMayContributeToEachOther() {
    assertThat(
            check(
                    "O1|Outcome|Corporate||PR-X|||",
                    "O2|Objective|Service||O1|||",
                    "O3|Outcome|Team||O2|||")
                .problems())
        .isEmpty();
  }

  @Test
  void reportsEachRowOfALoopButNotRowsLeadingIntoIt() {
    assertThat(
            problems(
                check(
                    "O1|Objective|One||O3;PR-X|||",
                    "O2|Objective|Two||O1|||",
                    "O3|Outcome|Three||O2|||",
                    "O4|Objective|Leads in||O1|||")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "contributes_to",
                "This item is part of a loop: O1 → O3 → O2 → O1. Each contributes to the next, so"
                    + " the loop never reaches the vision. Remove one of these links."),
            tuple(
                3,
                "contributes_to",
                "This item is part of a loop: O2 → O1 → O3 → O2. Each contributes to the next, so"
                    + " the loop never reaches the vision. Remove one of these links."),
            tuple(
                4,
                "contributes_to",
                "This item is part of a loop: O3 → O2 → O1 → O3. Each contributes to the next, so"
                    + " the loop never reaches the vision. Remove one of these links."));
  }

  @Test
  void reportsAnItemContributingToItself() {
    assertThat(problems(check("O1|Objective|Me||o1|||")))
        .extracting(Problem::row, Problem::message)
        .containsExactly(tuple(2, "An item cannot contribute to itself."));
  }

  @Test
  void reportsPeopleWhoAreNotRecordedOrCannotBeToldApart() {
    assertThat(
            problems(
                check(
                    "P1|Priority|One||V0|nobody@example.gov.uk|Priya|",
                    "P2|Priority|Two||V0|sam jones|SAM.JONES@example.gov.uk|")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "responsible",
                "No one with the email address nobody@example.gov.uk is recorded under People."
                    + " Check the address, or add the person first."),
            tuple(
                2,
                "accountable",
                "No one called \"Priya\" is recorded under People. Use their full name as it is"
                    + " recorded there, or their email address."),
            tuple(
                3,
                "responsible",
                "2 people called \"sam jones\" are recorded under People. Use the email address"
                    + " of the one you mean."));
  }

  @Test
  void reportsAnOrderThatIsNotAWholeNumberFromZeroTo9999() {
    assertThat(
            problems(
                check(
                    "A1|Aim|One||V0|||-1",
                    "A2|Aim|Two||V0|||2.5",
                    "A3|Aim|Three||V0|||10000",
                    "A4|Aim|Four||V0|||first",
                    "A5|Aim|Five||V0|||9999")))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2, "order", "The order must be a whole number from 0 to 9999, and \"-1\" is not."),
            tuple(
                3, "order", "The order must be a whole number from 0 to 9999, and \"2.5\" is not."),
            tuple(
                4,
                "order",
                "The order must be a whole number from 0 to 9999, and \"10000\" is not."),
            tuple(
                5,
                "order",
                "The order must be a whole number from 0 to 9999, and \"first\" is not."));
  }

  @Test
  void reportsATitleOver300AndADescriptionOver4000Characters() {
    String fine = "A1|Aim|" + "t".repeat(300) + "|" + "d".repeat(4000) + "|V0|||";
    String tooLong = "A2|Aim|" + "t".repeat(301) + "|" + "d".repeat(4001) + "|V0|||";

    assertThat(problems(check(fine, tooLong)))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(3, "title", "The title is 301 characters long. It can be up to 300 characters."),
            tuple(
                3,
                "description",
                "The description is 4,001 characters long. It can be up to 4,000 characters."));
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(problems(check.check(Table.empty(), null)))
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            tuple(
                null,
                "The file is empty. Its first row must name the columns (code, type, title and so"
                    + " on), with one row for each item below it."));
  }

  @Test
  void reportsHeadingsWithNoItemsBelowThem() {
    assertThat(problems(check()))
        .extracting(Problem::message)
        .containsExactly(
            "The file has column headings but no items below them. Add one row for each item.");
  }

  @Test
  void reportsAMissingRequiredColumnAndAnUnknownOneWithoutCheckingTheRows() {
    assertThat(problems(check.check(table("code|title|owner", "|x|y"), null)))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                1,
                "type",
                "The file has no \"type\" column. Add a column headed \"type\": code, type and"
                    + " title are needed for every item."),
            tuple(
                1,
                "owner",
                "\"owner\" is not a column the import uses. Rename it to one of code, type, title,"
                    + " description, contributes_to, responsible, accountable, order, or delete"
                    + " the column."));
  }

  @Test
  void reportsAFileWhoseFirstRowIsNotHeadings() {
    assertThat(problems(check.check(table("A1|Aim|Healthy lives", "A2|Aim|Wealthy lives"), null)))
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            tuple(
                1,
                "The first row must name the columns, and none of its headings is one the import"
                    + " uses: code, type, title, description, contributes_to, responsible,"
                    + " accountable, order. Add a row of headings above the items."));
  }

  @Test
  void reportsAColumnGivenTwice() {
    assertThat(problems(check.check(table("code|type|title|Title", "A1|Aim|x|y"), null)))
        .extracting(Problem::message)
        .containsExactly(
            "There is more than one \"title\" column. Keep one and delete the others.");
  }

  @Test
  void reportsAValueInAColumnWithNoHeading() {
    assertThat(
            problems(check.check(table("code|type|title|", "A1|Aim|Fine|", "A2|Aim|Odd|x"), null)))
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                3,
                null,
                "This row has a value in a column with no heading. Add a heading or remove the"
                    + " value."));
  }

  @Test
  void refusesAPlanSubmittedForApprovalOrArchived() {
    Table good = table(HEADINGS, "A1|Aim|Fine||V0|||");

    assertThat(
            problems(
                check.check(good, new ImportCheck.Target("Corporate Plan", PlanStatus.SUBMITTED))))
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            tuple(
                null,
                "The plan Corporate Plan has been submitted for approval, so nothing can be added"
                    + " to it. Return it to draft first, or choose another plan."));
    assertThat(problems(check.check(good, new ImportCheck.Target("Old Plan", PlanStatus.ARCHIVED))))
        .extracting(Problem::message)
        .containsExactly(
            "The plan Old Plan has been archived, so nothing can be added to it. Choose another"
                + " plan.");
    for (PlanStatus open : List.of(PlanStatus.DRAFT, PlanStatus.APPROVED, PlanStatus.ACTIVE)) {
      assertThat(check.check(good, new ImportCheck.Target("Plan", open)).clean()).isTrue();
    }
  }

  @Test
  void reportsEveryProblemInTheFileWithItsRowInRowOrder() {
    ImportCheck.Result result =
        check.check(
            table(
                HEADINGS,
                "T1|Theme|Fine||V0|||",
                "A1|Goal||||||x",
                "P1|Priority|Fine||T1|||",
                "O1|Outcome|Fine||P9|someone||"),
            new ImportCheck.Target("Closed", PlanStatus.ARCHIVED));

    assertThat(problems(result))
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            tuple(null, null),
            tuple(3, "type"),
            tuple(3, "title"),
            tuple(3, "order"),
            tuple(5, "contributes_to"),
            tuple(5, "responsible"));
  }
}

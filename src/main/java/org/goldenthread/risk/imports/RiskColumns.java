package org.goldenthread.risk.imports;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.risk.RiskState;
import org.goldenthread.spreadsheet.Column;
import org.goldenthread.spreadsheet.Limits;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.Parser;
import org.goldenthread.spreadsheet.SheetLayout;

/**
 * The columns of a risk register file, in the order an export writes them. Only the code is needed
 * in every file, so that a file of codes, current scores and review dates records a quarter's
 * reviews; a new risk needs its register, title, category, owner and three scores. The columns
 * after {@code readers} are written by the export for people to read, and passed over by the
 * import.
 */
public final class RiskColumns {

  private static final String FOR_A_NEW_RISK = "Required for a new risk";
  private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,29}");
  private static final String LIKELIHOODS =
      "1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain";
  private static final String IMPACTS = "1 negligible, 2 minor, 3 moderate, 4 major, 5 severe";

  static final Column<String> CODE =
      Column.required(
              "code",
              "The risk's reference, for example CR-01: letters, numbers, dots, slashes, hyphens"
                  + " and underscores, up to 30 characters. A code already recorded updates that"
                  + " risk; a new code opens one.")
          .parsed(RiskColumns::code);
  static final Column<String> REGISTER =
      Column.optional(
              "register",
              "The code or name of the register the risk is on, as shown under Risks; Corporate"
                  + " or Strategic names the corporate register. Naming another register moves"
                  + " an existing risk there, recorded as an escalation or de-escalation.")
          .needed(FOR_A_NEW_RISK);
  static final Column<String> TITLE =
      Column.optional("title", "The risk in a few words, up to 300 characters.")
          .needed(FOR_A_NEW_RISK)
          .parsed(Parser.text("title", 300));
  static final Column<String> CAUSE =
      Column.optional("cause", "What could bring the risk about, up to 4,000 characters.")
          .parsed(Parser.text("cause", 4_000));
  static final Column<String> EVENT =
      Column.optional("event", "What could happen, up to 4,000 characters.")
          .parsed(Parser.text("event", 4_000));
  static final Column<String> CONSEQUENCE =
      Column.optional("consequence", "What would follow if it did, up to 4,000 characters.")
          .parsed(Parser.text("consequence", 4_000));
  static final Column<String> CATEGORY =
      Column.optional(
              "category",
              "The code or name of the risk's category, as the performance team keeps them: for"
                  + " example Financial, Legal and regulatory, Information and cyber.")
          .needed(FOR_A_NEW_RISK);
  static final Column<String> OWNER =
      Column.optional(
              "owner",
              "The email address or full name of the risk owner, who manages and reviews it, as"
                  + " recorded under People.")
          .needed(FOR_A_NEW_RISK);
  static final Column<String> ACCOUNTABLE =
      Column.optional(
          "accountable",
          "The email address or full name of the person accountable, or the name of the body"
              + " (a committee or board) that answers for the risk.");
  static final Column<Integer> INHERENT_LIKELIHOOD = level("inherent", "likelihood", LIKELIHOODS);
  static final Column<Integer> INHERENT_IMPACT = level("inherent", "impact", IMPACTS);
  static final Column<Integer> CURRENT_LIKELIHOOD = level("current", "likelihood", LIKELIHOODS);
  static final Column<Integer> CURRENT_IMPACT = level("current", "impact", IMPACTS);
  static final Column<Integer> TARGET_LIKELIHOOD = level("target", "likelihood", LIKELIHOODS);
  static final Column<Integer> TARGET_IMPACT = level("target", "impact", IMPACTS);
  static final Column<ReviewFrequency> REVIEW_FREQUENCY =
      Column.optional(
              "review_frequency",
              "How often the risk is reviewed: monthly, quarterly, half-yearly (or six-monthly) or"
                  + " annually. Empty means quarterly.")
          .parsed(
              RiskFileValues.FREQUENCIES.orElse(
                  ReviewFrequency.QUARTERLY,
                  "is not a review frequency. Enter monthly, quarterly, half-yearly or annually."));
  static final Column<LocalDate> LAST_REVIEWED =
      Column.optional(
              "last_reviewed",
              "The date the risk was last reviewed, like 30/09/2026 or 2026-09-30; not in the"
                  + " future. The next review falls one review period later. A new current score"
                  + " or review date is added to the risk's score history.")
          .parsed(text -> RiskFileValues.date(text, "date of the last review"))
          .dates();
  static final Column<String> LINKED_ITEMS =
      Column.optional(
          "linked_items",
          "The codes of the framework items (priorities, objectives…) the risk threatens,"
              + " separated by semicolons, for example P3;OBJ-2.");
  static final Column<String> LINKED_INDICATORS =
      Column.optional(
          "linked_indicators",
          "The codes of the indicators that show the risk, separated by semicolons.");
  static final Column<String> LINKED_ACTIONS =
      Column.optional(
          "linked_actions",
          "The codes of the actions that mitigate the risk, separated by semicolons.");
  static final Column<LocalDate> OPENED =
      Column.optional(
              "opened",
              "The date the risk was opened, for a new risk; not in the future. Empty means the"
                  + " date of its last review, or today. It cannot be changed once recorded.")
          .parsed(text -> RiskFileValues.date(text, "date the risk opened"))
          .dates();
  static final Column<RiskState> STATE =
      Column.optional("state", "open or closed. Empty means open.")
          .parsed(
              RiskFileValues.STATES.orElse(
                  RiskState.OPEN, "is not a state a risk can be in. Enter open or closed."));
  static final Column<LocalDate> CLOSED_ON =
      Column.optional(
              "closed_on",
              "For a closed risk, the date it closed; not in the future. Empty means today.")
          .parsed(text -> RiskFileValues.date(text, "date the risk closed"))
          .dates();
  static final Column<String> CLOSED_REASON =
      Column.optional("closed_reason", "For a closed risk, why it closed, up to 2,000 characters.")
          .needed("Required for a closed risk")
          .parsed(Parser.text("reason for closing", 2_000));
  static final Column<Boolean> CONFIDENTIAL =
      Column.optional(
              "confidential",
              "yes if the risk is commercially or legally sensitive: only its owner, the"
                  + " accountable person, administrators and its readers then see it. Empty means"
                  + " no.")
          .parsed(RiskFileValues.YES_NO.orElse(false, "is not yes or no. Enter yes or no."));
  static final Column<String> READERS =
      Column.optional(
          "readers",
          "For a confidential risk, the email addresses or full names of the other people who may"
              + " read it, separated by semicolons.");
  static final Column<String> INHERENT_SCORE =
      written("inherent_score", "the inherent score, likelihood × impact.").numbers();
  static final Column<String> CURRENT_SCORE =
      written("current_score", "the current score, likelihood × impact.").numbers();
  static final Column<String> TARGET_SCORE =
      written("target_score", "the target score, likelihood × impact.").numbers();
  static final Column<String> BAND = written("band", "the band of the current score.");
  static final Column<String> ABOVE_APPETITE =
      written("above_appetite", "yes if the current score is above its category's appetite.");
  static final Column<String> MOVEMENT =
      written("movement", "how the current score moved since the end of the last quarter.");
  static final Column<String> NEXT_REVIEW =
      written("next_review", "the date the next review is due.").dates();
  static final Column<String> OVERDUE =
      written("overdue", "yes if the risk is open and past its next review date.");
  static final Column<String> CONTROLS =
      written(
          "controls",
          "the controls in place and how effective each is. Controls are kept on the risk's own"
              + " page.");

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
              "Risk registers",
              "risk",
              new Limits(
                  10L * 1024 * 1024,
                  5_000,
                  "The file has more than 5,000 risks. Split it into smaller files, one register"
                      + " at a time, and import them one after another.",
                  Limits.SPLIT),
              CODE,
              REGISTER,
              TITLE,
              CAUSE,
              EVENT,
              CONSEQUENCE,
              CATEGORY,
              OWNER,
              ACCOUNTABLE,
              INHERENT_LIKELIHOOD,
              INHERENT_IMPACT,
              CURRENT_LIKELIHOOD,
              CURRENT_IMPACT,
              TARGET_LIKELIHOOD,
              TARGET_IMPACT,
              REVIEW_FREQUENCY,
              LAST_REVIEWED,
              LINKED_ITEMS,
              LINKED_INDICATORS,
              LINKED_ACTIONS,
              OPENED,
              STATE,
              CLOSED_ON,
              CLOSED_REASON,
              CONFIDENTIAL,
              READERS,
              INHERENT_SCORE,
              CURRENT_SCORE,
              TARGET_SCORE,
              BAND,
              ABOVE_APPETITE,
              MOVEMENT,
              NEXT_REVIEW,
              OVERDUE,
              CONTROLS)
          .requiredBecause(": it says which risk each row is")
          .example(
              Map.ofEntries(
                  entry(CODE, "CR-01"),
                  entry(REGISTER, "Corporate"),
                  entry(TITLE, "Medium-term financial gap not closed"),
                  entry(CAUSE, "Rising demand for adult and children's social care"),
                  entry(EVENT, "Savings plans fall short of the gap in the medium-term plan"),
                  entry(CONSEQUENCE, "Reserves used up; a section 114 notice"),
                  entry(CATEGORY, "Financial"),
                  entry(OWNER, "david.okafor@example.gov.uk"),
                  entry(ACCOUNTABLE, "Cabinet"),
                  entry(INHERENT_LIKELIHOOD, "5"),
                  entry(INHERENT_IMPACT, "5"),
                  entry(CURRENT_LIKELIHOOD, "4"),
                  entry(CURRENT_IMPACT, "4"),
                  entry(TARGET_LIKELIHOOD, "3"),
                  entry(TARGET_IMPACT, "3"),
                  entry(REVIEW_FREQUENCY, "quarterly"),
                  entry(LAST_REVIEWED, "30/09/2026"),
                  entry(LINKED_ACTIONS, "ACT-101")))
          .example(
              Map.ofEntries(
                  entry(CODE, "CR-02"),
                  entry(CURRENT_LIKELIHOOD, "3"),
                  entry(CURRENT_IMPACT, "4"),
                  entry(LAST_REVIEWED, "15/10/2026")));

  private RiskColumns() {}

  private static Column<Integer> level(String which, String scale, String words) {
    String what = which + " " + scale;
    return Column.optional(
            which + "_" + scale, "The " + what + ", a whole number from 1 to 5: " + words + ".")
        .needed(FOR_A_NEW_RISK)
        .parsed(text -> RiskFileValues.level(text, what, words))
        .numbers();
  }

  private static Column<String> written(String heading, String what) {
    return Column.optional(heading, "Written by the export: " + what).ignored();
  }

  private static Parsed<String> code(String text) {
    if (text.isEmpty()) {
      return Parsed.refused("Enter the risk's code, for example CR-01.");
    }
    return CODE_PATTERN.matcher(text).matches()
        ? Parsed.of(text)
        : Parsed.refused(
            "\""
                + text
                + "\" is not a code a risk can have. Use letters, numbers, dots, slashes,"
                + " hyphens and underscores, up to 30 characters, starting with a letter or"
                + " number.");
  }

  /** The column holding what a form field holds, for a refusal that names the field. */
  static Column<?> forField(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "code" -> CODE;
      case "registerId" -> REGISTER;
      case "title" -> TITLE;
      case "cause" -> CAUSE;
      case "event" -> EVENT;
      case "consequence" -> CONSEQUENCE;
      case "categoryId" -> CATEGORY;
      case "ownerId" -> OWNER;
      case "accountableId", "accountableBodyId" -> ACCOUNTABLE;
      case "inherentLikelihood" -> INHERENT_LIKELIHOOD;
      case "inherentImpact" -> INHERENT_IMPACT;
      case "currentLikelihood" -> CURRENT_LIKELIHOOD;
      case "currentImpact" -> CURRENT_IMPACT;
      case "targetLikelihood" -> TARGET_LIKELIHOOD;
      case "targetImpact" -> TARGET_IMPACT;
      case "lastReviewed" -> LAST_REVIEWED;
      case "readerIds" -> READERS;
      case "itemIds" -> LINKED_ITEMS;
      case "indicatorIds" -> LINKED_INDICATORS;
      case "actionIds" -> LINKED_ACTIONS;
      case "closedOn" -> CLOSED_ON;
      case "reason" -> CLOSED_REASON;
      default -> null;
    };
  }
}

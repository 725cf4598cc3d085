package org.goldenthread.action.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.PersonFinder;

/**
 * What an actions file may name, and how each name is found: people by email address or full name,
 * framework items by code, decisions by minute reference, and directorates and services by code or
 * name. Each person's own unit is an action's unit when the file gives none.
 */
record ActionNames(
    PersonFinder people,
    Map<Long, Long> unitOfPerson,
    Map<String, Long> items,
    List<KnownDecision> decisions,
    List<KnownUnit> units) {

  record KnownUnit(long id, String code, String name) {}

  record KnownDecision(long id, String minuteReference) {}

  /** {@code items}: framework item ids by code, any case. */
  ActionNames {
    items =
        items.entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> ActionRowCheck.key(e.getKey()), Map.Entry::getValue, (a, b) -> a));
  }

  Parsed<Long> person(String text) {
    return people.parse(text);
  }

  Parsed<Long> item(String code) {
    Long id = items.get(ActionRowCheck.key(code));
    return id != null
        ? new Parsed<>(id, null)
        : new Parsed<>(
            null,
            "No framework item has the code " + code + ". Check the code under Golden thread.");
  }

  /** The decision with the minute reference; the one recorded, if it is among several. */
  Parsed<Long> decision(String reference, Long recorded) {
    List<Long> found =
        decisions.stream()
            .filter(
                d -> ActionRowCheck.key(d.minuteReference()).equals(ActionRowCheck.key(reference)))
            .map(KnownDecision::id)
            .toList();
    return chosen(
        found,
        recorded,
        "No decision has the minute reference "
            + reference
            + ". Record the decision in the decisions register first, or check the reference.",
        found.size()
            + " decisions have the minute reference "
            + reference
            + ". Link the action to the one you mean on the action's own page.");
  }

  /** A directorate or service by its code, or else by its name; the one recorded, if ambiguous. */
  Parsed<Long> unit(String text, Long recorded) {
    String wanted = ActionRowCheck.key(text);
    List<Long> found =
        units.stream()
            .filter(u -> u.code() != null && ActionRowCheck.key(u.code()).equals(wanted))
            .map(KnownUnit::id)
            .toList();
    if (found.isEmpty()) {
      found =
          units.stream()
              .filter(u -> ActionRowCheck.key(u.name()).equals(wanted))
              .map(KnownUnit::id)
              .toList();
    }
    return chosen(
        found,
        recorded,
        "No directorate or service has the code or name \""
            + text
            + "\". Check it under Structure.",
        found.size() + " units are called \"" + text + "\". Use the code of the one you mean.");
  }

  /**
   * The one record found; the recorded one if it is among several (so that an export imports
   * unchanged); otherwise none, and why.
   */
  private static Parsed<Long> chosen(List<Long> found, Long recorded, String none, String several) {
    if (found.size() == 1) {
      return new Parsed<>(found.get(0), null);
    }
    if (recorded != null && found.contains(recorded)) {
      return new Parsed<>(recorded, null);
    }
    return new Parsed<>(null, found.isEmpty() ? none : several);
  }
}

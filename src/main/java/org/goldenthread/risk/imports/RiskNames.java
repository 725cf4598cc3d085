package org.goldenthread.risk.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.goldenthread.spreadsheet.Parsed;
import org.goldenthread.spreadsheet.PersonFinder;

/**
 * What a register file may name, and how each name is found: registers and categories by code or
 * name (as {@code RiskRegisters} finds them), people by email address or full name, bodies by name,
 * and framework items, indicators and actions by code.
 */
record RiskNames(
    Function<String, Optional<Long>> registers,
    Function<String, Optional<Long>> categories,
    List<String> categoryNames,
    PersonFinder people,
    Map<String, Long> bodies,
    Map<String, Long> items,
    Map<String, Long> indicators,
    Map<String, Long> actions) {

  /** Who answers for a risk: a person, or a body (a committee or board). */
  record Accountable(Long personId, Long bodyId) {
    static final Accountable NONE = new Accountable(null, null);
  }

  /** {@code bodies}, {@code items}, {@code indicators} and {@code actions}: ids by name or code. */
  RiskNames {
    bodies = keyed(bodies);
    items = keyed(items);
    indicators = keyed(indicators);
    actions = keyed(actions);
  }

  private static Map<String, Long> keyed(Map<String, Long> byName) {
    Map<String, Long> keyed = new HashMap<>();
    byName.forEach((name, id) -> keyed.putIfAbsent(RiskFileValues.key(name), id));
    return Map.copyOf(keyed);
  }

  Parsed<Long> register(String text) {
    return registers
        .apply(text)
        .map(Parsed::of)
        .orElseGet(
            () ->
                Parsed.refused(
                    "No one register has the code or name \""
                        + text
                        + "\". Use the register's code as shown under Risks, or ask the"
                        + " performance team to add the register first."));
  }

  Parsed<Long> category(String text) {
    return categories
        .apply(text)
        .map(Parsed::of)
        .orElseGet(
            () ->
                Parsed.refused(
                    "\""
                        + text
                        + "\" is not a risk category. Use one the performance team keeps: "
                        + String.join(", ", categoryNames)
                        + "."));
  }

  Parsed<Long> person(String text) {
    return people.parse(text);
  }

  /** A person by email address or full name, or else a body by its name. */
  Parsed<Accountable> accountable(String text) {
    PersonFinder.Match person = people.find(text);
    if (person.id() != null) {
      return Parsed.of(new Accountable(person.id(), null));
    }
    Long body = bodies.get(RiskFileValues.key(text));
    if (body != null) {
      return Parsed.of(new Accountable(null, body));
    }
    return Parsed.refused(
        text.contains("@")
            ? person.problem()
            : "No one called \""
                + text
                + "\" is recorded under People, and no committee or board has that name. Use"
                + " the person's full name or email address, or the body's name as shown under"
                + " Governance.");
  }

  /** The people a cell names, separated by semicolons; every one not found is said. */
  Parsed<List<Long>> readers(String text) {
    List<Long> ids = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String name : RiskFileValues.list(text)) {
      PersonFinder.Match match = people.find(name);
      if (match.id() != null) {
        ids.add(match.id());
      } else {
        wrong.add(match.problem());
      }
    }
    return wrong.isEmpty() ? Parsed.of(ids) : Parsed.refused(String.join(" ", wrong));
  }

  Parsed<List<Long>> items(String text) {
    return codes(text, items, "framework item", "Check the code under Golden thread.");
  }

  Parsed<List<Long>> indicators(String text) {
    return codes(text, indicators, "indicator", "Check the code under Indicators.");
  }

  Parsed<List<Long>> actions(String text) {
    return codes(text, actions, "action", "Check the code under Actions.");
  }

  /** The records a cell's codes name; every code not found is said, in one sentence. */
  private static Parsed<List<Long>> codes(
      String text, Map<String, Long> known, String what, String check) {
    List<Long> ids = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String code : RiskFileValues.list(text)) {
      Long id = known.get(RiskFileValues.key(code));
      if (id == null) {
        unknown.add(code);
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (unknown.isEmpty()) {
      return Parsed.of(ids);
    }
    return Parsed.refused(
        unknown.size() == 1
            ? "No " + what + " has the code " + unknown.get(0) + ". " + check
            : "No " + what + " has any of the codes " + inWords(unknown) + ". " + check);
  }

  /** "A, B or C". */
  private static String inWords(List<String> codes) {
    return String.join(", ", codes.subList(0, codes.size() - 1))
        + " or "
        + codes.get(codes.size() - 1);
  }
}

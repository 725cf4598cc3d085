package org.goldenthread.spreadsheet;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Finds the person an import file names, by email address or by full name as recorded. */
public final class PersonFinder {

  /** A person as the import needs to know them. */
  public record KnownPerson(long id, String fullName, String email) {}

  /** The person found, or why no one person was. */
  public record Match(Long id, String problem) {}

  private final Collection<KnownPerson> people;

  public PersonFinder(Collection<KnownPerson> people) {
    this.people = List.copyOf(people);
  }

  public Match find(String text) {
    String wanted = normalised(text);
    boolean byEmail = wanted.contains("@");
    List<KnownPerson> found =
        people.stream()
            .filter(p -> wanted.equals(normalised(byEmail ? p.email() : p.fullName())))
            .toList();
    if (found.size() == 1) {
      return new Match(found.get(0).id(), null);
    }
    if (found.isEmpty()) {
      return new Match(
          null,
          byEmail
              ? "No one with the email address "
                  + text.trim()
                  + " is recorded under People. Check the address, or add the person first."
              : "No one called \""
                  + text.trim()
                  + "\" is recorded under People. Use their full name as it is recorded there, or"
                  + " their email address.");
    }
    return new Match(
        null,
        found.size()
            + (byEmail
                ? " people have the email address " + text.trim() + ". Use their full name instead."
                : " people called \""
                    + text.trim()
                    + "\" are recorded under People. Use the email address of the one you mean."));
  }

  /** The person's id, or why no one person was found, as a cell is read. */
  public Parsed<Long> parse(String text) {
    Match match = find(text);
    return new Parsed<>(match.id(), match.problem());
  }

  private static String normalised(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }
}

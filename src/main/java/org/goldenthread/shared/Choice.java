package org.goldenthread.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One option of a select, radios or checkboxes. */
public record Choice(String value, String label) {

  public static Choice of(Object value, String label) {
    return new Choice(value == null ? "" : String.valueOf(value), label);
  }

  /** One choice per constant of an enum, labelled as the enum labels itself. */
  public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants()).map(e -> of(e.name(), label.apply(e))).toList();
  }

  /** True when this is the chosen value (an id, an enum or text); blank matches nothing chosen. */
  public boolean matches(Object chosen) {
    return chosen == null ? value.isEmpty() : value.equals(asText(chosen));
  }

  /** True when this is among the chosen values. */
  public boolean in(Collection<?> chosen) {
    return chosen != null && chosen.stream().anyMatch(this::matches);
  }

  private static String asText(Object chosen) {
    return chosen instanceof Enum<?> e ? e.name() : String.valueOf(chosen);
  }
}

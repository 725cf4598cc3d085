package org.goldenthread.action;

import java.util.Locale;
import java.util.Optional;

/**
 * An action's BRAG status (SPEC §5). Each has a word, a symbol and a colour, so that status never
 * depends on colour alone.
 */
public enum Brag {
  BLUE("Blue", "Completed", "★", "blue"),
  GREEN("Green", "On course", "✔", "green"),
  AMBER("Amber", "Achievement in question", "▲", "yellow"),
  RED("Red", "Not achieved, or will not be achieved", "✖", "red");

  private final String label;
  private final String meaning;
  private final String symbol;
  private final String colour;

  Brag(String label, String meaning, String symbol, String colour) {
    this.label = label;
    this.meaning = meaning;
    this.symbol = symbol;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  public String symbol() {
    return symbol;
  }

  /** The GOV.UK tag colour that repeats the status. */
  public String colour() {
    return colour;
  }

  /** Amber and red need commentary and what will be done about it (SPEC §5). */
  public boolean needsExplanation() {
    return this == AMBER || this == RED;
  }

  /**
   * Reads a status as trackers write it: the word, its first letter, or the meaning ("completed",
   * "on course"); empty when the text is none of them.
   */
  public static Optional<Brag> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String word = text.trim().toLowerCase(Locale.UK);
    for (Brag brag : values()) {
      if (word.equals(brag.label.toLowerCase(Locale.UK))
          || word.equals(brag.name().substring(0, 1).toLowerCase(Locale.UK))
          || word.equals(brag.meaning.toLowerCase(Locale.UK))) {
        return Optional.of(brag);
      }
    }
    return Optional.ofNullable(
        switch (word) {
          case "complete", "completed", "done" -> BLUE;
          case "grn", "on track", "on target" -> GREEN;
          case "amb", "in question", "at risk" -> AMBER;
          case "not achieved", "will not be achieved", "off track" -> RED;
          default -> null;
        });
  }
}

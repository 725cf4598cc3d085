package org.goldenthread.intervention;

import java.util.List;

/** One rung of the ladder: its level (1–5), name, trigger, who must act and by when. */
public record Rule(int level, String name, Trigger trigger, List<Role> actors, Due due) {

  public Rule {
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("A level of the ladder is 1 to 5");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Give the level a name");
    }
    if (trigger == null || due == null) {
      throw new IllegalArgumentException("Say what triggers the level and by when it is acted on");
    }
    if (actors == null || actors.isEmpty()) {
      throw new IllegalArgumentException("Say who must act at the level");
    }
    name = name.strip();
    actors = List.copyOf(actors);
  }

  /** "Director review (level 3)". */
  public String title() {
    return name + " (level " + level + ")";
  }
}

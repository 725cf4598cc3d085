package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldenthread.framework.ThreadGraph.Link;
import org.goldenthread.framework.ThreadGraph.Node;
import org.goldenthread.framework.ThreadOutline.Entry;
import org.goldenthread.framework.ThreadStatuses.Linked;
import org.goldenthread.framework.ThreadStatuses.Mark;
import org.goldenthread.framework.ThreadStatuses.Reading;
import org.junit.jupiter.api.Test;

class ThreadOutlineTest {

  private static final int RED = 0;
  private static final int AMBER = 1;
  private static final int GREEN = 2;

  private static final List<Mark> MARKS =
      List.of(
          new Mark("Red", "✖", "red"),
          new Mark("Amber", "▲", "yellow"),
          new Mark("Green", "✔", "green"));

  private static Node node(long id, String code, ItemType type, int order) {
    return new Node(id, code, code, type, null, order);
  }

  // V ← T1 ← A1 ← P1 ← O1; A2 ← P2; O1 contributes to P1 and to P2 (two parents). Nodes are given
  // out of order, and A2 sorts before A1, so the outline must put them in reading order itself.
  private final ThreadGraph graph =
      new ThreadGraph(
          List.of(
              node(6, "O1", ItemType.OUTCOME, 1),
              node(5, "P2", ItemType.PRIORITY, 1),
              node(4, "P1", ItemType.PRIORITY, 1),
              node(3, "A1", ItemType.AIM, 2),
              node(7, "A2", ItemType.AIM, 1),
              node(2, "T1", ItemType.THEME, 1),
              node(1, "V", ItemType.VISION, 1)),
          List.of(
              new Link(2, 1),
              new Link(3, 2),
              new Link(7, 2),
              new Link(4, 3),
              new Link(5, 7),
              new Link(6, 4),
              new Link(6, 5)));

  private static Reading indicators(Linked... linked) {
    return new Reading("indicators", "/indicators", "2026/27 Q2", MARKS, List.of(linked));
  }

  private static String counts(ThreadOutline outline, long itemId) {
    return outline.tallies(itemId).get(0).counts().stream()
        .map(c -> c.number() + " " + c.mark().label())
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  @Test
  void aRecordBeneathTwoParentsIsCountedOnceWhereTheyMeet() {
    // Indicator 100 measures O1 (under P1 and P2) and P1 itself; 101 measures P2.
    ThreadOutline outline =
        new ThreadOutline(
            graph,
            List.of(
                indicators(
                    new Linked(100, 6, RED), new Linked(100, 4, RED), new Linked(101, 5, GREEN))));

    assertThat(counts(outline, 6)).isEqualTo("1 Red");
    assertThat(counts(outline, 4)).isEqualTo("1 Red");
    assertThat(counts(outline, 5)).isEqualTo("1 Red, 1 Green");
    assertThat(counts(outline, 2)).isEqualTo("1 Red, 1 Green");
    assertThat(counts(outline, 1)).isEqualTo("1 Red, 1 Green");
    assertThat(outline.tallies(1).get(0).total()).isEqualTo(2);
  }

  @Test
  void statusesAreCountedEachUnderItsOwnWordInTheGivenOrder() {
    ThreadOutline outline =
        new ThreadOutline(
            graph,
            List.of(
                indicators(
                    new Linked(1, 6, GREEN),
                    new Linked(2, 6, AMBER),
                    new Linked(3, 4, GREEN),
                    new Linked(4, 3, RED)),
                new Reading(
                    "actions",
                    "/actions",
                    "latest update",
                    MARKS,
                    List.of(new Linked(1, 7, AMBER)))));

    assertThat(counts(outline, 1)).isEqualTo("1 Red, 1 Amber, 2 Green");
    assertThat(counts(outline, 7)).isEqualTo("1 Amber, 1 Green");
    // The same record id in another reading is another record: an action, not indicator 1.
    assertThat(outline.tallies(7).get(1).kind()).isEqualTo("actions");
    assertThat(outline.tallies(7).get(1).total()).isEqualTo(1);
    assertThat(outline.tallies(3).get(1).total()).isZero();
    assertThat(counts(outline, 5)).isEqualTo("1 Amber, 1 Green");
  }

  @Test
  void anItemWithTwoParentsIsShownInFullOnceAndNamedUnderTheOther() {
    ThreadOutline outline = new ThreadOutline(graph, List.of(indicators()));
    Entry vision = outline.fromTop().get(0);
    Entry theme = vision.entries().get(0);
    Entry a2 = theme.entries().get(0);
    Entry a1 = theme.entries().get(1);
    Entry underP2 = a2.entries().get(0).entries().get(0);
    Entry underP1 = a1.entries().get(0).entries().get(0);

    // A2 comes first in reading order, so O1 is shown in full under P2.
    assertThat(underP2.node().code()).isEqualTo("O1");
    assertThat(underP2.repeat()).isFalse();
    assertThat(underP2.alsoUnder()).extracting(Node::code).containsExactly("P1");
    assertThat(underP1.node().code()).isEqualTo("O1");
    assertThat(underP1.repeat()).isTrue();
    assertThat(underP1.fullUnder().code()).isEqualTo("P2");
    assertThat(underP1.entries()).isEmpty();
    assertThat(underP1.depth()).isEqualTo(4);
  }

  @Test
  void aRepeatedItemDoesNotRepeatItsSubtree() {
    // S1 beneath O1: with O1 under two priorities, S1 appears once in the whole outline.
    ThreadGraph deeper =
        new ThreadGraph(
            List.of(
                node(1, "V", ItemType.VISION, 1),
                node(2, "P1", ItemType.PRIORITY, 1),
                node(3, "P2", ItemType.PRIORITY, 2),
                node(4, "O1", ItemType.OUTCOME, 1),
                node(5, "S1", ItemType.OBJECTIVE, 1)),
            List.of(
                new Link(2, 1), new Link(3, 1), new Link(4, 2), new Link(4, 3), new Link(5, 4)));
    Entry vision = new ThreadOutline(deeper, List.of()).fromTop().get(0);

    assertThat(vision.beneath()).isEqualTo(5);
    assertThat(vision.entries().get(1).entries().get(0).repeat()).isTrue();
  }

  @Test
  void levelsReadFromTheVisionDownwardsAndBySortOrderWithinALevel() {
    ThreadOutline outline = new ThreadOutline(graph, List.of());
    Entry theme = outline.fromTop().get(0).entries().get(0);

    assertThat(outline.fromTop()).extracting(e -> e.node().code()).containsExactly("V");
    assertThat(theme.node().code()).isEqualTo("T1");
    assertThat(theme.entries()).extracting(e -> e.node().code()).containsExactly("A2", "A1");
  }

  @Test
  void aLoopFromBadDataStillEnds() {
    ThreadGraph loop =
        new ThreadGraph(
            List.of(
                node(1, "V", ItemType.VISION, 1),
                node(2, "O1", ItemType.OBJECTIVE, 1),
                node(3, "O2", ItemType.OBJECTIVE, 2)),
            List.of(new Link(2, 1), new Link(3, 2), new Link(2, 3)));
    ThreadOutline outline = new ThreadOutline(loop, List.of(indicators(new Linked(9, 3, RED))));

    assertThat(outline.fromTop().get(0).beneath()).isEqualTo(2);
    assertThat(counts(outline, 1)).isEqualTo("1 Red");
  }

  @Test
  void aPlansThreadStartsFromItsTopItemsAndLeavesOutOtherPlans() {
    // A plan holding A1, P1 and O1 (not T1, P2 or A2): A1 is its top; O1's other parent P2 is
    // outside the plan, so O1 is shown in full under P1 with no marker; the roll-up still counts
    // what lies beneath from any plan.
    ThreadOutline outline = new ThreadOutline(graph, List.of(indicators(new Linked(100, 6, RED))));
    List<Entry> plan = outline.within(java.util.Set.of(3L, 4L, 6L));

    assertThat(plan).extracting(e -> e.node().code()).containsExactly("A1");
    Entry o1 = plan.get(0).entries().get(0).entries().get(0);
    assertThat(o1.node().code()).isEqualTo("O1");
    assertThat(o1.repeat()).isFalse();
    assertThat(o1.alsoUnder()).isEmpty();
    assertThat(plan.get(0).tallies().get(0).total()).isEqualTo(1);
  }
}

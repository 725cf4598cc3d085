package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.goldenthread.framework.ThreadGraph.Branch;
import org.goldenthread.framework.ThreadGraph.Link;
import org.goldenthread.framework.ThreadGraph.Node;
import org.junit.jupiter.api.Test;

class ThreadGraphTest {

  private static Node node(long id, String code, ItemType type) {
    return new Node(id, code, code, type, null, 0);
  }

  // V ← T1 ← A1 ← P1 ← O1 ← SO1, and P1 ← O2; P2 has nothing beneath; O3 contributes to nothing.
  private final ThreadGraph graph =
      new ThreadGraph(
          List.of(
              node(1, "V", ItemType.VISION),
              node(2, "T1", ItemType.THEME),
              node(3, "A1", ItemType.AIM),
              node(4, "P1", ItemType.PRIORITY),
              node(5, "P2", ItemType.PRIORITY),
              node(6, "O1", ItemType.OUTCOME),
              node(7, "O2", ItemType.OBJECTIVE),
              node(8, "SO1", ItemType.OBJECTIVE),
              node(9, "O3", ItemType.OBJECTIVE),
              node(10, "VAL", ItemType.VALUE)),
          List.of(
              new Link(2, 1),
              new Link(3, 2),
              new Link(4, 3),
              new Link(5, 3),
              new Link(6, 4),
              new Link(7, 4),
              new Link(8, 6)));

  @Test
  void goesUpFromAnObjectiveToTheVision() {
    Branch up = graph.up(8);
    List<String> chain = new java.util.ArrayList<>();
    for (Branch b = up; b != null; b = b.branches().isEmpty() ? null : b.branches().get(0)) {
      chain.add(b.node().code());
    }
    assertThat(chain).containsExactly("SO1", "O1", "P1", "A1", "T1", "V");
  }

  @Test
  void goesDownFromAPriorityToEverythingBeneathIt() {
    Branch down = graph.down(4);
    assertThat(down.branches()).extracting(b -> b.node().code()).containsExactly("O1", "O2");
    assertThat(down.size()).isEqualTo(4);
    assertThat(graph.beneath(4)).containsExactlyInAnyOrder(6L, 7L, 8L);
  }

  @Test
  void theWholeThreadStartsAtTheVisionAndTheUnlinked() {
    assertThat(graph.fromTop()).extracting(b -> b.node().code()).containsExactly("V", "O3");
    assertThat(graph.values()).extracting(Node::code).containsExactly("VAL");
  }

  @Test
  void findsPrioritiesWithNothingBeneath() {
    assertThat(graph.prioritiesWithNothingBeneath()).extracting(Node::code).containsExactly("P2");
  }

  @Test
  void findsItemsThatContributeToNothingButNotTheVisionOrValues() {
    assertThat(graph.contributingToNothing()).extracting(Node::code).containsExactly("O3");
  }

  @Test
  void aPriorityIsDeliveredWhenItOrAnythingBeneathItIsMeasuredOrActedOn() {
    assertThat(graph.prioritiesNotDelivered(Set.of()))
        .extracting(Node::code)
        .containsExactly("P1", "P2");
    assertThat(graph.prioritiesNotDelivered(Set.of(8L)))
        .extracting(Node::code)
        .containsExactly("P2");
    assertThat(graph.prioritiesNotDelivered(Set.of(5L)))
        .extracting(Node::code)
        .containsExactly("P1");
  }

  @Test
  void anEmptyThreadHasNoGaps() {
    ThreadGraph empty = new ThreadGraph(List.of(), List.of());
    assertThat(empty.fromTop()).isEmpty();
    assertThat(empty.prioritiesWithNothingBeneath()).isEmpty();
    assertThat(empty.contributingToNothing()).isEmpty();
  }

  @Test
  void linksToUnknownItemsAreIgnored() {
    ThreadGraph partial =
        new ThreadGraph(List.of(node(1, "P", ItemType.PRIORITY)), List.of(new Link(99, 1)));
    assertThat(partial.childrenOf(1)).isEmpty();
  }
}

package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.action.ActionFixtures.action;
import static org.goldenthread.action.ActionFixtures.uniqueCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.GapCheck;
import org.goldenthread.framework.ItemForm;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.ThreadGraph;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GoldenThreadTest
class ActionCoverageTest {

  @Autowired FrameworkService framework;
  @Autowired ActionService actions;
  @Autowired PersonService people;
  @Autowired GapCheck gaps;
  @Autowired Clock clock;
  @Autowired FixtureCouncil fixtures;

  private FrameworkItem item(String code, ItemType type, Long parentId) {
    return framework.create(
        new ItemForm(
            code, "Item " + code, type, null, null, null, null, null, "0", parentId, null));
  }

  private void deliver(FrameworkItem item) {
    long lead = fixtures.create().officer().getId();
    LocalDate due = LocalDate.now(clock).plusMonths(6);
    actions.create(action(uniqueCode("ACT"), item.getId(), null, lead, null, null, null, due));
  }

  @Test
  void aPriorityIsDeliveredOnceAnActionActsOnItOrOnSomethingBeneathIt() {
    FrameworkItem priority = item(uniqueCode("CP"), ItemType.PRIORITY, null);
    FrameworkItem objective = item(uniqueCode("CO"), ItemType.OBJECTIVE, priority.getId());
    FrameworkItem direct = item(uniqueCode("CP"), ItemType.PRIORITY, null);

    assertThat(codes(gaps.run().notDelivered())).contains(priority.getCode(), direct.getCode());

    deliver(objective);
    deliver(direct);

    GapCheck.Report report = gaps.run();
    assertThat(codes(report.notDelivered())).doesNotContain(priority.getCode(), direct.getCode());
    assertThat(report.deliveredMeans()).contains("acted on by an action");
  }

  private static List<String> codes(List<ThreadGraph.Node> nodes) {
    return nodes.stream().map(ThreadGraph.Node::code).toList();
  }
}

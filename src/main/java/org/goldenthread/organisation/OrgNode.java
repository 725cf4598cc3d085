package org.goldenthread.organisation;

import java.util.List;

/** One unit of the org tree with the units beneath it, for showing the structure. */
public record OrgNode(OrgUnit unit, List<OrgNode> children) {

  public int size() {
    return 1 + children.stream().mapToInt(OrgNode::size).sum();
  }
}

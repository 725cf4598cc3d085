package org.goldenthread;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability uses only the others' public types, and no two depend on each other. */
class ModularityTest {

  @Test
  void capabilitiesKeepToTheirBoundaries() {
    ApplicationModules.of(GoldenThreadApplication.class).verify();
  }
}

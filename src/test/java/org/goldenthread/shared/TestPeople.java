package org.goldenthread.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * People for tests that do not need real accounts: each name is one person, with an id of its own
 * well above those a fixture council's people are given.
 */
public final class TestPeople {

  private static final AtomicLong NEXT = new AtomicLong(1_000_000);
  private static final Map<String, Long> IDS = new ConcurrentHashMap<>();

  private TestPeople() {}

  /** The person of that name; the same name gives the same person throughout a test run. */
  public static PersonRef named(String name) {
    return PersonRef.person(IDS.computeIfAbsent(name, n -> NEXT.incrementAndGet()), name);
  }
}

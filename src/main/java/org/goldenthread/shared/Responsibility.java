package org.goldenthread.shared;

/**
 * Who answers for a record (SPEC §1, §12): the responsible person who delivers and reports, the
 * accountable person who signs off, and the org unit it belongs to. Any may be empty.
 */
public record Responsibility(Long responsiblePersonId, Long accountablePersonId, Long orgUnitId) {}

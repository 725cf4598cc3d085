package org.goldenthread.jobs;

import org.goldenthread.shared.Actor;

/** The person who started a job, as its work runs: the audit trail names them, not the runner. */
record JobActor(String username, String displayName, long accountId, Long personId)
    implements Actor {

  static JobActor of(Job job) {
    return new JobActor(
        job.startedByUsername(),
        job.startedBy().name(),
        job.startedBy().accountId(),
        job.startedBy().personId());
  }
}

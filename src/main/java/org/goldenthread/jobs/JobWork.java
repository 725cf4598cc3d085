package org.goldenthread.jobs;

import java.util.Set;

/**
 * The work behind one or more kinds of job, declared by the capability that owns it as a Spring
 * bean: the runner hands it each job of its kinds it claims from the table, as the person who
 * started the job, and keeps what it returns.
 */
public interface JobWork {

  /** The kinds of job this work does. */
  Set<String> kinds();

  /** How many of its jobs one instance runs at once; the rest wait their turn. */
  int concurrency();

  /**
   * Does the job: reads its input, reports progress as it goes and writes its result file, if it
   * makes one. An exception fails the job.
   *
   * @return the outcome to keep with the job (text or JSON), or null
   */
  String run(RunningJob job) throws Exception;
}

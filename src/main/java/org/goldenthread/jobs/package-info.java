/**
 * Long work (large imports, report PDFs) queued in the database and run in the background by any
 * instance of the application: its progress, outcome and result file outlive a restart and can be
 * read from every instance. A capability plugs in by declaring a {@link
 * org.goldenthread.jobs.JobWork} and starting jobs with {@link org.goldenthread.jobs.Jobs}.
 */
package org.goldenthread.jobs;

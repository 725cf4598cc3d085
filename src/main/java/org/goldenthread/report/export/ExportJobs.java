package org.goldenthread.report.export;

import java.util.Optional;
import org.goldenthread.jobs.Job;
import org.goldenthread.jobs.Jobs;
import org.goldenthread.shared.Actor;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Long exports (the PDF) laid out in the background as jobs (see {@link PdfWork}), so the reader
 * sees their progress and other people's pages are not held up. Each job belongs to whoever started
 * it; the job is kept in the database and its file on disk, so it survives a restart and any
 * instance shows it.
 */
@Component
class ExportJobs {

  static final String PDF = "report-pdf";

  /** One export as its progress page shows it. */
  record ExportJob(
      String id,
      long reportId,
      String fileName,
      String stage,
      boolean finished,
      boolean failed,
      boolean interrupted,
      long size) {}

  private final Jobs jobs;

  ExportJobs(Jobs jobs) {
    this.jobs = jobs;
  }

  /**
   * Queues the layout of the report's PDF from its sections' pages, made now; returns the job's id.
   */
  String start(Actor owner, long reportId, String fileName, byte[] sections) {
    return jobs.start(PDF, owner, reportId, fileName, sections);
  }

  /** The job, to the person who started it only. */
  Optional<ExportJob> find(String id, Actor owner) {
    return own(id, owner).map(ExportJobs::view);
  }

  /** The finished PDF, streamed from disk, to the person who started it only. */
  Optional<ResponseEntity<Resource>> file(String id, Actor owner) {
    return own(id, owner).filter(Job::hasResult).map(jobs::download);
  }

  private Optional<Job> own(String id, Actor owner) {
    return jobs.find(id).filter(j -> PDF.equals(j.kind()) && j.startedBy(owner));
  }

  private static ExportJob view(Job job) {
    String stage = job.progress().message();
    return new ExportJob(
        job.id(),
        job.subjectId(),
        job.subject(),
        stage == null ? "Waiting to start" : stage,
        job.finished(),
        job.failed(),
        job.interrupted(),
        job.resultSize());
  }
}

package org.goldenthread.indicator.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.jobs.Job;
import org.goldenthread.jobs.Jobs;
import org.goldenthread.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Large imports run in the background as jobs (see {@link ImportWork}), so the officer sees their
 * progress rather than a page that does not load. The job, with the uploaded file, is kept in the
 * database and on disk: it survives a restart and any instance shows its progress.
 */
@Component
class ImportJobs {

  /** The kind of job for each kind of import. */
  static final Map<String, String> KINDS =
      Map.of(
          IndicatorImportController.DEFINITIONS, "indicator-definitions",
          IndicatorImportController.VALUES, "indicator-values");

  /** One import as its progress page shows it: the outcome is null until it is finished. */
  record ImportJob(
      String id, String kind, String fileName, Progress progress, IndicatorImport.Outcome outcome) {

    public boolean finished() {
      return outcome != null;
    }
  }

  /** How far the import has got, as last written to its job. */
  record Progress(int rows, int checked, int saved) {}

  private final Jobs jobs;
  private final ObjectMapper json;

  ImportJobs(Jobs jobs, ObjectMapper json) {
    this.jobs = jobs;
    this.json = json;
  }

  /** Queues the import of {@code content}, to run as {@code by}; returns its job's id. */
  String start(String kind, String fileName, byte[] content, Actor by) {
    return jobs.start(KINDS.get(kind), by, null, fileName, content);
  }

  Optional<ImportJob> find(String id) {
    return jobs.find(id).filter(j -> KINDS.containsValue(j.kind())).map(this::view);
  }

  private ImportJob view(Job job) {
    String kind =
        KINDS.entrySet().stream()
            .filter(e -> e.getValue().equals(job.kind()))
            .findFirst()
            .orElseThrow()
            .getKey();
    Job.Progress p = job.progress();
    return new ImportJob(
        job.id(),
        kind,
        job.subject(),
        new Progress(p.total(), p.checked(), p.done()),
        outcome(job));
  }

  private IndicatorImport.Outcome outcome(Job job) {
    if (job.failed()) {
      return IndicatorImport.Outcome.refused(
          job.interrupted()
              ? "The import stopped because Golden Thread restarted before it finished, and"
                  + " nothing has been saved. Upload the file again."
              : "The import stopped because of an unexpected error, and nothing has been"
                  + " saved. Try again, and if it happens again tell the Golden Thread"
                  + " administrator.");
    }
    if (!job.finished()) {
      return null;
    }
    try {
      return json.readValue(job.outcome(), IndicatorImport.Outcome.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The outcome of import " + job.id() + " is unreadable", e);
    }
  }
}

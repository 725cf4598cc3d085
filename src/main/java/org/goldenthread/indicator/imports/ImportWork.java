package org.goldenthread.indicator.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.goldenthread.jobs.JobWork;
import org.goldenthread.jobs.RunningJob;
import org.springframework.stereotype.Component;

/**
 * Imports the uploaded file of a background import job, one at a time on each instance, as the
 * person who started it; its outcome is kept with the job as JSON.
 */
@Component
class ImportWork implements JobWork {

  private final IndicatorImport importer;
  private final ObjectMapper json;

  ImportWork(IndicatorImport importer, ObjectMapper json) {
    this.importer = importer;
    this.json = json;
  }

  @Override
  public Set<String> kinds() {
    return Set.copyOf(ImportJobs.KINDS.values());
  }

  @Override
  public int concurrency() {
    return 1;
  }

  @Override
  public String run(RunningJob job) throws Exception {
    ImportProgress progress = new ImportProgress(job);
    byte[] content = job.input();
    IndicatorImport.Outcome outcome =
        job.job().kind().equals(ImportJobs.KINDS.get(IndicatorImportController.DEFINITIONS))
            ? importer.definitions(content, progress)
            : importer.values(content, job.job().startedBy(), progress);
    return json.writeValueAsString(outcome);
  }
}

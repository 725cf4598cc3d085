package org.goldenthread.report.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.goldenthread.jobs.JobWork;
import org.goldenthread.jobs.RunningJob;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Lays out a background PDF job's sections, made when it was asked for, straight into its result
 * file on disk, two at a time on each instance.
 */
@Component
class PdfWork implements JobWork {

  @Override
  public Set<String> kinds() {
    return Set.of(ExportJobs.PDF);
  }

  @Override
  public int concurrency() {
    return 2;
  }

  @Override
  public String run(RunningJob job) throws Exception {
    job.message("Laying out the pages");
    String sections = new String(job.input(), StandardCharsets.UTF_8);
    try (OutputStream out = job.result(job.job().subject(), MediaType.APPLICATION_PDF_VALUE)) {
      PdfPack.render(
          Arrays.asList(sections.split(String.valueOf(ReportPdf.SECTION_BREAK))).iterator(), out);
    }
    return null;
  }
}

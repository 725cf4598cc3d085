package org.goldenthread.jobs;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background jobs (GOLDENTHREAD_JOBS_*).
 *
 * @param directory where uploaded files wait for their job and finished files (PDFs) are kept until
 *     downloaded; every instance of the application must see the same directory
 * @param poll how often each instance looks for queued jobs (a job started on this instance is
 *     taken at once)
 * @param heartbeat how often a running job's progress and heartbeat are written to its row
 * @param staleAfter a running job whose heartbeat is older than this is taken to have stopped with
 *     its instance, and is marked failed
 * @param keepFor finished jobs and their files are deleted after this long
 * @param instance this instance's name, recorded on the jobs it runs; empty means the host name
 */
@ConfigurationProperties("goldenthread.jobs")
public record JobsProperties(
    @DefaultValue("./data/jobs") Path directory,
    @DefaultValue("2s") Duration poll,
    @DefaultValue("1s") Duration heartbeat,
    @DefaultValue("2m") Duration staleAfter,
    @DefaultValue("7d") Duration keepFor,
    @DefaultValue("") String instance) {}

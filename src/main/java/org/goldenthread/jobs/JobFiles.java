package org.goldenthread.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The files of jobs on disk, named by the job's id: the input a queued job waits with, and the
 * result a finished job made. Ids are random UUIDs made here, so a name cannot leave the directory.
 */
@Component
class JobFiles {

  private final Path directory;

  JobFiles(JobsProperties properties) {
    this.directory = properties.directory().toAbsolutePath().normalize();
  }

  Path input(String id) {
    return directory.resolve(id + ".in");
  }

  Path result(String id) {
    return directory.resolve(id + ".out");
  }

  void writeInput(String id, byte[] content) {
    try {
      Files.createDirectories(directory);
      Files.write(input(id), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the job's file in " + directory, e);
    }
  }

  void deleteInput(String id) {
    delete(input(id));
  }

  void deleteAll(String id) {
    delete(input(id));
    delete(result(id));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.goldenthread.framework;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The golden thread as the framework page shows it: the graph read once, and the statuses of
 * whatever measures or delivers its items read once from each capability that provides them.
 */
@Service
@Transactional(readOnly = true)
public class ThreadOutlines {

  private final FrameworkService framework;
  private final List<ThreadStatuses> statuses;

  ThreadOutlines(FrameworkService framework, List<ThreadStatuses> statuses) {
    this.framework = framework;
    this.statuses = statuses;
  }

  public ThreadOutline outline() {
    return new ThreadOutline(
        framework.graph(), statuses.stream().map(ThreadStatuses::read).toList());
  }
}

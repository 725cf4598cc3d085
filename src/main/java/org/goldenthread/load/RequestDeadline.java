package org.goldenthread.load;

import java.time.Instant;

/**
 * The moment the heavy request on this thread must stop working. Tomcat does not tell a servlet
 * that its client has gone until the servlet writes, and a heavy page computes for a long time
 * before it writes; so instead of noticing the disconnect, heavy work carries a deadline and each
 * database statement checks it ({@link DeadlineStatementInspector}).
 */
final class RequestDeadline {

  private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

  private RequestDeadline() {}

  static void start(Instant deadline) {
    DEADLINE.set(deadline);
  }

  static void clear() {
    DEADLINE.remove();
  }

  /** Ends the work of a request past its deadline; does nothing for a request without one. */
  static void check() {
    Instant deadline = DEADLINE.get();
    if (deadline != null && Instant.now().isAfter(deadline)) {
      throw new RequestDeadlineExceededException();
    }
  }
}

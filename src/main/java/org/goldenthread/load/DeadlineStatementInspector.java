package org.goldenthread.load;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate hands every SQL statement here before it runs: a heavy request past its deadline fails
 * at its next statement instead of reading on for a client that has long gone.
 */
class DeadlineStatementInspector implements StatementInspector {

  @Override
  public String inspect(String sql) {
    RequestDeadline.check();
    return sql;
  }
}

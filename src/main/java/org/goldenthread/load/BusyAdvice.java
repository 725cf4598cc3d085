package org.goldenthread.load;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Work cut short for load — past the request deadline, a statement or transaction timed out, no
 * database connection free within the pool's wait — is answered "busy, try again", not as a fault.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyAdvice {

  private static final Logger log = LoggerFactory.getLogger(BusyAdvice.class);

  private final BusyAnswer busy;

  BusyAdvice(BusyAnswer busy) {
    this.busy = busy;
  }

  @ExceptionHandler({
    RequestDeadlineExceededException.class,
    TransactionTimedOutException.class,
    QueryTimeoutException.class,
    CannotCreateTransactionException.class
  })
  void busy(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    log.warn(
        "Cut short for load: {} {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        e.toString());
    busy.write(request, response);
  }
}

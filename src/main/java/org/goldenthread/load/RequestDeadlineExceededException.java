package org.goldenthread.load;

import java.io.Serial;

/** A heavy request ran past its deadline; it is answered as "busy, try again". */
public class RequestDeadlineExceededException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  RequestDeadlineExceededException() {
    super("The request ran past its deadline");
  }
}

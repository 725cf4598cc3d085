package org.goldenthread.shared;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises a write refused because a record with the same key already exists: the way two people
 * creating the same record at the same moment meet, as neither could see the other's.
 */
public final class UniqueKeys {

  /** The SQL state H2 and PostgreSQL both give a unique-key violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** What the person is told when nothing more particular is known of the record. */
  public static final String ALREADY_RECORDED =
      "Someone else has just saved the same record, so yours has not been saved. Look at the one"
          + " recorded, then change it if need be.";

  private UniqueKeys() {}

  public static boolean violated(Throwable e) {
    if (e instanceof DuplicateKeyException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Makes a write that may add a record someone else has just added; a clash on a unique key is
   * refused with {@code message}, naming what already exists. So is a wait for the other's key that
   * timed out (H2 gives up after a second rather than wait for their commit, as PostgreSQL does):
   * the other's record is on its way in.
   */
  public static <T> T insert(Supplier<T> write, Supplier<String> message) {
    try {
      return write.get();
    } catch (DataIntegrityViolationException e) {
      if (violated(e)) {
        throw new AlreadyRecordedException(message.get());
      }
      throw e;
    } catch (PessimisticLockingFailureException e) {
      throw new AlreadyRecordedException(message.get());
    }
  }
}

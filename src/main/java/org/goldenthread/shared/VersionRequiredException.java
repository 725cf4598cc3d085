package org.goldenthread.shared;

/**
 * A program asked to change a record without saying which version of it it read, so the change
 * could silently replace one someone else has saved since. Nothing is saved.
 */
public class VersionRequiredException extends RuntimeException {

  public VersionRequiredException(String what) {
    super(
        "Send the version of the "
            + what
            + " you read, in the \"version\" field or an If-Match header, so that a change someone"
            + " else has saved since is not overwritten. Read the "
            + what
            + " again to get its current version.");
  }
}

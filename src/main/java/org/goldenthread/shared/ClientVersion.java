package org.goldenthread.shared;

/**
 * The version of a record a program says it read before changing it: the JSON body's {@code
 * version} field, or an {@code If-Match} header holding the version number ({@code 3}, {@code "3"}
 * or {@code W/"3"}).
 */
public final class ClientVersion {

  private ClientVersion() {}

  /** The version sent, or null if none; the body's and the header's must agree. */
  public static Long of(Long body, String ifMatch) {
    Long header = parse(ifMatch);
    if (body != null && header != null && !body.equals(header)) {
      throw new RuleViolationException(
          "version",
          "The version in the request ("
              + body
              + ") and in its If-Match header ("
              + header
              + ") differ. Send one version: the one you read.");
    }
    return body != null ? body : header;
  }

  /**
   * The version sent to change an existing {@code what}; refused when there is none, as the change
   * could overwrite someone else's.
   */
  public static long required(String what, Long body, String ifMatch) {
    Long version = of(body, ifMatch);
    if (version == null) {
      throw new VersionRequiredException(what);
    }
    return version;
  }

  private static Long parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw new RuleViolationException(
          "version",
          "The If-Match header must hold the version you read, like \"3\", not " + ifMatch + ".");
    }
  }
}

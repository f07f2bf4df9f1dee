package nl.lon.core.error;

/**
 * An append named a version of the case stream that is no longer current (versieconflict).
 *
 * <p>Nothing was written. Reload the case, decide again, and retry. Carries the version the caller
 * expected and the version actually stored.
 *
 * @since 0.1
 */
public class ConcurrencyConflictException extends LonException {
  private static final long serialVersionUID = 1L;

  /** The stream (case id) appended to. */
  private final String stream;

  /** The version the caller expected. */
  private final long expectedVersion;

  /** The version stored, as far as known. */
  private final long actualVersion;

  /**
   * Creates the error.
   *
   * @param stream the stream (case id) appended to
   * @param expectedVersion the version the caller expected
   * @param actualVersion the version stored, as far as known
   */
  public ConcurrencyConflictException(String stream, long expectedVersion, long actualVersion) {
    super(
        "case "
            + stream
            + " is at version "
            + actualVersion
            + ", not the expected "
            + expectedVersion
            + "; reload the case and retry the command");
    this.stream = stream;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Creates the error with a message of its own, for a subtype.
   *
   * @param message what happened and what to do
   * @param stream the stream (case id) appended to
   * @param expectedVersion the version the caller expected
   * @param actualVersion the version stored, as far as known
   */
  protected ConcurrencyConflictException(
      String message, String stream, long expectedVersion, long actualVersion) {
    super(message);
    this.stream = stream;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The stream appended to.
   *
   * @return the stream id
   */
  public String getStream() {
    return stream;
  }

  /**
   * The version the caller expected.
   *
   * @return the expected version
   */
  public long getExpectedVersion() {
    return expectedVersion;
  }

  /**
   * The version actually stored when the append was tried.
   *
   * @return the actual version
   */
  public long getActualVersion() {
    return actualVersion;
  }
}

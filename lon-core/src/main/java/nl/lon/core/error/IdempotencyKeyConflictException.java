package nl.lon.core.error;

/**
 * An idempotency key was used again for a different request (sleutelconflict).
 *
 * <p>Nothing was written, and the earlier request's result is not handed out: a key identifies one
 * request, so a second request under the same key is refused rather than answered with the first
 * one's result. For a signal, it means the case id is already in use for another signal: choose a
 * new case id, for example {@code CaseId.generate()}.
 *
 * @since 0.2
 */
public class IdempotencyKeyConflictException extends ConcurrencyConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param stream the stream (case id) appended to
   * @param expectedVersion the version the request expected
   * @param actualVersion the stream's version, as far as known
   */
  public IdempotencyKeyConflictException(String stream, long expectedVersion, long actualVersion) {
    super(
        "the idempotency key was already used on case "
            + stream
            + " for a different request; nothing was written. Use a new key for a new request"
            + " (for a new case: a new case id)",
        stream,
        expectedVersion,
        actualVersion);
  }
}

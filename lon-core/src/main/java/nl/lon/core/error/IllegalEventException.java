package nl.lon.core.error;

/**
 * An event cannot follow the current case state: the stream is corrupt (ongeldige gebeurtenis).
 *
 * <p>The rules never produce such events; the fold throws this when a stored stream is damaged or
 * was written without the rules. Names the event type, its sequence and the state found.
 *
 * @since 0.1
 */
public class IllegalEventException extends LonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message which event, at which sequence, cannot follow which state
   */
  public IllegalEventException(String message) {
    super(message);
  }
}

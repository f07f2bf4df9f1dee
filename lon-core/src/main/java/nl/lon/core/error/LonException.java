package nl.lon.core.error;

/**
 * The root of every error the LON SDK throws on purpose.
 *
 * <p>All subtypes are unchecked and carry a message that says what to fix. Catch this type to
 * handle every library error in one place; catch a subtype to react to one kind.
 *
 * @since 0.1
 */
public class LonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an error with a message that says what went wrong and what to fix.
   *
   * @param message the message, not null
   */
  public LonException(String message) {
    super(message);
  }

  /**
   * Creates an error with a message and the underlying cause.
   *
   * @param message the message, not null
   * @param cause the cause, may be null
   */
  public LonException(String message, Throwable cause) {
    super(message, cause);
  }
}

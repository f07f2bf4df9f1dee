package nl.lon.persistence.codec;

import java.util.Optional;
import nl.lon.core.error.LonException;

/**
 * A stored event could not be decoded: the JSON is malformed, a field is missing or has the wrong
 * type, or the values break a rule of the domain model (decodeerfout).
 *
 * <p>Names the event type (when it could be read) and the JSON path of the offending field, for
 * example {@code $.data.plan.goals[0].code}, so an adapter developer can find the stored row and
 * the field to repair.
 *
 * @since 0.1
 */
public class CodecException extends LonException {
  private static final long serialVersionUID = 1L;

  /** The event type name, or null when it could not be read. */
  private final String eventType;

  /** The JSON path of the offending field. */
  private final String path;

  /**
   * Creates the error.
   *
   * @param eventType the event type name, or null when it is not known
   * @param path the JSON path of the offending field, such as {@code $.data.signal.id}
   * @param message what is wrong
   * @param cause the underlying error, or null
   */
  public CodecException(String eventType, String path, String message, Throwable cause) {
    super(
        "cannot decode "
            + (eventType == null ? "event" : eventType + " event")
            + " at "
            + path
            + ": "
            + message,
        cause);
    this.eventType = eventType;
    this.path = path;
  }

  /**
   * The type of the event being decoded, when it could be read.
   *
   * @return the type name, such as {@code PLAN_ADOPTED}, or empty
   */
  public Optional<String> getEventType() {
    return Optional.ofNullable(eventType);
  }

  /**
   * The JSON path of the field that could not be decoded.
   *
   * @return a path such as {@code $.data.signal.id}; {@code $} for the whole document
   */
  public String getPath() {
    return path;
  }
}

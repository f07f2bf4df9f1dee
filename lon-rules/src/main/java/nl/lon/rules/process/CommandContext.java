package nl.lon.rules.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.lon.core.network.Professional;

/**
 * Who gives a command, and when (context van een opdracht).
 *
 * <p>The rules read no clock: the business date and the recorded instant come in here, from the
 * caller's injected {@link java.time.Clock}.
 *
 * @param date the business date on which the command takes effect
 * @param recordedAt the instant to stamp on the events
 * @param actor the acting professional, with their roles in the network
 * @since 0.1
 */
public record CommandContext(LocalDate date, Instant recordedAt, Professional actor) {

  /**
   * Validates the fields.
   *
   * @throws NullPointerException when a field is null
   */
  public CommandContext {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
  }
}

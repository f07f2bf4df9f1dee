package nl.lon.core.process;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An activity of a plan of approach: what, who is responsible, and by when (activiteit).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /**
   * What is to be done.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getDescription();

  /**
   * Who does it.
   *
   * @return the responsible party
   */
  public abstract Responsible getResponsible();

  /**
   * By when.
   *
   * @return the due date, within {@link PlausibleDates}
   */
  public abstract LocalDate getDueOn();

  /**
   * The code of the goal it serves.
   *
   * @return the goal code, an identifier as {@link Goal#getCode()}, or empty
   */
  public abstract Optional<String> getGoalCode();

  @Value.Check
  void check() {
    Checks.text(getDescription(), Checks.MAX_REASON, "Activity.description");
    Checks.date(getDueOn(), "Activity.dueOn");
    getGoalCode().ifPresent(c -> Checks.identifier(c, "Activity.goalCode"));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Activity}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableActivity.Builder {
    /** Creates an empty builder, the same as {@link Activity#builder()}. */
    public Builder() {}
  }
}

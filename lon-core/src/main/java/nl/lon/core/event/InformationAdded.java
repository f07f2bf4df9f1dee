package nl.lon.core.event;

import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A partner added information about the client (step 3 or later).
 *
 * <p>Dutch: <em>informatie toegevoegd</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class InformationAdded implements CaseEvent {

  InformationAdded() {}

  /**
   * The partner that added it.
   *
   * @return the value
   */
  public abstract OrganisationId getOrganisation();

  /**
   * A summary, without personal data.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  public abstract String getSummary();

  @Override
  public final EventType getType() {
    return EventType.INFORMATION_ADDED;
  }

  @Value.Check
  void check() {
    Checks.text(getSummary(), Checks.MAX_NARRATIVE, "InformationAdded.summary");
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
   * Builds a {@link InformationAdded}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableInformationAdded.Builder {
    /** Creates an empty builder, the same as {@link InformationAdded#builder()}. */
    public Builder() {}
  }
}

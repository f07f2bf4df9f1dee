package nl.lon.core.event;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A home visit took place (instrument 1).
 *
 * <p>Dutch: <em>huisbezoek</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class HomeVisitRecorded implements CaseEvent {

  HomeVisitRecorded() {}

  /**
   * The professionals who visited; roles agreed beforehand.
   *
   * @return the elements (at least one)
   */
  public abstract ImmutableSet<ProfessionalId> getVisitors();

  /**
   * What was found, without personal data.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  public abstract String getFindings();

  /**
   * Whether the client was reached.
   *
   * @return true or false
   */
  public abstract boolean isClientReached();

  @Override
  public final EventType getType() {
    return EventType.HOME_VISIT_RECORDED;
  }

  @Value.Check
  void check() {
    Checks.notEmpty(getVisitors(), "HomeVisitRecorded.visitors");
    Checks.text(getFindings(), Checks.MAX_NARRATIVE, "HomeVisitRecorded.findings");
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
   * Builds a {@link HomeVisitRecorded}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableHomeVisitRecorded.Builder {
    /** Creates an empty builder, the same as {@link HomeVisitRecorded#builder()}. */
    public Builder() {}
  }
}

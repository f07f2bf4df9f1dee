package nl.lon.core.event;

import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A measure on the pressure and coercion continuum was recorded by its executing organisation.
 *
 * <p>Dutch: <em>drang- of dwangmaatregel</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class CoercionMeasureRecorded implements CaseEvent {

  CoercionMeasureRecorded() {}

  /**
   * The catalogue code of the measure.
   *
   * @return an identifier, as {@link nl.lon.core.escalation.CoercionMeasure#getCode()}
   */
  public abstract String getMeasureCode();

  /**
   * The measure's level on the continuum, from the catalogue.
   *
   * @return 1 to 100, as {@link nl.lon.core.escalation.CoercionMeasure#getLevel()}
   */
  public abstract int getLevel();

  /**
   * The executing organisation.
   *
   * @return the value
   */
  public abstract OrganisationId getExecutedBy();

  /**
   * Why; required when rising on the continuum.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  @Override
  public final EventType getType() {
    return EventType.COERCION_MEASURE_RECORDED;
  }

  @Value.Check
  void check() {
    Checks.identifier(getMeasureCode(), "CoercionMeasureRecorded.measureCode");
    Checks.range(getLevel(), 1, 100, "CoercionMeasureRecorded.level");
    Checks.text(getReason(), Checks.MAX_REASON, "CoercionMeasureRecorded.reason");
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
   * Builds a {@link CoercionMeasureRecorded}: set the attributes, then {@code build()} validates
   * them and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCoercionMeasureRecorded.Builder {
    /** Creates an empty builder, the same as {@link CoercionMeasureRecorded#builder()}. */
    public Builder() {}
  }
}

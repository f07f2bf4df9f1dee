package nl.lon.core.event;

import nl.lon.core.scan.LifeDomainScan;
import org.immutables.value.Value;

/**
 * A life-domain scan was recorded (step 4 or later).
 *
 * <p>Dutch: <em>scan leefgebieden</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class LifeDomainScanRecorded implements CaseEvent {

  LifeDomainScanRecorded() {}

  /**
   * The scan.
   *
   * @return the value
   */
  public abstract LifeDomainScan getScan();

  @Override
  public final EventType getType() {
    return EventType.LIFE_DOMAIN_SCAN_RECORDED;
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
   * Builds a {@link LifeDomainScanRecorded}: set the attributes, then {@code build()} validates
   * them and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableLifeDomainScanRecorded.Builder {
    /** Creates an empty builder, the same as {@link LifeDomainScanRecorded#builder()}. */
    public Builder() {}
  }
}

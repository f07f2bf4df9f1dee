package nl.lon.core.process;

import java.time.LocalDate;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An activity of the network that belongs to no case: information to organisations outside the
 * network, or consultation about a professional's own client (netwerkactiviteit: voorlichting of
 * consultatie).
 *
 * <p>The source gives the network directors the task of informing organisations in the municipality
 * that are not involved in the network about its way of working, and has the network offer
 * consultation to professionals who call for advice about a client of their own "waarbij overname
 * door het OGGZ-netwerk niet aan de orde is" (seeds/004 l.1722-1731). Neither opens a case, so
 * neither names a client: the organisation and the topic are free texts without personal data.
 *
 * <pre>{@code
 * NetworkActivity a = NetworkActivity.builder()
 *     .kind(NetworkActivityKind.CONSULTATION).heldOn(LocalDate.of(2027, 3, 4))
 *     .organisation("huisartsenpraktijk De Linde").topic("advice on a patient who avoids care")
 *     .build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class NetworkActivity {

  NetworkActivity() {}

  /**
   * Information or consultation.
   *
   * @return the kind
   */
  public abstract NetworkActivityKind getKind();

  /**
   * The day the activity took place.
   *
   * @return a date from 1900-01-01 to 2199-12-31
   */
  public abstract LocalDate getHeldOn();

  /**
   * The organisation informed, or the organisation of the professional who asked for advice; it
   * need not be a partner of the network.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getOrganisation();

  /**
   * What it was about, without personal data (never the client's name).
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getTopic();

  @Value.Check
  void check() {
    Checks.date(getHeldOn(), "NetworkActivity.heldOn");
    Checks.text(getOrganisation(), Checks.MAX_LABEL, "NetworkActivity.organisation");
    Checks.text(getTopic(), Checks.MAX_LABEL, "NetworkActivity.topic");
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
   * Builds a {@link NetworkActivity}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableNetworkActivity.Builder {
    /** Creates an empty builder, the same as {@link NetworkActivity#builder()}. */
    public Builder() {}
  }
}

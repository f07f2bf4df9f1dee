package nl.lon.core.process;

import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A warm handover of a case to another network when the client moves (warme overdracht).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class WarmHandover {

  WarmHandover() {}

  /**
   * The receiving network.
   *
   * @return the network
   */
  @Value.Parameter
  public abstract NetworkId getToNetwork();

  /**
   * The contact at the receiving network (role or function, no personal data of the client).
   *
   * @return a text with visible content, at most 200 characters
   */
  @Value.Parameter
  public abstract String getReceivingContact();

  /**
   * What was handed over.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  @Value.Parameter
  public abstract String getSummary();

  @Value.Check
  void check() {
    Checks.text(getReceivingContact(), Checks.MAX_LABEL, "WarmHandover.receivingContact");
    Checks.text(getSummary(), Checks.MAX_NARRATIVE, "WarmHandover.summary");
  }

  /**
   * Creates a handover.
   *
   * @param toNetwork the receiving network
   * @param receivingContact the contact there
   * @param summary what was handed over
   * @return the handover
   */
  public static WarmHandover of(NetworkId toNetwork, String receivingContact, String summary) {
    return ImmutableWarmHandover.of(toNetwork, receivingContact, summary);
  }
}

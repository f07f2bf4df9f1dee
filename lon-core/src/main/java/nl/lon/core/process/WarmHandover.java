package nl.lon.core.process;

import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A warm handover of a case to another network when the client moves (warme overdracht).
 *
 * <p>The sending network names the receiving network, where known the receiving professional, and
 * what it shares (the summary); the handover is shared on the client's consent in force or on a
 * legal basis from the sending network's catalogue ({@link #getLegalBasis()}). After the handover
 * the sending network keeps the case only for the roles its privacy protocol names, and the
 * receiving network's director (or the named professional) reads it.
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

  /**
   * The professional of the receiving network the case is handed to, where known.
   *
   * @return the professional, or empty
   * @since 0.2
   */
  public abstract Optional<ProfessionalId> getReceivingProfessional();

  /**
   * The code of the legal basis the handover is shared on when the client's consent is not in force
   * (from the sending network's catalogue, {@code AccessPolicy.getLegalBases()}).
   *
   * @return the code, or empty when shared on consent
   * @since 0.2
   */
  public abstract Optional<String> getLegalBasis();

  @Value.Check
  void check() {
    Checks.optionalText(getLegalBasis(), Checks.MAX_LABEL, "WarmHandover.legalBasis");
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

  /**
   * This handover, addressed to a named professional of the receiving network.
   *
   * @param professional the receiving professional
   * @return the handover
   * @since 0.2
   */
  public WarmHandover receivedBy(ProfessionalId professional) {
    return ImmutableWarmHandover.builder().from(this).receivingProfessional(professional).build();
  }

  /**
   * This handover, shared on a legal basis instead of the client's consent.
   *
   * @param code the code of the legal basis in the sending network's catalogue
   * @return the handover
   * @since 0.2
   */
  public WarmHandover onLegalBasis(String code) {
    return ImmutableWarmHandover.builder().from(this).legalBasis(code).build();
  }
}

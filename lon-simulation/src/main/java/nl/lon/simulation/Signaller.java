package nl.lon.simulation;

import java.util.Optional;
import nl.lon.core.network.PartnerKind;

/**
 * Who brings a signal to the network (signaalinbrenger) in the simulation. The source says the
 * police and the housing corporations signal most often (seeds/004_ca47ed76719141bc.txt l.704-705)
 * and that signals also come from other residents (l.1392); the shares per kind are settings.
 *
 * @since 0.2
 */
public enum Signaller {
  /** The police (politie). */
  POLICE(PartnerKind.POLICE),
  /** A housing corporation (woningcorporatie). */
  HOUSING_CORPORATION(PartnerKind.HOUSING_CORPORATION),
  /** General social work (algemeen maatschappelijk werk). */
  SOCIAL_WORK(PartnerKind.SOCIAL_WORK),
  /** Mental-health care (GGZ). */
  MENTAL_HEALTH_CARE(PartnerKind.MENTAL_HEALTH_CARE),
  /** Addiction care (verslavingszorg). */
  ADDICTION_CARE(PartnerKind.ADDICTION_CARE),
  /** The municipal health service (GGD). */
  GGD(PartnerKind.GGD),
  /** A resident, such as a neighbour or family member (buurtbewoner). */
  RESIDENT(null);

  private final PartnerKind partnerKind;

  Signaller(PartnerKind partnerKind) {
    this.partnerKind = partnerKind;
  }

  /**
   * The partner kind of the signalling organisation.
   *
   * @return the kind, or empty for a resident
   */
  public Optional<PartnerKind> partnerKind() {
    return Optional.ofNullable(partnerKind);
  }
}

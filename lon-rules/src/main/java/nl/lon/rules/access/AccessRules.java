package nl.lon.rules.access;

import java.util.Optional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;

/**
 * Decides whether a professional may read or change a case's data: deny unless the policy allows
 * (toegangsregels).
 *
 * <p>In order: the actor must work in the case's network; the network director and the case's
 * trajectory director are authorised; others per the policy's {@link ViewerScope} (shell partners
 * only when involved in the case); steering-group members see figures, never cases. Where consent
 * is required, sharing with anyone outside the coordinating organisation and the case's directors
 * needs consent in force whose scope covers the actor's organisation, or a legal basis from the
 * catalogue. A denied request may be overridden in an emergency with a reason, where the policy
 * allows and the actor is not only a steering-group member; the override is flagged. Pure and
 * thread-safe.
 *
 * @since 0.1
 */
public final class AccessRules {

  private final AccessPolicy policy;

  private AccessRules(AccessPolicy policy) {
    this.policy = policy;
  }

  /**
   * The rules of a policy.
   *
   * @param policy the policy
   * @return the rules
   */
  public static AccessRules of(AccessPolicy policy) {
    return new AccessRules(java.util.Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Decides on a request.
   *
   * @param r the request
   * @return the decision
   */
  public AccessDecision decide(AccessRequest r) {
    if (!r.actor().getNetwork().equals(r.network().getId())
        || !r.actor().getOrganisation().equals(r.actorOrganisation().getId())) {
      return deny("access.other-network", "the professional does not work in this network", false, false, false, r);
    }
    CaseState s = r.state();
    boolean director = r.actor().hasRole(ProfessionalRole.NETWORK_DIRECTOR);
    boolean trajectoryDirector = s.getTrajectoryDirector().map(r.actor().getId()::equals).orElse(false);
    boolean involved = s.getInvolvedProfessionals().contains(r.actor().getId())
        || s.getInvolvedOrganisations().contains(r.actor().getOrganisation());
    boolean coordinating = r.actor().getOrganisation().equals(r.network().getContractor());
    boolean newCase = s.getVersion() == 0;
    boolean relationship = director || trajectoryDirector || involved;

    boolean authorised;
    String rule;
    if (director || trajectoryDirector) {
      authorised = true;
      rule = "access.case-director";
    } else if (newCase && r.write()) {
      authorised = !r.actor().getRoles().equals(java.util.Set.of(ProfessionalRole.STEERING_GROUP_MEMBER));
      rule = "access.report-signal";
    } else if (r.actor().getRoles().equals(java.util.Set.of(ProfessionalRole.STEERING_GROUP_MEMBER))) {
      authorised = false;
      rule = "access.steering-group-no-cases";
    } else {
      rule = "access.viewer-scope";
      boolean shellOnly = !r.actor().hasRole(ProfessionalRole.CORE_MEMBER) && !r.actor().hasRole(ProfessionalRole.TEAM_SUPPORT);
      switch (policy.getViewers()) {
        case COORDINATING_ORGANISATION:
          authorised = coordinating || (r.write() && involved);
          break;
        case CASE_PARTNERS:
          authorised = involved || coordinating;
          break;
        default:
          authorised = shellOnly ? involved : true;
          break;
      }
    }
    boolean consentOk = true;
    Optional<String> basis = Optional.empty();
    if (authorised && policy.isConsentRequired() && !newCase && !director && !trajectoryDirector && !coordinating) {
      Optional<LegalBasis> invoked = r.legalBasis().flatMap(policy::legalBasis);
      basis = invoked.map(LegalBasis::getCode);
      boolean involvedNow = involved;
      consentOk = s.getConsent()
              .map(c -> c.isInForceOn(r.date()) && c.covers(r.actor().getOrganisation(), involvedNow))
              .orElse(false)
          || invoked.isPresent();
      if (!consentOk) {
        rule = "access.consent-required";
      }
    }
    if (authorised && consentOk) {
      return new AccessDecision(true, rule, "allowed", true, relationship, true, basis, false);
    }
    String why = !authorised
        ? "the network's policy (" + policy.getViewers() + ") does not let this professional "
            + (r.write() ? "change" : "see") + " this case"
        : "the client has not consented to sharing with partners; record consent or invoke a legal basis";
    boolean steeringOnly = r.actor().getRoles().equals(java.util.Set.of(ProfessionalRole.STEERING_GROUP_MEMBER));
    if (r.emergencyReason().isPresent() && policy.isEmergencyOverrideAllowed() && !steeringOnly) {
      return new AccessDecision(true, "access.emergency-override", "allowed by emergency override: " + why,
          authorised, relationship, consentOk, basis, true);
    }
    return new AccessDecision(false, rule, why, authorised, relationship, consentOk, basis, false);
  }

  private static AccessDecision deny(String rule, String message, boolean authorised, boolean relationship,
      boolean consent, AccessRequest r) {
    return new AccessDecision(false, rule, message, authorised, relationship, consent, Optional.empty(), false);
  }
}

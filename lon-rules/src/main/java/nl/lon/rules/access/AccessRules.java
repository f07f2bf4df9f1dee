package nl.lon.rules.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.state.CaseState;

/**
 * Decides whether a professional may see or change a resource: deny unless the policy allows
 * (toegangsregels). Every resource the case service serves is decided here, and nowhere else.
 *
 * <p>Every request: the actor must work in the resource's network, as home network or a further
 * membership ({@link AccessRuleId#OTHER_NETWORK}), and only the roles held in that network count
 * ({@link Professional#rolesIn}): a network director of one network is a core member in another
 * where that is the role held there. Then per {@link AccessResource}:
 *
 * <ul>
 *   <li><b>Case, timeline, transfer</b>: the network director and the case's trajectory director
 *       are authorised ({@link AccessRuleId#CASE_DIRECTOR}); any professional but a steering-group
 *       member may open a case ({@link AccessRuleId#REPORT_SIGNAL}); steering-group members see
 *       figures, never cases ({@link AccessRuleId#STEERING_GROUP_NO_CASES}); others per the
 *       policy's {@link ViewerScope} (shell partners only when involved in the case; {@link
 *       AccessRuleId#VIEWER_SCOPE}). Where consent is required, sharing with anyone outside the
 *       coordinating organisation and the case's directors needs consent in force whose scope
 *       covers the actor's organisation, or a legal basis from the catalogue ({@link
 *       AccessRuleId#CONSENT_REQUIRED}). A denied request may be overridden in an emergency with a
 *       reason, where the policy allows and the actor is not only a steering-group member; the
 *       override is flagged ({@link AccessRuleId#EMERGENCY_OVERRIDE}).
 *   <li><b>Personal data</b>: as the case; storing them is refused where the network works with
 *       client numbers only ({@link AccessRuleId#CLIENT_NUMBERS_ONLY}).
 *   <li><b>Audit trail, erasure, network agenda, network activities</b>: a network director only
 *       ({@link AccessRuleId#NETWORK_DIRECTOR_ONLY}); no emergency override.
 *   <li><b>Management figures</b>: the roles of {@link AccessPolicy#getFiguresViewers()} ({@link
 *       AccessRuleId#FIGURES}), at the policy's small-cell threshold or a higher one ({@link
 *       #suppressionThreshold(int)}).
 *   <li><b>Involvement index</b>: every role of the network but the steering group's ({@link
 *       AccessRuleId#INVOLVEMENT_INDEX}); a look-up also needs the organisation's own registration,
 *       which the involvement service checks ({@link
 *       AccessRuleId#INVOLVEMENT_REGISTRATION_REQUIRED}).
 *   <li><b>Own agenda</b>: every professional of the network ({@link AccessRuleId#OWN_AGENDA}); it
 *       holds only the cases the professional may read, each decided as a case read.
 * </ul>
 *
 * <p>Pure and thread-safe.
 *
 * @since 0.1
 */
public final class AccessRules {

  private static final Set<ProfessionalRole> STEERING_ONLY =
      Set.of(ProfessionalRole.STEERING_GROUP_MEMBER);

  /** Who may use the involvement index: every role but the steering group's. */
  private static final Set<ProfessionalRole> INDEX_USERS =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(ProfessionalRole.STEERING_GROUP_MEMBER)));

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
    return new AccessRules(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Decides on a request.
   *
   * @param r the request
   * @return the decision
   */
  public AccessDecision decide(AccessRequest r) {
    switch (r.resource()) {
      case NETWORK_AGENDA:
        return byRole(
            r,
            AccessRuleId.NETWORK_DIRECTOR_ONLY,
            Set.of(ProfessionalRole.NETWORK_DIRECTOR),
            "the network agenda",
            "de netwerkagenda");
      case CASE_LIST:
        return byRole(
            r,
            AccessRuleId.NETWORK_DIRECTOR_ONLY,
            Set.of(ProfessionalRole.NETWORK_DIRECTOR),
            "the case list of the network meeting",
            "de bespreeklijst van het netwerkoverleg");
      case AUDIT_TRAIL:
        return byRole(
            r,
            AccessRuleId.NETWORK_DIRECTOR_ONLY,
            Set.of(ProfessionalRole.NETWORK_DIRECTOR),
            "the audit trail",
            "de auditlog");
      case NETWORK_ACTIVITIES:
        return byRole(
            r,
            AccessRuleId.NETWORK_DIRECTOR_ONLY,
            Set.of(ProfessionalRole.NETWORK_DIRECTOR),
            "the network's activities",
            "de netwerkactiviteiten");
      case ERASURE:
        return byRole(
            r,
            AccessRuleId.NETWORK_DIRECTOR_ONLY,
            Set.of(ProfessionalRole.NETWORK_DIRECTOR),
            "erasing personal data",
            "het wissen van persoonsgegevens");
      case SIGNAL_LIST:
        return byRole(
            r,
            AccessRuleId.SIGNAL_LIST,
            policy.getSignalListViewers(),
            "the signal list",
            "de signaallijst");
      case MANAGEMENT_FIGURES:
        return byRole(
            r,
            AccessRuleId.FIGURES,
            policy.getFiguresViewers(),
            "management figures",
            "managementinformatie");
      case OWN_AGENDA:
        return byRole(
            r,
            AccessRuleId.OWN_AGENDA,
            EnumSet.allOf(ProfessionalRole.class),
            "an own agenda",
            "een eigen agenda");
      case INVOLVEMENT_INDEX:
        return byRole(
            r,
            AccessRuleId.INVOLVEMENT_INDEX,
            INDEX_USERS,
            "the involvement index",
            "de verwijsindex");
      case PERSONAL_DATA:
        if (r.write() && policy.isClientNumbersOnly()) {
          return deny(
              AccessRuleId.CLIENT_NUMBERS_ONLY,
              "network "
                  + r.network().getId()
                  + " works with client numbers only: no name or address is stored",
              "netwerk "
                  + r.network().getId()
                  + " werkt alleen met cliëntnummers: er worden geen naam of adres"
                  + " opgeslagen",
              false,
              false,
              false);
        }
        return decideOnCase(r);
      case CASE:
      case TIMELINE:
      case TRANSFER:
      default:
        return decideOnCase(r);
    }
  }

  /**
   * The small-cell threshold a figures read uses: the policy's, or a higher one the caller asks.
   *
   * @param requested the threshold asked for; 0 means the policy's
   * @return the threshold to use, or empty when the request is below the policy's ({@link
   *     AccessRuleId#THRESHOLD_BELOW_POLICY})
   */
  public Optional<Integer> suppressionThreshold(int requested) {
    int threshold = requested == 0 ? policy.getSmallCellThreshold() : requested;
    return threshold < policy.getSmallCellThreshold() ? Optional.empty() : Optional.of(threshold);
  }

  /**
   * Decides on a small-cell threshold a caller asks for a figures read: allowed at the policy's
   * threshold or above, refused below it ({@link AccessRuleId#THRESHOLD_BELOW_POLICY}). Judges the
   * request's content only; who may see figures is decided by {@link #decide(AccessRequest)}.
   *
   * @param requested the threshold asked for; 0 means the policy's
   * @return the decision
   */
  public AccessDecision decideThreshold(int requested) {
    if (suppressionThreshold(requested).isPresent()) {
      return new AccessDecision(
          true,
          AccessRuleId.THRESHOLD_BELOW_POLICY,
          "allowed",
          "toegestaan",
          true,
          false,
          true,
          Optional.empty(),
          false);
    }
    int floor = policy.getSmallCellThreshold();
    return new AccessDecision(
        false,
        AccessRuleId.THRESHOLD_BELOW_POLICY,
        "the small-cell threshold may be raised, never lowered below the policy's " + floor,
        "de drempel voor kleine aantallen mag omhoog, nooit onder die van het privacyprotocol ("
            + floor
            + ")",
        true,
        false,
        true,
        Optional.empty(),
        false);
  }

  /**
   * Judges what a command under an emergency override did: the override reaches this one command
   * and must not hand its actor a lasting role in the case.
   *
   * @param granted the decision that allowed the command
   * @param actor the acting professional
   * @param before the case before the command
   * @param after the case after it
   * @return a denial ({@link AccessRuleId#EMERGENCY_SELF_INVOLVEMENT}, with the checks of {@code
   *     granted}) when an override made the actor, their organisation, any professional by name or
   *     any trajectory director involved; else empty
   */
  public Optional<AccessDecision> afterOverride(
      AccessDecision granted, Professional actor, CaseState before, CaseState after) {
    if (!granted.emergencyOverride() || !becomesInvolved(before, after)) {
      return Optional.empty();
    }
    return Optional.of(outlastsTheCommand(granted));
  }

  /**
   * Judges what a command under an emergency override did, as {@link #afterOverride(AccessDecision,
   * Professional, CaseState, CaseState)} does, and further: the command must not open its actor an
   * ordinary access to the case that was closed to them before it, such as a consent recorded under
   * the override whose scope covers the actor's own organisation (Leeuwarden's consent rule), for
   * reading the case or for the request's own resource.
   *
   * @param granted the decision that allowed the command
   * @param request the request the command was decided on, on the case before it
   * @param after the case after the command
   * @return a denial ({@link AccessRuleId#EMERGENCY_SELF_INVOLVEMENT}, with the checks of {@code
   *     granted}) when the override would outlast the command; else empty
   * @since 0.3
   */
  public Optional<AccessDecision> afterOverride(
      AccessDecision granted, AccessRequest request, CaseState after) {
    Optional<AccessDecision> involved =
        afterOverride(granted, request.actor(), request.state(), after);
    if (involved.isPresent() || !granted.emergencyOverride()) {
      return involved;
    }
    boolean opened =
        opens(request, AccessResource.CASE, false, after)
            || opens(request, request.resource(), request.write(), after);
    if (!opened) {
      return Optional.empty();
    }
    return Optional.of(outlastsTheCommand(granted));
  }

  /**
   * The denial of a command under an emergency override whose effect would outlast it by its kind,
   * whatever the state after it shows: recording a consent, which shares the case for as long as it
   * is in force (also one that a later correction would bring into force).
   *
   * @param granted the decision that allowed the command under the override
   * @return the denial ({@link AccessRuleId#EMERGENCY_SELF_INVOLVEMENT}, with the checks of {@code
   *     granted})
   * @since 0.3
   */
  public AccessDecision outlastingByKind(AccessDecision granted) {
    return outlastsTheCommand(granted);
  }

  /** The denial of a command whose override would outlast it, with the checks that granted it. */
  private static AccessDecision outlastsTheCommand(AccessDecision granted) {
    AccessRuleId rule = AccessRuleId.EMERGENCY_SELF_INVOLVEMENT;
    return new AccessDecision(
        false,
        rule,
        rule.getReasonEn(),
        rule.getReasonNl(),
        granted.authorised(),
        granted.relationshipToCase(),
        granted.consentOrLegalBasis(),
        granted.legalBasis(),
        true);
  }

  /** Whether an access without the override is closed on the request's case and open on after. */
  private boolean opens(
      AccessRequest request, AccessResource resource, boolean write, CaseState after) {
    return !decide(ordinary(request, resource, write, request.state())).allowed()
        && decide(ordinary(request, resource, write, after)).allowed();
  }

  private static AccessRequest ordinary(
      AccessRequest request, AccessResource resource, boolean write, CaseState state) {
    return new AccessRequest(
        resource,
        request.actor(),
        request.actorOrganisation(),
        request.network(),
        state,
        write,
        request.date(),
        request.legalBasis(),
        Optional.empty());
  }

  /**
   * Whether a command hands anyone a lasting role in the case: any professional by name, any
   * organisation (its members would read the case without an override and could involve the actor
   * in turn), or any trajectory director. What the emergency needs beyond the one command is for
   * the network director to decide by an ordinary act.
   */
  private static boolean becomesInvolved(CaseState before, CaseState after) {
    boolean professional =
        !before.getInvolvedProfessionals().containsAll(after.getInvolvedProfessionals());
    boolean org = !before.getInvolvedOrganisations().containsAll(after.getInvolvedOrganisations());
    boolean director =
        after.getTrajectoryDirector().isPresent()
            && !before.getTrajectoryDirector().equals(after.getTrajectoryDirector());
    return professional || org || director;
  }

  private static boolean inNetwork(AccessRequest r) {
    return r.actor().isMemberOf(r.network().getId())
        && r.actor().getOrganisation().equals(r.actorOrganisation().getId());
  }

  /** The roles the actor holds in the request's network, never those of another network. */
  private static Set<ProfessionalRole> roles(AccessRequest r) {
    return r.actor().rolesIn(r.network().getId());
  }

  /** A decision by role only: no case relationship, no consent needed, no override. */
  private static AccessDecision byRole(
      AccessRequest r, AccessRuleId rule, Set<ProfessionalRole> roles, String what, String whatNl) {
    if (!inNetwork(r)) {
      return deny(
          AccessRuleId.OTHER_NETWORK,
          AccessRuleId.OTHER_NETWORK.getReasonEn(),
          AccessRuleId.OTHER_NETWORK.getReasonNl(),
          false,
          false,
          true);
    }
    boolean ok = roles(r).stream().anyMatch(roles::contains);
    if (ok) {
      return new AccessDecision(
          true, rule, "allowed", "toegestaan", true, false, true, Optional.empty(), false);
    }
    boolean director = rule == AccessRuleId.NETWORK_DIRECTOR_ONLY;
    String who = director ? "a network director" : "the roles " + roles;
    String whoNl = director ? "een netwerkregisseur" : "de rollen " + roles;
    return deny(
        rule,
        what + " is for " + who + " of network " + r.network().getId(),
        whatNl + " is voorbehouden aan " + whoNl + " van netwerk " + r.network().getId(),
        false,
        false,
        true);
  }

  /**
   * Decides whether a professional may decide on a case handed over to a network (warm handover):
   * accept it into that network or decline it. The receiving network's director or the professional
   * the handover names may, while the handover is undecided ({@link
   * AccessRuleId#HANDOVER_RECEIVER}).
   *
   * @param actor the professional
   * @param actorOrganisation the professional's organisation
   * @param handedOver the case as the sending network holds it
   * @return the decision; denied ({@link AccessRuleId#OTHER_NETWORK}) when the case is not handed
   *     over to a network the actor works in
   * @since 0.2
   */
  public AccessDecision decideHandover(
      Professional actor, PartnerOrganisation actorOrganisation, CaseState handedOver) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorOrganisation, "actorOrganisation");
    Objects.requireNonNull(handedOver, "handedOver");
    Optional<NetworkId> to =
        handedOver.getStatus() == CaseStatus.TRANSFERRED
            ? handedOver.getTransferredTo()
            : Optional.empty();
    if (to.isEmpty()
        || !actor.isMemberOf(to.get())
        || !actor.getOrganisation().equals(actorOrganisation.getId())) {
      return deny(
          AccessRuleId.OTHER_NETWORK,
          AccessRuleId.OTHER_NETWORK.getReasonEn(),
          AccessRuleId.OTHER_NETWORK.getReasonNl(),
          false,
          false,
          false);
    }
    if (isReceiver(actor, to.get(), handedOver)) {
      return new AccessDecision(
          true,
          AccessRuleId.HANDOVER_RECEIVER,
          "allowed",
          "toegestaan",
          true,
          true,
          true,
          Optional.empty(),
          false);
    }
    AccessRuleId rule = AccessRuleId.HANDOVER_RECEIVER;
    return deny(rule, rule.getReasonEn(), rule.getReasonNl(), false, false, true);
  }

  /**
   * The receiving network's director, or the professional the handover names when they work in the
   * receiving network in a role that reads cases (a steering-group member sees no cases, D47).
   */
  private static boolean isReceiver(Professional actor, NetworkId to, CaseState s) {
    if (actor.hasRoleIn(to, ProfessionalRole.NETWORK_DIRECTOR)) {
      return true;
    }
    Set<ProfessionalRole> there = actor.rolesIn(to);
    return s.getHandoverReceiver().map(actor.getId()::equals).orElse(false)
        && !there.isEmpty()
        && !there.equals(STEERING_ONLY);
  }

  /**
   * A case handed over to another network: read there by the receiver, kept in the sending network
   * only for the policy's keepers, on both sides for the retention period after the handover and no
   * longer; changes are decided as before (the process rules refuse them).
   */
  private AccessDecision decideOnHandedOver(AccessRequest r) {
    CaseState s = r.state();
    NetworkId to = s.getTransferredTo().get();
    boolean sameOrganisation = r.actor().getOrganisation().equals(r.actorOrganisation().getId());
    boolean shared = r.resource() == AccessResource.CASE || r.resource() == AccessResource.TIMELINE;
    // the sent case is kept for the retention period after the handover, on both sides, no longer
    boolean retained =
        s.getTransferredOn()
            .map(on -> !r.date().isAfter(on.plusYears(policy.getAuditRetentionYears())))
            .orElse(true);
    if (sameOrganisation && shared && retained && isReceiver(r.actor(), to, s)) {
      return new AccessDecision(
          true,
          AccessRuleId.HANDOVER_RECEIVER,
          "allowed",
          "toegestaan",
          true,
          true,
          true,
          Optional.empty(),
          false);
    }
    if (!inNetwork(r) && sameOrganisation && r.actor().isMemberOf(to)) {
      AccessRuleId rule = AccessRuleId.HANDOVER_RECEIVER;
      return deny(rule, rule.getReasonEn(), rule.getReasonNl(), false, false, true);
    }
    if (!inNetwork(r)) {
      return deny(
          AccessRuleId.OTHER_NETWORK,
          AccessRuleId.OTHER_NETWORK.getReasonEn(),
          AccessRuleId.OTHER_NETWORK.getReasonNl(),
          false,
          false,
          false);
    }
    boolean keeper = roles(r).stream().anyMatch(policy.getHandoverKeepers()::contains);
    if (keeper && retained) {
      return new AccessDecision(
          true,
          AccessRuleId.HANDOVER_SENDER_RETAINS,
          "allowed",
          "toegestaan",
          true,
          true,
          true,
          Optional.empty(),
          false);
    }
    AccessRuleId rule = AccessRuleId.HANDOVER_SENDER_RETAINS;
    return deny(rule, rule.getReasonEn(), rule.getReasonNl(), false, false, true);
  }

  private AccessDecision decideOnCase(AccessRequest r) {
    if (!r.write()
        && r.state().getStatus() == CaseStatus.TRANSFERRED
        && r.state().getTransferredTo().isPresent()) {
      return decideOnHandedOver(r);
    }
    if (!inNetwork(r)) {
      return deny(
          AccessRuleId.OTHER_NETWORK,
          AccessRuleId.OTHER_NETWORK.getReasonEn(),
          AccessRuleId.OTHER_NETWORK.getReasonNl(),
          false,
          false,
          false);
    }
    CaseState s = r.state();
    Set<ProfessionalRole> held = roles(r);
    boolean director = held.contains(ProfessionalRole.NETWORK_DIRECTOR);
    boolean trajectoryDirector =
        s.getTrajectoryDirector().map(r.actor().getId()::equals).orElse(false);
    boolean involved =
        s.getInvolvedProfessionals().contains(r.actor().getId())
            || s.getInvolvedOrganisations().contains(r.actor().getOrganisation());
    boolean coordinating = r.actor().getOrganisation().equals(r.network().getContractor());
    boolean newCase = s.getVersion() == 0;
    boolean relationship = director || trajectoryDirector || involved;
    boolean steeringOnly = held.equals(STEERING_ONLY);

    boolean authorised;
    AccessRuleId rule;
    if (director || trajectoryDirector) {
      authorised = true;
      rule = AccessRuleId.CASE_DIRECTOR;
    } else if (newCase && r.write()) {
      authorised = !steeringOnly;
      rule = AccessRuleId.REPORT_SIGNAL;
    } else if (steeringOnly) {
      authorised = false;
      rule = AccessRuleId.STEERING_GROUP_NO_CASES;
    } else {
      rule = AccessRuleId.VIEWER_SCOPE;
      boolean shellOnly =
          !held.contains(ProfessionalRole.CORE_MEMBER)
              && !held.contains(ProfessionalRole.TEAM_SUPPORT);
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
    if (authorised
        && policy.isConsentRequired()
        && !newCase
        && !director
        && !trajectoryDirector
        && !coordinating) {
      Optional<LegalBasis> invoked = r.legalBasis().flatMap(policy::legalBasis);
      basis = invoked.map(LegalBasis::getCode);
      boolean involvedNow = involved;
      consentOk =
          s.getConsent()
                  .map(
                      c ->
                          c.isInForceOn(r.date())
                              && c.covers(r.actor().getOrganisation(), involvedNow))
                  .orElse(false)
              || invoked.isPresent();
      if (!consentOk) {
        rule = AccessRuleId.CONSENT_REQUIRED;
      }
    }
    if (authorised && consentOk) {
      return new AccessDecision(
          true, rule, "allowed", "toegestaan", true, relationship, true, basis, false);
    }
    String why =
        !authorised
            ? "the network's policy ("
                + policy.getViewers()
                + ") does not let this professional "
                + (r.write() ? "change" : "see")
                + " this case"
            : AccessRuleId.CONSENT_REQUIRED.getReasonEn();
    String whyNl =
        !authorised
            ? "het privacyprotocol van het netwerk ("
                + policy.getViewers()
                + ") laat deze professional deze casus niet "
                + (r.write() ? "wijzigen" : "inzien")
            : AccessRuleId.CONSENT_REQUIRED.getReasonNl();
    if (r.emergencyReason().isPresent() && policy.isEmergencyOverrideAllowed() && !steeringOnly) {
      return new AccessDecision(
          true,
          AccessRuleId.EMERGENCY_OVERRIDE,
          "allowed by emergency override: " + why,
          "toegestaan via de noodprocedure: " + whyNl,
          authorised,
          relationship,
          consentOk,
          basis,
          true);
    }
    return new AccessDecision(
        false, rule, why, whyNl, authorised, relationship, consentOk, basis, false);
  }

  private static AccessDecision deny(
      AccessRuleId rule,
      String message,
      String messageNl,
      boolean authorised,
      boolean relationship,
      boolean consent) {
    return new AccessDecision(
        false,
        rule,
        message,
        messageNl,
        authorised,
        relationship,
        consent,
        Optional.empty(),
        false);
  }
}

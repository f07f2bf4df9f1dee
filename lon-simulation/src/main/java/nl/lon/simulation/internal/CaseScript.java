package nl.lon.simulation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.ClientInformedPolicy;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.simulation.Signaller;

/**
 * The course of one simulated case under a profile, as the acts it will see: the signal, the
 * judgement, the inquiry round, the coordination decision, the appointment of a trajectory director
 * (at the next network meeting where the meeting appoints, within days where the network director
 * does), the scan, the integral picture, the plan (at the next network meeting where the meeting
 * appoints), monthly progress, an escalation where chance gives one, the deciding evaluation, the
 * closure, the follow-up checks of the profile and, after a drop-out, the case discussed again,
 * reopened and a second trajectory.
 */
final class CaseScript {
  private static final String[] GOALS = {"wonen", "zorg"};

  private CaseScript() {}

  /**
   * The acts of one case, in the order they happen.
   *
   * @param id the case
   * @param client its client number
   * @param arrival the day the signal arrives
   * @param fate what chance decided about it
   * @param profile the profile
   * @param network the network
   * @param nextMeeting the first network meeting on or after a day
   * @return the acts
   */
  static List<PlannedAct> of(
      CaseId id,
      ClientNumber client,
      LocalDate arrival,
      CaseFate fate,
      MethodologyProfile profile,
      SimulatedNetwork network,
      UnaryOperator<LocalDate> nextMeeting) {
    List<PlannedAct> acts = new ArrayList<>();
    ProfessionalId nd = network.director();
    acts.add(
        PlannedAct.of(
            arrival,
            network.recorderOf(fate.signaller),
            new CaseCommand.ReportSignal(
                id,
                network.id(),
                client,
                signal(id, arrival, fate, profile, network),
                fate.children > 0 ? Household.of(2, fate.children) : Household.single())));
    LocalDate d = weekday(arrival.plusDays(fate.judgeDays));
    if (fate.outOfScope) {
      acts.add(
          PlannedAct.of(
              d,
              nd,
              new CaseCommand.JudgeReport(
                  ReportJudgement.OUT_OF_SCOPE,
                  "hulp loopt al via de reguliere zorg; geen multiproblematiek",
                  Set.of())));
      return acts;
    }
    acts.add(
        PlannedAct.of(
            d,
            nd,
            new CaseCommand.JudgeReport(
                ReportJudgement.IN_SCOPE,
                "problemen op meerdere leefgebieden zonder passende hulp",
                Set.of(TargetGroupAssignment.of(fate.targetGroup, reason(fate.targetGroup))))));
    if (profile.getAccess().isConsentRequired()) {
      // Leeuwarden works with a consent form (l.1261-1263) and informs and motivates the client
      // (l.1401-1402): a client who was informed signs at once, another after a home visit
      LocalDate signed = fate.clientInformed ? d : weekday(d.plusDays(2));
      if (!fate.clientInformed) {
        acts.add(
            PlannedAct.of(
                signed,
                nd,
                new CaseCommand.RecordHomeVisit(
                    Set.of(nd, network.member(PartnerKind.HOUSING_CORPORATION)),
                    "cliënt geïnformeerd en gemotiveerd om mee te werken",
                    true)));
      }
      acts.add(
          PlannedAct.of(
              signed,
              nd,
              new CaseCommand.RecordConsent(
                  Consent.builder()
                      .scope(ConsentScope.NETWORK_PARTNERS)
                      .signedOn(signed)
                      .build())));
      d = signed;
    }
    Set<OrganisationId> asked = new java.util.LinkedHashSet<>();
    for (PartnerKind kind : fate.informers) {
      asked.add(network.organisations().get(kind));
    }
    acts.add(
        PlannedAct.of(
            d,
            nd,
            new CaseCommand.RequestInformation(
                asked, "Is de cliënt bij u bekend en wat kunt u aanvullen?")));
    LocalDate informed = d;
    for (int k = 0; k < fate.informers.size(); k++) {
      PartnerKind kind = fate.informers.get(k);
      LocalDate on = weekday(d.plusDays(fate.responseDays.get(k)));
      acts.add(
          PlannedAct.of(
              on,
              network.member(kind),
              new CaseCommand.AddInformation(
                  network.organisations().get(kind), "bekend bij " + kind.name())));
      informed = on.isAfter(informed) ? on : informed;
    }
    if (fate.homeVisit) {
      informed = weekday(informed.plusDays(1));
      acts.add(
          PlannedAct.of(
              informed,
              nd,
              new CaseCommand.RecordHomeVisit(
                  Set.of(nd, network.member(PartnerKind.HOUSING_CORPORATION)),
                  fate.homeVisitReached ? "cliënt aanspreekbaar" : "niet thuis getroffen",
                  fate.homeVisitReached)));
    }
    d = weekday(informed.plusDays(fate.decideDays));
    LocalDate decided = d;
    acts.add(
        PlannedAct.of(
            d,
            nd,
            new CaseCommand.DecideCoordination(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.COORDINATE)
                    .reason("meerdere partners betrokken, niemand heeft de regie")
                    .feedback(SignallerFeedback.of(decided, "het netwerk pakt de casus op"))
                    .build())));
    d = trajectory(acts, d, fate, profile, network, nextMeeting, 1);
    d = weekday(d.plusDays(7));
    ProfessionalId td = network.trajectoryDirectors().get(fate.trajectoryDirector);
    acts.add(PlannedAct.of(d, evaluator(profile, network, td), evaluation()));
    d = weekday(d.plusDays(3));
    ProfessionalId closer = closer(profile, network, td);
    acts.add(PlannedAct.of(d, closer, new CaseCommand.Close(closure(profile, network))));
    LocalDate closed = d;
    boolean reopened = false;
    for (int k = 0; k < profile.getFollowUp().getCheckAfterMonths().size(); k++) {
      int months = profile.getFollowUp().getCheckAfterMonths().get(k);
      LocalDate on = weekday(closed.plusMonths(months));
      boolean dropOut = fate.dropsOut && k == 0;
      acts.add(
          PlannedAct.of(
              on,
              nd,
              new CaseCommand.RecordFollowUp(
                  FollowUpCheck.of(
                      dropOut ? FollowUpOutcome.DROPPED_OUT : FollowUpOutcome.STILL_IN_CARE,
                      dropOut
                          ? "cliënt is uit de hulpverlening gevallen"
                          : "nagebeld met de reguliere hulpverlener"))));
      if (dropOut) {
        d = on;
        reopened = true;
        break;
      }
    }
    if (reopened) {
      if (!profile.getFollowUp().isDropOutReopens()) {
        // the source: the network should discuss the client again (l.549-550)
        d = nextMeeting.apply(d.plusDays(1));
        acts.add(
            PlannedAct.of(
                d, nd, new CaseCommand.Reopen("weer uit zorg gevallen; opnieuw besproken")));
      }
      d = trajectory(acts, d, fate, profile, network, nextMeeting, 2);
      d = weekday(d.plusDays(7));
      acts.add(PlannedAct.of(d, evaluator(profile, network, td), evaluation()));
      acts.add(
          PlannedAct.of(
              weekday(d.plusDays(3)), closer, new CaseCommand.Close(closure(profile, network))));
    }
    return acts;
  }

  /** The appointment, scan, picture, plan and months of progress; returns the last day. */
  private static LocalDate trajectory(
      List<PlannedAct> acts,
      LocalDate from,
      CaseFate fate,
      MethodologyProfile profile,
      SimulatedNetwork network,
      UnaryOperator<LocalDate> nextMeeting,
      int round) {
    ProfessionalId nd = network.director();
    ProfessionalId td = network.trajectoryDirectors().get(fate.trajectoryDirector);
    OrganisationId employer = network.employerOf(fate.trajectoryDirector);
    boolean meetingAppoints = profile.getAppointedBy() == AppointmentAuthority.NETWORK_MEETING;
    LocalDate d =
        meetingAppoints
            ? nextMeeting.apply(from.plusDays(1))
            : weekday(from.plusDays(fate.appointDays));
    acts.add(
        PlannedAct.of(
            d,
            nd,
            new CaseCommand.AppointTrajectoryDirector(
                td, employer, profile.getAppointedBy(), false)));
    if (profile.isOwnershipAcceptedBeforePlan()) {
      // Enschede: the approached problem owner accepts, the next working day (seeds/004 l.1483)
      d = weekday(d.plusDays(1));
      acts.add(PlannedAct.of(d, td, new CaseCommand.AcceptProblemOwnership()));
    }
    d = weekday(d.plusDays(fate.scanDays));
    acts.add(PlannedAct.of(d, td, new CaseCommand.RecordScan(scan(d, fate))));
    d = weekday(d.plusDays(fate.pictureDays));
    acts.add(
        PlannedAct.of(
            d,
            nd,
            new CaseCommand.FormIntegralPicture(
                "samenhang tussen woonsituatie, schulden en psychische klachten", Set.of())));
    d = meetingAppoints ? nextMeeting.apply(d.plusDays(1)) : weekday(d.plusDays(fate.planDays));
    LocalDate planned = d;
    acts.add(
        new PlannedAct(
            d,
            td,
            s -> new CaseCommand.AdoptPlan(plan(nextVersion(s), planned, td, employer, network))));
    for (int m = 1; m <= fate.careMonths; m++) {
      LocalDate on = weekday(planned.plusMonths(m));
      acts.add(
          PlannedAct.of(
              on,
              td,
              new CaseCommand.ReportProgress(
                  ProgressReport.of("afspraken uit het plan nagekomen", false))));
      acts.add(PlannedAct.of(on, nd, new CaseCommand.HoldProgressTalk("voortgang volgens plan")));
      if (fate.escalation && round == 1 && m == 1) {
        LocalDate raised = weekday(on.plusDays(1));
        acts.add(
            PlannedAct.of(
                raised,
                nd,
                new CaseCommand.Escalate(
                    EscalationKind.ORGANISATIONAL,
                    1,
                    "wachtlijst schuldhulpverlening blokkeert de aanpak",
                    Optional.empty())));
        acts.add(
            new PlannedAct(
                weekday(raised.plusWeeks(fate.escalationWeeks)),
                nd,
                s ->
                    new CaseCommand.ResolveEscalation(
                        openEscalation(s),
                        EscalationResolution.of(
                            fate.escalationResolved ? ResolutionKind.AD_HOC : ResolutionKind.NONE,
                            fate.escalationResolved
                                ? "voorrang bij de schuldhulpverlening"
                                : "geen oplossing gevonden",
                            "wachtlijst schuldhulpverlening"))));
      }
      d = on;
    }
    return d;
  }

  private static EscalationId openEscalation(Optional<CaseState> state) {
    return state
        .flatMap(s -> s.getOpenEscalations().keySet().stream().findFirst())
        .orElseThrow(() -> new IllegalStateException("no open escalation to resolve"));
  }

  private static int nextVersion(Optional<CaseState> state) {
    return state.flatMap(CaseState::getPlan).map(p -> p.getVersion() + 1).orElse(1);
  }

  private static ProfessionalId evaluator(
      MethodologyProfile profile, SimulatedNetwork network, ProfessionalId td) {
    return profile.getEvaluatedBy() == ProfessionalRole.NETWORK_DIRECTOR ? network.director() : td;
  }

  /**
   * Who closes: the profile's role (in Enschede and Leeuwarden the problem owner, l.1503, l.1603).
   */
  private static ProfessionalId closer(
      MethodologyProfile profile, SimulatedNetwork network, ProfessionalId td) {
    return profile.getClosedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR ? td : network.director();
  }

  private static CaseCommand evaluation() {
    Evaluation.Builder b =
        Evaluation.builder()
            .agreementsKept(true)
            .decision(EvaluationDecision.CLOSE)
            .remarks("geëvalueerd met de cliënt en de partners");
    for (String goal : GOALS) {
      b.putGoalResults(goal, GoalResult.REACHED);
    }
    return new CaseCommand.Evaluate(b.build());
  }

  private static Closure closure(MethodologyProfile profile, SimulatedNetwork network) {
    return profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
        ? Closure.builder()
            .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
            .regularCare(network.organisations().get(PartnerKind.MENTAL_HEALTH_CARE))
            .build()
        : Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
  }

  private static PlanOfApproach plan(
      int version,
      LocalDate on,
      ProfessionalId td,
      OrganisationId employer,
      SimulatedNetwork network) {
    return PlanOfApproach.builder()
        .version(version)
        .context("multiproblematiek op meerdere leefgebieden")
        .addGoals(
            Goal.of(GOALS[0], LifeDomain.HOUSING, "behoud van de woning"),
            Goal.of(GOALS[1], LifeDomain.HEALTH, "in reguliere zorg"))
        .addActivities(
            Activity.builder()
                .description("betalingsregeling met de woningcorporatie")
                .responsible(Responsible.of(employer, td))
                .dueOn(on.plusDays(14))
                .goalCode(GOALS[0])
                .build(),
            Activity.builder()
                .description("aanmelding schuldhulpverlening")
                .responsible(Responsible.of(network.debtBank()))
                .dueOn(on.plusDays(42))
                .goalCode(GOALS[1])
                .build())
        .build();
  }

  private static Signal signal(
      CaseId id,
      LocalDate on,
      CaseFate fate,
      MethodologyProfile profile,
      SimulatedNetwork network) {
    // in Enschede the signaller must inform the client before reporting (l.1400)
    boolean informed =
        fate.clientInformed
            || profile.getClientInformedBeforeReport() == ClientInformedPolicy.REQUIRED;
    Signal.Builder b = Signal.builder().id(SignalId.of("signaal-" + id.getValue()));
    if (fate.signaller == Signaller.RESIDENT) {
      b.sourceKind(SignalSourceKind.RESIDENT).channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR);
    } else {
      PartnerKind kind = fate.signaller.partnerKind().orElseThrow();
      b.sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
          .signallerOrganisation(network.organisations().get(kind))
          .signallerKind(kind)
          .channel(SignalChannel.VIA_NETWORK_MEMBER);
    }
    if (!informed) {
      b.notInformedReason("melder vreest escalatie bij de cliënt");
    }
    return b.receivedOn(on)
        .description("zorgwekkende situatie op meerdere leefgebieden")
        .clientInformed(informed)
        .addAllConcerns(concerns(fate))
        .build();
  }

  private static Set<Concern> concerns(CaseFate fate) {
    Set<Concern> c = EnumSet.noneOf(Concern.class);
    switch (fate.targetGroup) {
      case NUISANCE_CAUSER -> c.addAll(Set.of(Concern.NUISANCE, Concern.ADDICTION));
      case CARE_MISSER -> c.addAll(Set.of(Concern.DEBTS, Concern.PSYCHOLOGICAL_PROBLEMS));
      default -> c.addAll(Set.of(Concern.DOMESTIC_SQUALOR, Concern.ISOLATION));
    }
    if (fate.children > 0) {
      c.add(Concern.CHILD_WELFARE);
    }
    return c;
  }

  private static String reason(TargetGroup group) {
    return switch (group) {
      case CARE_AVOIDER -> "anderen maken zich zorgen; vraagt zelf geen hulp";
      case CARE_MISSER -> "valt tussen wal en schip van het hulpaanbod";
      case NUISANCE_CAUSER -> "gedrag houdt geen rekening met de buurt";
    };
  }

  private static LifeDomainScan scan(LocalDate on, CaseFate fate) {
    java.util.Map<ScanDomain, SelfRelianceLevel> scores = new java.util.EnumMap<>(ScanDomain.class);
    SelfRelianceLevel[] levels = SelfRelianceLevel.values();
    int k = 0;
    for (ScanDomain domain : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(domain, levels[(k++ + fate.scanDays) % levels.length]);
    }
    return LifeDomainScan.builder()
        .instrument(ScanInstrument.ZRM_2017)
        .scoredOn(on)
        .scores(scores)
        .build();
  }

  /** The day itself, or the Monday after when it falls in a weekend. */
  static LocalDate weekday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return d.plusDays(2);
    }
    return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
  }
}

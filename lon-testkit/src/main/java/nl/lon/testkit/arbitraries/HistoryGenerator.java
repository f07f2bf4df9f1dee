package nl.lon.testkit.arbitraries;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
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
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.ClientInformedPolicy;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Interprets generated steps as commands on one case: the command kind and its details depend on
 * the case's state, so that most candidates fit; the rules decide, and accepted events are folded.
 */
final class HistoryGenerator {

  /** One candidate command: which kind, which actor, how many days later, and its details. */
  static final class Step {
    final int pick;
    final int actor;
    final int days;
    final long seed;

    Step(int pick, int actor, int days, long seed) {
      this.pick = pick;
      this.actor = actor;
      this.days = days;
      this.seed = seed;
    }
  }

  private enum Kind {
    JUDGE,
    REQUEST_INFORMATION,
    ADD_INFORMATION,
    HOME_VISIT,
    DECIDE_COORDINATION,
    APPOINT,
    SCAN,
    FORM_PICTURE,
    ADOPT_PLAN,
    ADJUST_PLAN,
    REPORT_PROGRESS,
    PROGRESS_TALK,
    MEETING,
    EVALUATE,
    CLOSE,
    FOLLOW_UP,
    REOPEN,
    RECORD_CONSENT,
    WITHDRAW_CONSENT,
    REQUEST_ESCALATION,
    ESCALATE,
    RESOLVE_ESCALATION,
    COERCION,
    USE_INSTRUMENT,
    TRANSFER,
    CORRECT_ENTRY,
    WITHDRAW_ENTRY,
    ACCEPT_OWNERSHIP,
    PAPER_FILE
  }

  private static final Professional ND = CaseHistories.NETWORK_DIRECTOR;
  private static final Professional TD = CaseHistories.TRAJECTORY_DIRECTOR;
  private static final Professional CM = CaseHistories.CORE_MEMBER;
  private static final List<Professional> CAST = List.of(ND, TD, CM);

  private final MethodologyProfile profile;
  private final ProcessRules rules;
  private final LocalDate start;

  HistoryGenerator(MethodologyProfile profile, LocalDate start) {
    this.profile = profile;
    this.rules = ProcessRules.of(profile);
    this.start = start;
  }

  /** Runs the opening signal and then each step; returns the accepted events. */
  List<CaseEvent> run(Step opening, List<Step> steps) {
    Run run = new Run();
    SplittableRandom r = new SplittableRandom(opening.seed);
    CaseId caseId = CaseId.of("lon-testkit-case-" + Long.toHexString(opening.seed));
    Professional reporter = CAST.get(opening.actor % CAST.size());
    run.decide(
        new CaseCommand.ReportSignal(
            caseId,
            CaseHistories.NETWORK_ID,
            ClientNumber.of("C-" + (opening.seed & 0xFFFFF)),
            signal(r),
            household(r)),
        reporter,
        start);
    LocalDate date = start;
    for (Step step : steps) {
      date = date.plusDays(step.days);
      Kind kind = choose(run.state, step);
      if (kind == null) {
        continue;
      }
      SplittableRandom details = new SplittableRandom(step.seed);
      Candidate c = candidate(kind, run.state, details, date);
      if (c == null) {
        continue;
      }
      Professional actor = step.actor < 7 ? c.actor : CAST.get(step.actor % CAST.size());
      run.decide(c.command, actor, date);
    }
    return ImmutableList.copyOf(run.events);
  }

  /** The state of a run: the folded case and its events. */
  private final class Run {
    CaseState state = CaseState.empty();
    final List<CaseEvent> events = new ArrayList<>();
    long instants;

    void decide(CaseCommand command, Professional actor, LocalDate date) {
      Instant recordedAt = date.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(instants++);
      CommandContext ctx =
          new CommandContext(
              date,
              recordedAt,
              actor,
              Optional.of(CaseHistories.organisationOf(actor)),
              Optional.of(CaseHistories.NETWORK));
      Decision d = rules.decide(state, command, ctx);
      if (d.isAccepted()) {
        for (CaseEvent e : d.getEvents()) {
          state = state.apply(e);
          events.add(e);
        }
      }
    }
  }

  /** A command and the actor who would naturally give it. */
  private static final class Candidate {
    final CaseCommand command;
    final Professional actor;

    Candidate(CaseCommand command, Professional actor) {
      this.command = command;
      this.actor = actor;
    }
  }

  // -----------------------------------------------------------------------------------------------
  // which command

  private static Kind choose(CaseState state, Step step) {
    List<Kind> options = plausible(state);
    if (options.isEmpty()) {
      return null;
    }
    if (step.pick < 50) {
      return options.get(0);
    }
    if (step.pick < 94) {
      return options.get(step.pick % options.size());
    }
    // now and then a command that may not fit at all; a move to another network ends the case, so
    // it is rarer still
    Kind any = Kind.values()[(int) Math.floorMod(step.seed, (long) Kind.values().length)];
    return any == Kind.TRANSFER && step.pick < 99 ? null : any;
  }

  /** The kinds that fit the state, the one that moves the case on first. */
  private static List<Kind> plausible(CaseState state) {
    List<Kind> k = new ArrayList<>();
    Kind consent =
        state.getConsent().isPresent() && state.getConsent().get().getWithdrawnOn().isEmpty()
            ? Kind.WITHDRAW_CONSENT
            : Kind.RECORD_CONSENT;
    if (state.getStatus() == CaseStatus.TRANSFERRED) {
      return k;
    }
    if (state.getStatus() == CaseStatus.ENDED) {
      return List.of(Kind.REOPEN, consent);
    }
    if (state.getStatus() == CaseStatus.CLOSED) {
      return List.of(Kind.FOLLOW_UP, Kind.REOPEN, Kind.MEETING, consent);
    }
    boolean director = state.getTrajectoryDirector().isPresent();
    switch (state.getStep()) {
      case RECEIVE_REPORT:
        return List.of(Kind.JUDGE, consent, Kind.MEETING);
      case GATHER_INFORMATION:
        return List.of(
            Kind.DECIDE_COORDINATION,
            Kind.REQUEST_INFORMATION,
            Kind.ADD_INFORMATION,
            Kind.HOME_VISIT,
            consent,
            Kind.MEETING,
            Kind.CORRECT_ENTRY,
            Kind.WITHDRAW_ENTRY);
      case INTEGRAL_PICTURE:
        if (!director) {
          k.add(Kind.APPOINT);
        } else if (state.getLatestScan().isEmpty()) {
          k.add(Kind.SCAN);
        }
        k.add(Kind.FORM_PICTURE);
        k.addAll(List.of(Kind.SCAN, Kind.HOME_VISIT, Kind.ADD_INFORMATION, Kind.MEETING, consent));
        return k;
      case PLAN_OF_APPROACH:
        k.add(director ? Kind.ADOPT_PLAN : Kind.APPOINT);
        if (director && state.getOwnershipAcceptedOn().isEmpty()) {
          k.add(Kind.ACCEPT_OWNERSHIP);
        }
        k.addAll(List.of(Kind.MEETING, Kind.SCAN, Kind.REQUEST_ESCALATION, Kind.ESCALATE, consent));
        return k;
      case EXECUTE:
        return List.of(
            Kind.EVALUATE,
            Kind.REPORT_PROGRESS,
            Kind.PROGRESS_TALK,
            Kind.MEETING,
            Kind.USE_INSTRUMENT,
            Kind.REQUEST_ESCALATION,
            Kind.ESCALATE,
            Kind.RESOLVE_ESCALATION,
            Kind.COERCION,
            Kind.HOME_VISIT,
            Kind.ADJUST_PLAN,
            Kind.APPOINT,
            Kind.PAPER_FILE,
            consent);
      case EVALUATE:
        return List.of(Kind.ADJUST_PLAN, Kind.EVALUATE, Kind.MEETING, Kind.ESCALATE, consent);
      case CLOSE:
        return List.of(Kind.CLOSE, Kind.MEETING, Kind.RESOLVE_ESCALATION, consent);
      default:
        return List.of(Kind.MEETING, consent);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // the command's details

  private Candidate candidate(Kind kind, CaseState state, SplittableRandom r, LocalDate date) {
    Professional caseDirector = caseDirector(state);
    Professional handler = state.getTrajectoryDirector().isPresent() ? caseDirector : ND;
    switch (kind) {
      case JUDGE:
        return judge(r);
      case REQUEST_INFORMATION:
        return new Candidate(
            new CaseCommand.RequestInformation(
                Set.of(CaseHistories.GGD.getId(), CaseHistories.HOUSING.getId()),
                text(r, "Is de cliënt bekend?")),
            r.nextBoolean() ? ND : CM);
      case ADD_INFORMATION:
        return new Candidate(
            new CaseCommand.AddInformation(
                CaseHistories.HOUSING.getId(), text(r, "Huurachterstand bekend")),
            CM);
      case HOME_VISIT:
        return new Candidate(
            new CaseCommand.RecordHomeVisit(
                r.nextBoolean() ? Set.of(CM.getId()) : Set.of(CM.getId(), TD.getId()),
                text(r, "Woning bezocht"),
                r.nextInt(4) > 0),
            CM);
      case DECIDE_COORDINATION:
        return coordination(r, date);
      case APPOINT:
        return appoint(r);
      case SCAN:
        return new Candidate(new CaseCommand.RecordScan(scan(r, date)), handler);
      case FORM_PICTURE:
        return new Candidate(
            new CaseCommand.FormIntegralPicture(
                text(r, "Samenhangende problematiek"),
                r.nextBoolean()
                    ? Set.of()
                    : Set.of(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "mist zorg"))),
            handler);
      case ADOPT_PLAN:
        return new Candidate(new CaseCommand.AdoptPlan(plan(state, r, date)), handler);
      case ACCEPT_OWNERSHIP:
        return new Candidate(new CaseCommand.AcceptProblemOwnership(), caseDirector);
      case PAPER_FILE:
        return new Candidate(
            new CaseCommand.RecordPaperFile("archief " + r.nextInt(1000)), handler);
      case ADJUST_PLAN:
        return new Candidate(new CaseCommand.AdjustPlan(plan(state, r, date)), handler);
      case REPORT_PROGRESS:
        return new Candidate(
            new CaseCommand.ReportProgress(
                ProgressReport.builder()
                    .summary(text(r, "Voortgang volgens plan"))
                    .deviatesFromPlan(r.nextInt(5) == 0)
                    .stalled(r.nextInt(10) == 0)
                    .clientUnreachable(r.nextInt(6) == 0)
                    .build()),
            caseDirector);
      case PROGRESS_TALK:
        return new Candidate(new CaseCommand.HoldProgressTalk(text(r, "Voortgangsgesprek")), ND);
      case MEETING:
        return new Candidate(new CaseCommand.HoldMeeting(meeting(state, r, date)), ND);
      case EVALUATE:
        return evaluate(state, r, handler);
      case CLOSE:
        return new Candidate(new CaseCommand.Close(closure(r)), handler);
      case FOLLOW_UP:
        FollowUpOutcome outcome =
            r.nextInt(5) == 0
                ? FollowUpOutcome.DROPPED_OUT
                : (r.nextBoolean()
                    ? FollowUpOutcome.STILL_IN_CARE
                    : FollowUpOutcome.CARE_COMPLETED);
        return new Candidate(
            new CaseCommand.RecordFollowUp(
                FollowUpCheck.of(outcome, text(r, "Nazorg gecontroleerd"))),
            ND);
      case REOPEN:
        return new Candidate(new CaseCommand.Reopen(text(r, "Nieuwe zorgen gemeld")), ND);
      case RECORD_CONSENT:
        return new Candidate(
            new CaseCommand.RecordConsent(consent(r, date)), r.nextBoolean() ? CM : TD);
      case WITHDRAW_CONSENT:
        return new Candidate(new CaseCommand.WithdrawConsent(), CM);
      case REQUEST_ESCALATION:
        return new Candidate(
            new CaseCommand.RequestEscalation(
                r.nextBoolean() ? EscalationKind.CONTENT : EscalationKind.ORGANISATIONAL,
                text(r, "Geen passende plek")),
            caseDirector);
      case ESCALATE:
        return escalate(state, r);
      case RESOLVE_ESCALATION:
        if (state.getOpenEscalations().isEmpty()) {
          return null;
        }
        EscalationId open = state.getOpenEscalations().keySet().iterator().next();
        return new Candidate(
            new CaseCommand.ResolveEscalation(
                open,
                EscalationResolution.of(
                    ResolutionKind.values()[r.nextInt(ResolutionKind.values().length)],
                    text(r, "Afspraak gemaakt"),
                    text(r, "Capaciteit"))),
            ND);
      case COERCION:
        return coercion(r);
      case USE_INSTRUMENT:
        return instrument(r);
      case TRANSFER:
        return new Candidate(
            new CaseCommand.Transfer(
                WarmHandover.of(
                    NetworkId.of("lon-testkit-elders"),
                    "Netwerkregisseur elders",
                    text(r, "Cliënt verhuist"))),
            ND);
      case CORRECT_ENTRY:
        {
          // the latest home visit that still counts, with the other finding
          HomeVisitRecorded visit = null;
          for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
            if (e instanceof HomeVisitRecorded v) {
              visit = v;
            }
          }
          if (visit == null) {
            return null;
          }
          return new Candidate(
              new CaseCommand.CorrectEntry(
                  visit.getSequence(),
                  new CaseCommand.RecordHomeVisit(
                      visit.getVisitors(),
                      text(r, "Bevinding gecorrigeerd"),
                      !visit.isClientReached()),
                  text(r, "Verkeerde bevinding ingevoerd")),
              ND);
        }
      case WITHDRAW_ENTRY:
        {
          // the latest information added or home visit that still counts
          CaseEvent entry = null;
          for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
            if (e instanceof HomeVisitRecorded || e instanceof InformationAdded) {
              entry = e;
            }
          }
          if (entry == null) {
            return null;
          }
          return new Candidate(
              new CaseCommand.WithdrawEntry(
                  entry.getSequence(), text(r, "Bij de verkeerde casus ingevoerd")),
              ND);
        }
      default:
        return null;
    }
  }

  private static Professional caseDirector(CaseState state) {
    Optional<ProfessionalId> director = state.getTrajectoryDirector();
    if (director.isPresent() && director.get().equals(TD.getId())) {
      return TD;
    }
    return ND;
  }

  private static String text(SplittableRandom r, String base) {
    switch (r.nextInt(4)) {
      case 0:
        return base + " (" + r.nextInt(1000) + ")";
      case 1:
        return base + ";\n\"vervolg\" \\ é";
      default:
        return base;
    }
  }

  private Signal signal(SplittableRandom r) {
    SignalSourceKind source =
        SignalSourceKind.values()[r.nextInt(SignalSourceKind.values().length)];
    boolean organisation =
        source == SignalSourceKind.PARTNER_ORGANISATION
            || source == SignalSourceKind.OTHER_ORGANISATION;
    // Enschede's signaller informs the client before the report (l.1400-1401)
    boolean informed =
        r.nextInt(10) < 7
            || profile.getClientInformedBeforeReport() == ClientInformedPolicy.REQUIRED;
    Set<Concern> concerns = new LinkedHashSet<>();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      concerns.add(Concern.values()[r.nextInt(Concern.values().length)]);
    }
    return Signal.builder()
        .id(SignalId.of("s-" + r.nextInt(100_000)))
        .sourceKind(source)
        .signallerOrganisation(
            organisation ? Optional.of(CaseHistories.HOUSING.getId()) : Optional.empty())
        .signallerKind(
            organisation ? Optional.of(PartnerKind.HOUSING_CORPORATION) : Optional.empty())
        .channel(
            r.nextBoolean()
                ? SignalChannel.DIRECT_TO_NETWORK_DIRECTOR
                : SignalChannel.VIA_NETWORK_MEMBER)
        .receivedOn(start.minusDays(r.nextInt(4)))
        .concerns(concerns)
        .description(text(r, "Zorgen over de woonsituatie"))
        .acuteCrisis(r.nextInt(20) == 0)
        .clientMinor(r.nextInt(20) == 0)
        .clientInformed(informed)
        .notInformedReason(
            informed ? Optional.empty() : Optional.of("vertrouwensrelatie met de melder"))
        .build();
  }

  private static Household household(SplittableRandom r) {
    return Household.of(1 + r.nextInt(3), r.nextInt(3) == 0 ? r.nextInt(1, 4) : 0);
  }

  private static Candidate judge(SplittableRandom r) {
    int p = r.nextInt(20);
    ReportJudgement judgement =
        p < 16
            ? ReportJudgement.IN_SCOPE
            : (p < 18 ? ReportJudgement.OUT_OF_SCOPE : ReportJudgement.ACUTE_CRISIS);
    Set<TargetGroupAssignment> groups = new LinkedHashSet<>();
    if (judgement != ReportJudgement.OUT_OF_SCOPE && r.nextInt(20) > 0) {
      groups.add(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "zorgmijder"));
      if (r.nextBoolean()) {
        groups.add(TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "overlast"));
      }
    }
    return new Candidate(
        new CaseCommand.JudgeReport(judgement, text(r, "Multiproblematiek"), groups), ND);
  }

  private static Candidate coordination(SplittableRandom r, LocalDate date) {
    CoordinationOutcome outcome =
        r.nextInt(10) < 8
            ? CoordinationOutcome.COORDINATE
            : CoordinationOutcome.values()[r.nextInt(CoordinationOutcome.values().length)];
    CoordinationDecision decision =
        CoordinationDecision.builder()
            .outcome(outcome)
            .circuit(
                outcome == CoordinationOutcome.REFER_TO_CIRCUIT
                    ? Optional.of(Circuit.values()[r.nextInt(Circuit.values().length)])
                    : Optional.empty())
            .referredTo(
                outcome == CoordinationOutcome.REFER_TO_ORGANISATION
                    ? Optional.of(CaseHistories.GGD.getId())
                    : Optional.empty())
            .reason(text(r, "Regie nodig"))
            .feedback(SignallerFeedback.of(date, "Melder geïnformeerd"))
            .build();
    return new Candidate(new CaseCommand.DecideCoordination(decision), ND);
  }

  private Candidate appoint(SplittableRandom r) {
    int p = r.nextInt(20);
    AppointmentAuthority authority = profile.getAppointedBy();
    if (p < 16) {
      return new Candidate(
          new CaseCommand.AppointTrajectoryDirector(
              TD.getId(), CaseHistories.GGD.getId(), authority, false),
          ND);
    }
    if (p < 19) {
      return new Candidate(
          new CaseCommand.AppointTrajectoryDirector(
              ND.getId(), CaseHistories.MUNICIPALITY.getId(), authority, true),
          ND);
    }
    AppointmentAuthority other =
        authority == AppointmentAuthority.NETWORK_DIRECTOR
            ? AppointmentAuthority.NETWORK_MEETING
            : AppointmentAuthority.NETWORK_DIRECTOR;
    return new Candidate(
        new CaseCommand.AppointTrajectoryDirector(
            TD.getId(), CaseHistories.GGD.getId(), other, false),
        ND);
  }

  private static LifeDomainScan scan(SplittableRandom r, LocalDate date) {
    ScanInstrument instrument =
        r.nextInt(4) == 0 ? ScanInstrument.ZRM_2013 : ScanInstrument.ZRM_2017;
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    Set<ScanDomain> notDiscussed = EnumSet.noneOf(ScanDomain.class);
    for (ScanDomain d : instrument.getDomains()) {
      if (r.nextInt(8) == 0) {
        notDiscussed.add(d);
      } else {
        scores.put(d, SelfRelianceLevel.values()[r.nextInt(SelfRelianceLevel.values().length)]);
      }
    }
    return LifeDomainScan.builder()
        .instrument(instrument)
        .scoredOn(date.minusDays(r.nextInt(3)))
        .scores(scores)
        .notDiscussed(notDiscussed)
        .build();
  }

  private static PlanOfApproach plan(CaseState state, SplittableRandom r, LocalDate date) {
    int version = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
    List<Goal> goals = new ArrayList<>();
    int goalCount = 1 + r.nextInt(3);
    for (int i = 1; i <= goalCount; i++) {
      goals.add(
          Goal.of(
              "G" + i, LifeDomain.values()[r.nextInt(LifeDomain.values().length)], "Doel " + i));
    }
    List<Activity> activities = new ArrayList<>();
    int activityCount = 1 + r.nextInt(3);
    for (int i = 1; i <= activityCount; i++) {
      Responsible who =
          r.nextBoolean()
              ? Responsible.of(CaseHistories.HOUSING.getId())
              : Responsible.of(CaseHistories.GGD.getId(), TD.getId());
      activities.add(
          Activity.builder()
              .description("Activiteit " + i)
              .responsible(who)
              .dueOn(date.plusDays(7 + r.nextInt(84)))
              .goalCode(
                  r.nextBoolean()
                      ? Optional.of("G" + (1 + r.nextInt(goalCount)))
                      : Optional.empty())
              .build());
    }
    return PlanOfApproach.builder()
        .version(version)
        .context(text(r, "Plan van aanpak"))
        .goals(goals)
        .activities(activities)
        .evaluateBy(date.plusMonths(3))
        .build();
  }

  private Meeting meeting(CaseState state, SplittableRandom r, LocalDate date) {
    int p = r.nextInt(10);
    MeetingKind kind =
        p < 6
            ? MeetingKind.CASE_CONFERENCE
            : (p < 9 ? MeetingKind.NETWORK_MEETING : MeetingKind.STEERING_GROUP);
    Set<ProfessionalId> participants = new LinkedHashSet<>();
    participants.add(ND.getId());
    boolean withDirector = r.nextBoolean();
    if (withDirector) {
      participants.add(TD.getId());
    }
    if (r.nextBoolean()) {
      participants.add(CM.getId());
    }
    boolean invited =
        kind == MeetingKind.CASE_CONFERENCE && profile.isClientAlwaysInvitedToCaseConference()
            ? r.nextInt(10) > 0
            : r.nextInt(10) < 6;
    List<WorkAgreement> minutes = new ArrayList<>();
    int agreements = r.nextInt(3);
    for (int i = 0; i < agreements; i++) {
      minutes.add(
          WorkAgreement.of(
              Responsible.of(CaseHistories.HOUSING.getId()),
              "Afspraak " + (i + 1),
              date.plusDays(7 + i)));
    }
    return Meeting.builder()
        .id(MeetingId.of("m-" + (state.getVersion() + 1) + "-" + r.nextInt(1000)))
        .kind(kind)
        .heldOn(date.minusDays(r.nextInt(2)))
        .participants(participants)
        .addOrganisations(CaseHistories.MUNICIPALITY.getId())
        .technicalChair(ND.getId())
        .contentCoordinator(withDirector ? TD.getId() : ND.getId())
        .clientInvited(invited)
        .clientPresent(invited && r.nextBoolean())
        .minutes(minutes)
        .build();
  }

  private Candidate evaluate(CaseState state, SplittableRandom r, Professional handler) {
    if (state.getPlan().isEmpty()) {
      return null;
    }
    int p = r.nextInt(20);
    EvaluationDecision decision =
        p < 7
            ? EvaluationDecision.CONTINUE
            : (p < 11
                ? EvaluationDecision.ADJUST
                : (p < 18 ? EvaluationDecision.CLOSE : EvaluationDecision.ESCALATE));
    boolean allReached = decision == EvaluationDecision.CLOSE && r.nextInt(10) < 7;
    var b = Evaluation.builder();
    for (Goal g : state.getPlan().get().getGoals()) {
      b.putGoalResults(
          g.getCode(),
          allReached
              ? GoalResult.REACHED
              : GoalResult.values()[r.nextInt(GoalResult.values().length)]);
    }
    return new Candidate(
        new CaseCommand.Evaluate(
            b.agreementsKept(r.nextInt(5) > 0)
                .decision(decision)
                .remarks(r.nextBoolean() ? "" : "Toelichting")
                .build()),
        handler);
  }

  private Closure closure(SplittableRandom r) {
    if (r.nextInt(4) > 0) {
      if (profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE) {
        return Closure.builder()
            .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
            .regularCare(CaseHistories.GGD.getId())
            .build();
      }
      return Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
    }
    ClosureReason[] others = {
      ClosureReason.REFERRED,
      ClosureReason.REFUSED_NO_GROUND_FOR_COERCION,
      ClosureReason.DECEASED,
      ClosureReason.OTHER
    };
    return Closure.builder()
        .reason(others[r.nextInt(others.length)])
        .remarks(text(r, "Toelichting bij afsluiten"))
        .build();
  }

  private static Consent consent(SplittableRandom r, LocalDate date) {
    ConsentScope scope = ConsentScope.values()[r.nextInt(ConsentScope.values().length)];
    return Consent.builder()
        .scope(scope)
        .organisations(
            scope == ConsentScope.NAMED_ORGANISATIONS
                ? Set.of(CaseHistories.GGD.getId(), CaseHistories.HOUSING.getId())
                : Set.of())
        .signedOn(date.minusDays(r.nextInt(4)))
        .build();
  }

  private static Candidate escalate(CaseState state, SplittableRandom r) {
    int p = r.nextInt(20);
    EscalationKind kind =
        p == 0
            ? EscalationKind.PRESSURE_AND_COERCION
            : (p < 11 ? EscalationKind.CONTENT : EscalationKind.ORGANISATIONAL);
    int highest =
        state.getEscalations().stream()
            .filter(x -> x.getEscalation().getKind() == kind)
            .mapToInt(x -> x.getEscalation().getRung())
            .max()
            .orElse(0);
    int rung = r.nextInt(10) < 9 ? highest + 1 : 1 + r.nextInt(4);
    Optional<String> emergency = r.nextInt(7) == 0 ? Optional.of("Acuut gevaar") : Optional.empty();
    return new Candidate(
        new CaseCommand.Escalate(kind, rung, text(r, "Knelpunt in de uitvoering"), emergency), ND);
  }

  private Candidate coercion(SplittableRandom r) {
    List<CoercionMeasure> measures = profile.getIntervention().getCoercionCatalogue().getMeasures();
    CoercionMeasure m = measures.get(r.nextInt(measures.size()));
    Professional executor = CM;
    for (Professional p : CAST) {
      if (m.getExecutedBy().contains(CaseHistories.organisationOf(p).getKind())) {
        executor = p;
        break;
      }
    }
    Optional<String> reason =
        r.nextInt(7) > 0 ? Optional.of(text(r, "Ernstig nadeel")) : Optional.empty();
    return new Candidate(new CaseCommand.RecordCoercionMeasure(m.getCode(), reason), executor);
  }

  private Candidate instrument(SplittableRandom r) {
    int p = r.nextInt(20);
    Instrument instrument =
        p < 7
            ? Instrument.BILATERAL_CONTACT
            : (p < 13
                ? Instrument.INFORMATION_AND_CONSULTATION
                : (p < 19
                    ? Instrument.CARE_PURCHASE_BUDGET
                    : Instrument.CONSCIOUSLY_GUIDED_EXPLOSION));
    var b =
        InstrumentUse.builder()
            .instrument(instrument)
            .description(text(r, "Inzet instrument"))
            .eviction(r.nextInt(25) == 0);
    Professional actor = r.nextBoolean() ? CM : TD;
    if (instrument == Instrument.CARE_PURCHASE_BUDGET) {
      b.amount(new BigDecimal(100 + r.nextInt(190_000)).movePointLeft(2));
      Optional<BudgetMandate> mandate = profile.getIntervention().getBudgetMandate();
      ProfessionalRole holder =
          mandate.map(BudgetMandate::getHolder).orElse(ProfessionalRole.NETWORK_DIRECTOR);
      actor = CAST.stream().filter(c -> c.hasRole(holder)).findFirst().orElse(ND);
    } else if (instrument == Instrument.CONSCIOUSLY_GUIDED_EXPLOSION) {
      b.agreedBy(CaseHistories.NETWORK.getCoreTeam());
      actor = ND;
    }
    return new Candidate(new CaseCommand.UseInstrument(b.build()), actor);
  }
}

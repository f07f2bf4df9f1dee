package nl.lon.testkit.model;

import static nl.lon.testkit.model.ProcessCast.CORE_MEMBER;
import static nl.lon.testkit.model.ProcessCast.GGD;
import static nl.lon.testkit.model.ProcessCast.HOUSING;
import static nl.lon.testkit.model.ProcessCast.MUNICIPALITY;
import static nl.lon.testkit.model.ProcessCast.NETWORK_DIRECTOR;
import static nl.lon.testkit.model.ProcessCast.TRAJECTORY_DIRECTOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
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
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.arbitraries.LonArbitraries;

/**
 * The generated arguments of each use case, drawn from {@link LonArbitraries} and from choices that
 * lean to what a network usually does; turned into a command on the case's state when the act is
 * given, so that an act kept after shrinking still fits as well as it can. Every choice shrinks to
 * its first, most usual value.
 */
final class UseCaseArguments {

  private static final List<Professional> CAST = ProcessCast.professionals();

  private UseCaseArguments() {}

  /** The case as it stands when the act is given. */
  record Context(CaseState state, LocalDate today, MethodologyProfile profile) {}

  /** A command and the professional who would naturally give it. */
  record Candidate(CaseCommand command, Professional actor) {}

  /** Generated arguments: a description and how they become a command on a case. */
  static final class Arguments {
    private final String description;
    private final Function<Context, Optional<Candidate>> command;

    Arguments(String description, Function<Context, Optional<Candidate>> command) {
      this.description = description;
      this.command = command;
    }

    Optional<Candidate> command(Context context) {
      return command.apply(context);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  // -----------------------------------------------------------------------------------------------
  // which use cases fit a case

  /** The use cases that fit the state, the one that moves the case on first. */
  static List<UseCase> plausible(CaseState state) {
    UseCase consent =
        state.getConsent().isPresent() && state.getConsent().get().getWithdrawnOn().isEmpty()
            ? UseCase.WITHDRAW_CONSENT
            : UseCase.RECORD_CONSENT;
    if (state.getStatus() == CaseStatus.TRANSFERRED) {
      return List.of();
    }
    if (state.getStatus() == CaseStatus.ENDED) {
      return List.of(UseCase.REOPEN, consent);
    }
    if (state.getStatus() == CaseStatus.CLOSED) {
      return List.of(UseCase.FOLLOW_UP, UseCase.REOPEN, UseCase.HOLD_MEETING, consent);
    }
    boolean director = state.getTrajectoryDirector().isPresent();
    List<UseCase> k = new ArrayList<>();
    switch (state.getStep()) {
      case RECEIVE_REPORT:
        return List.of(UseCase.JUDGE_REPORT, consent, UseCase.HOLD_MEETING);
      case GATHER_INFORMATION:
        return List.of(
            UseCase.DECIDE_COORDINATION,
            UseCase.REQUEST_INFORMATION,
            UseCase.ADD_INFORMATION,
            UseCase.RECORD_HOME_VISIT,
            consent,
            UseCase.HOLD_MEETING,
            UseCase.CORRECT_ENTRY,
            UseCase.WITHDRAW_ENTRY);
      case INTEGRAL_PICTURE:
        if (!director) {
          k.add(UseCase.APPOINT);
        } else if (state.getLatestScan().isEmpty()) {
          k.add(UseCase.RECORD_SCAN);
        }
        k.add(UseCase.FORM_INTEGRAL_PICTURE);
        k.addAll(
            List.of(
                UseCase.RECORD_SCAN,
                UseCase.RECORD_HOME_VISIT,
                UseCase.ADD_INFORMATION,
                UseCase.HOLD_MEETING,
                consent));
        return k;
      case PLAN_OF_APPROACH:
        if (director && state.getOwnershipAcceptedOn().isEmpty()) {
          // Enschede's plan waits for the acceptance (seeds/004 l.1482-1484); elsewhere it is
          // recorded when given
          k.add(UseCase.ACCEPT_OWNERSHIP);
        }
        k.add(director ? UseCase.ADOPT_PLAN : UseCase.APPOINT);
        k.addAll(
            List.of(
                UseCase.HOLD_MEETING,
                UseCase.RECORD_SCAN,
                UseCase.REQUEST_ESCALATION,
                UseCase.ESCALATE,
                UseCase.DRAFT_CONCEPT_PLAN,
                consent));
        return k;
      case EXECUTE:
        return List.of(
            UseCase.EVALUATE,
            UseCase.REPORT_PROGRESS,
            UseCase.HOLD_PROGRESS_TALK,
            UseCase.HOLD_MEETING,
            UseCase.USE_INSTRUMENT,
            UseCase.REQUEST_ESCALATION,
            UseCase.ESCALATE,
            UseCase.RESOLVE_ESCALATION,
            UseCase.RECORD_COERCION_MEASURE,
            UseCase.RECORD_HOME_VISIT,
            UseCase.ADJUST_PLAN,
            UseCase.APPOINT,
            UseCase.RECORD_PAPER_FILE,
            consent);
      case EVALUATE:
        return List.of(
            UseCase.ADJUST_PLAN, UseCase.EVALUATE, UseCase.HOLD_MEETING, UseCase.ESCALATE, consent);
      case CLOSE:
        return List.of(UseCase.CLOSE, UseCase.HOLD_MEETING, UseCase.RESOLVE_ESCALATION, consent);
      default:
        return List.of(UseCase.HOLD_MEETING, consent);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // the arguments of each use case

  /** The arguments of a use case other than {@link UseCase#RECEIVE_SIGNAL}. */
  static Arbitrary<Arguments> of(UseCase useCase, MethodologyProfile profile) {
    switch (useCase) {
      case JUDGE_REPORT:
        return judge();
      case REQUEST_INFORMATION:
        return Combinators.combine(text("Is de cliënt bekend?"), coin())
            .as(
                (question, byMember) ->
                    fixed(
                        "request information",
                        new CaseCommand.RequestInformation(
                            Set.of(GGD.getId(), HOUSING.getId()), question),
                        byMember ? CORE_MEMBER : NETWORK_DIRECTOR));
      case ADD_INFORMATION:
        return text("Huurachterstand bekend")
            .map(
                summary ->
                    fixed(
                        "add information",
                        new CaseCommand.AddInformation(HOUSING.getId(), summary),
                        CORE_MEMBER));
      case RECORD_HOME_VISIT:
        return Combinators.combine(coin(), text("Woning bezocht"), usually(true, 3, 1))
            .as(
                (both, findings, reached) ->
                    fixed(
                        "record a home visit",
                        new CaseCommand.RecordHomeVisit(
                            both
                                ? Set.of(CORE_MEMBER.getId(), TRAJECTORY_DIRECTOR.getId())
                                : Set.of(CORE_MEMBER.getId()),
                            findings,
                            reached),
                        CORE_MEMBER));
      case DECIDE_COORDINATION:
        return coordination();
      case APPOINT:
        return appoint(profile);
      case RECORD_SCAN:
        return Combinators.combine(LonArbitraries.lifeDomainScans(), days(2))
            .as(
                (scan, back) ->
                    new Arguments(
                        "record a life-domain scan",
                        c ->
                            Optional.of(
                                new Candidate(
                                    new CaseCommand.RecordScan(
                                        nl.lon.core.scan.LifeDomainScan.builder()
                                            .from(scan)
                                            .scoredOn(c.today().minusDays(back))
                                            .build()),
                                    handler(c.state())))));
      case FORM_INTEGRAL_PICTURE:
        return Combinators.combine(text("Samenhangende problematiek"), coin())
            .as(
                (summary, missing) ->
                    new Arguments(
                        "form the integral picture",
                        c ->
                            Optional.of(
                                new Candidate(
                                    new CaseCommand.FormIntegralPicture(
                                        summary,
                                        missing
                                            ? Set.of(
                                                TargetGroupAssignment.of(
                                                    TargetGroup.CARE_MISSER, "mist zorg"))
                                            : Set.of()),
                                    handler(c.state())))));
      case ADOPT_PLAN:
        return plan("adopt the plan", (p) -> new CaseCommand.AdoptPlan(p));
      case DRAFT_CONCEPT_PLAN:
        // Rotterdam's network director drafts it for the network meeting (seeds/004 l.1452);
        // refused where the problem owner makes the plan
        return plan("draft a concept plan", (p) -> new CaseCommand.DraftConceptPlan(p))
            .map(
                a ->
                    new Arguments(
                        "draft a concept plan",
                        c -> a.command(c).map(k -> new Candidate(k.command(), NETWORK_DIRECTOR))));
      case ADJUST_PLAN:
        return plan("adjust the plan", (p) -> new CaseCommand.AdjustPlan(p));
      case REPORT_PROGRESS:
        return Combinators.combine(text("Voortgang volgens plan"), rarely(5), rarely(10), rarely(6))
            .as(
                (summary, deviates, stalled, unreachable) ->
                    new Arguments(
                        "report progress",
                        c ->
                            Optional.of(
                                new Candidate(
                                    new CaseCommand.ReportProgress(
                                        ProgressReport.builder()
                                            .summary(summary)
                                            .deviatesFromPlan(deviates)
                                            .stalled(stalled)
                                            .clientUnreachable(unreachable)
                                            .build()),
                                    caseDirector(c.state())))));
      case HOLD_PROGRESS_TALK:
        return text("Voortgangsgesprek")
            .map(
                summary ->
                    fixed(
                        "hold a progress talk",
                        new CaseCommand.HoldProgressTalk(summary),
                        NETWORK_DIRECTOR));
      case HOLD_MEETING:
        return meeting(profile);
      case ACCEPT_OWNERSHIP:
        return Arbitraries.just(
            new Arguments(
                "accept the problem ownership",
                c ->
                    Optional.of(
                        new Candidate(
                            new CaseCommand.AcceptProblemOwnership(), caseDirector(c.state())))));
      case RECORD_PAPER_FILE:
        return Arbitraries.of("archief GGD, kast 3", "archief woningcorporatie")
            .map(
                location ->
                    fixed(
                        "record a paper file",
                        new CaseCommand.RecordPaperFile(location),
                        NETWORK_DIRECTOR));
      case EVALUATE:
        return evaluate();
      case CLOSE:
        return close(profile);
      case FOLLOW_UP:
        return Combinators.combine(
                Arbitraries.frequency(
                    Tuple.of(2, FollowUpOutcome.STILL_IN_CARE),
                    Tuple.of(2, FollowUpOutcome.CARE_COMPLETED),
                    Tuple.of(1, FollowUpOutcome.DROPPED_OUT)),
                text("Nazorg gecontroleerd"))
            .as(
                (outcome, summary) ->
                    fixed(
                        "record a follow-up check " + outcome,
                        new CaseCommand.RecordFollowUp(FollowUpCheck.of(outcome, summary)),
                        NETWORK_DIRECTOR));
      case REOPEN:
        return text("Nieuwe zorgen gemeld")
            .map(
                reason ->
                    fixed("reopen the case", new CaseCommand.Reopen(reason), NETWORK_DIRECTOR));
      case RECORD_CONSENT:
        return Combinators.combine(Arbitraries.of(ConsentScope.class), days(3), coin())
            .as(
                (scope, back, byMember) ->
                    new Arguments(
                        "record consent " + scope,
                        c ->
                            Optional.of(
                                new Candidate(
                                    new CaseCommand.RecordConsent(
                                        Consent.builder()
                                            .scope(scope)
                                            .organisations(
                                                scope == ConsentScope.NAMED_ORGANISATIONS
                                                    ? Set.of(GGD.getId(), HOUSING.getId())
                                                    : Set.of())
                                            .signedOn(c.today().minusDays(back))
                                            .build()),
                                    byMember ? CORE_MEMBER : TRAJECTORY_DIRECTOR))));
      case WITHDRAW_CONSENT:
        return Arbitraries.just(
            fixed("withdraw consent", new CaseCommand.WithdrawConsent(), CORE_MEMBER));
      case REQUEST_ESCALATION:
        return Combinators.combine(
                Arbitraries.of(EscalationKind.CONTENT, EscalationKind.ORGANISATIONAL),
                text("Geen passende plek"))
            .as(
                (kind, bottleneck) ->
                    new Arguments(
                        "request a " + kind + " escalation",
                        c ->
                            Optional.of(
                                new Candidate(
                                    new CaseCommand.RequestEscalation(kind, bottleneck),
                                    caseDirector(c.state())))));
      case ESCALATE:
        return escalate();
      case RESOLVE_ESCALATION:
        return LonArbitraries.escalationResolutions()
            .map(
                resolution ->
                    new Arguments(
                        "resolve an escalation " + resolution.getKind(),
                        c -> {
                          if (c.state().getOpenEscalations().isEmpty()) {
                            return Optional.empty();
                          }
                          EscalationId open =
                              c.state().getOpenEscalations().keySet().iterator().next();
                          return Optional.of(
                              new Candidate(
                                  new CaseCommand.ResolveEscalation(open, resolution),
                                  NETWORK_DIRECTOR));
                        }));
      case RECORD_COERCION_MEASURE:
        return coercion(profile);
      case USE_INSTRUMENT:
        return instrument(profile);
      case TRANSFER:
        return text("Cliënt verhuist")
            .map(
                summary ->
                    fixed(
                        "transfer the case",
                        new CaseCommand.Transfer(
                            WarmHandover.of(
                                NetworkId.of("lon-testkit-elders"),
                                "Netwerkregisseur elders",
                                summary)),
                        NETWORK_DIRECTOR));
      case CORRECT_ENTRY:
        return text("Verkeerde bevinding ingevoerd")
            .map(
                reason ->
                    new Arguments(
                        "correct the latest home visit",
                        c -> {
                          // the latest home visit that still counts, with the other finding
                          HomeVisitRecorded visit = null;
                          for (CaseEvent e : EffectiveHistory.of(c.state().getHistory())) {
                            if (e instanceof HomeVisitRecorded v) {
                              visit = v;
                            }
                          }
                          if (visit == null) {
                            return Optional.empty();
                          }
                          return Optional.of(
                              new Candidate(
                                  new CaseCommand.CorrectEntry(
                                      visit.getSequence(),
                                      new CaseCommand.RecordHomeVisit(
                                          visit.getVisitors(),
                                          "Bevinding gecorrigeerd",
                                          !visit.isClientReached()),
                                      reason),
                                  NETWORK_DIRECTOR));
                        }));
      case WITHDRAW_ENTRY:
        return text("Bij de verkeerde casus ingevoerd")
            .map(
                reason ->
                    new Arguments(
                        "withdraw the latest information or home visit",
                        c -> {
                          CaseEvent entry = null;
                          for (CaseEvent e : EffectiveHistory.of(c.state().getHistory())) {
                            if (e instanceof HomeVisitRecorded || e instanceof InformationAdded) {
                              entry = e;
                            }
                          }
                          if (entry == null) {
                            return Optional.empty();
                          }
                          return Optional.of(
                              new Candidate(
                                  new CaseCommand.WithdrawEntry(entry.getSequence(), reason),
                                  NETWORK_DIRECTOR));
                        }));
      default:
        throw new IllegalArgumentException("no arguments for " + useCase);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // the larger use cases

  private static Arbitrary<Arguments> judge() {
    return Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(16, ReportJudgement.IN_SCOPE),
                Tuple.of(2, ReportJudgement.OUT_OF_SCOPE),
                Tuple.of(2, ReportJudgement.ACUTE_CRISIS)),
            text("Multiproblematiek"),
            usually(true, 19, 1),
            coin())
        .as(
            (judgement, reason, grouped, nuisance) -> {
              Set<TargetGroupAssignment> groups = new LinkedHashSet<>();
              if (judgement != ReportJudgement.OUT_OF_SCOPE && grouped) {
                groups.add(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "zorgmijder"));
                if (nuisance) {
                  groups.add(TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "overlast"));
                }
              }
              return fixed(
                  "judge the report " + judgement,
                  new CaseCommand.JudgeReport(judgement, reason, groups),
                  NETWORK_DIRECTOR);
            });
  }

  private static Arbitrary<Arguments> coordination() {
    Arbitrary<CoordinationOutcome> outcome =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(CoordinationOutcome.COORDINATE)),
            Tuple.of(2, Arbitraries.of(CoordinationOutcome.class)));
    return Combinators.combine(outcome, Arbitraries.of(Circuit.class), text("Regie nodig"))
        .as(
            (o, circuit, reason) ->
                new Arguments(
                    "decide coordination " + o,
                    c ->
                        Optional.of(
                            new Candidate(
                                new CaseCommand.DecideCoordination(
                                    CoordinationDecision.builder()
                                        .outcome(o)
                                        .circuit(
                                            o == CoordinationOutcome.REFER_TO_CIRCUIT
                                                ? Optional.of(circuit)
                                                : Optional.empty())
                                        .referredTo(
                                            o == CoordinationOutcome.REFER_TO_ORGANISATION
                                                ? Optional.of(GGD.getId())
                                                : Optional.empty())
                                        .reason(reason)
                                        .feedback(
                                            SignallerFeedback.of(c.today(), "Melder geïnformeerd"))
                                        .build()),
                                NETWORK_DIRECTOR))));
  }

  private static Arbitrary<Arguments> appoint(MethodologyProfile profile) {
    AppointmentAuthority authority = profile.getAppointedBy();
    AppointmentAuthority other =
        authority == AppointmentAuthority.NETWORK_DIRECTOR
            ? AppointmentAuthority.NETWORK_MEETING
            : AppointmentAuthority.NETWORK_DIRECTOR;
    return Arbitraries.frequency(
        Tuple.of(
            16,
            fixed(
                "appoint the trajectory director",
                new CaseCommand.AppointTrajectoryDirector(
                    TRAJECTORY_DIRECTOR.getId(), GGD.getId(), authority, false),
                NETWORK_DIRECTOR)),
        Tuple.of(
            3,
            fixed(
                "appoint the network director as temporary problem owner",
                new CaseCommand.AppointTrajectoryDirector(
                    NETWORK_DIRECTOR.getId(), MUNICIPALITY.getId(), authority, true),
                NETWORK_DIRECTOR)),
        Tuple.of(
            1,
            fixed(
                "appoint the trajectory director by " + other,
                new CaseCommand.AppointTrajectoryDirector(
                    TRAJECTORY_DIRECTOR.getId(), GGD.getId(), other, false),
                NETWORK_DIRECTOR)));
  }

  /** One activity of a plan: whose, how many days after adoption, and which goal it serves. */
  private record RawActivity(boolean housing, int dueInDays, Optional<Integer> goal) {}

  private static Arbitrary<Arguments> plan(
      String description, Function<PlanOfApproach, CaseCommand> command) {
    Arbitrary<RawActivity> activity =
        Combinators.combine(
                coin(),
                Arbitraries.integers().between(7, 90),
                Arbitraries.integers().between(0, 2).optional())
            .as(RawActivity::new);
    return Combinators.combine(
            Arbitraries.of(LifeDomain.class).list().ofMinSize(1).ofMaxSize(3),
            activity.list().ofMinSize(1).ofMaxSize(3),
            text("Plan van aanpak"))
        .as(
            (domains, activities, context) ->
                new Arguments(
                    description,
                    c -> {
                      int version = c.state().getPlan().map(p -> p.getVersion() + 1).orElse(1);
                      List<Goal> goals = new ArrayList<>();
                      for (int i = 0; i < domains.size(); i++) {
                        goals.add(Goal.of("G" + (i + 1), domains.get(i), "Doel " + (i + 1)));
                      }
                      List<Activity> planned = new ArrayList<>();
                      for (int i = 0; i < activities.size(); i++) {
                        RawActivity a = activities.get(i);
                        planned.add(
                            Activity.builder()
                                .description("Activiteit " + (i + 1))
                                .responsible(
                                    a.housing()
                                        ? Responsible.of(HOUSING.getId())
                                        : Responsible.of(GGD.getId(), TRAJECTORY_DIRECTOR.getId()))
                                .dueOn(c.today().plusDays(a.dueInDays()))
                                .goalCode(a.goal().map(g -> "G" + (1 + g % goals.size())))
                                .build());
                      }
                      PlanOfApproach plan =
                          PlanOfApproach.builder()
                              .version(version)
                              .context(context)
                              .goals(goals)
                              .activities(planned)
                              .evaluateBy(c.today().plusMonths(3))
                              .build();
                      return Optional.of(new Candidate(command.apply(plan), handler(c.state())));
                    }));
  }

  private static Arbitrary<Arguments> meeting(MethodologyProfile profile) {
    Arbitrary<MeetingKind> kind =
        Arbitraries.frequency(
            Tuple.of(6, MeetingKind.CASE_CONFERENCE),
            Tuple.of(3, MeetingKind.NETWORK_MEETING),
            Tuple.of(1, MeetingKind.STEERING_GROUP));
    Arbitrary<Tuple.Tuple3<Boolean, Boolean, Integer>> who =
        Combinators.combine(coin(), coin(), Arbitraries.integers().between(0, 1)).as(Tuple::of);
    return Combinators.combine(
            kind,
            who,
            usually(true, 9, 1),
            coin(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 999))
        .as(
            (k, w, invitedUsually, present, agreements, number) ->
                new Arguments(
                    "hold a " + k,
                    c -> {
                      boolean withDirector = w.get1();
                      Set<ProfessionalId> participants = new LinkedHashSet<>();
                      participants.add(NETWORK_DIRECTOR.getId());
                      if (withDirector) {
                        participants.add(TRAJECTORY_DIRECTOR.getId());
                      }
                      if (w.get2()) {
                        participants.add(CORE_MEMBER.getId());
                      }
                      // Leeuwarden invites the client to every case conference (l.1472)
                      boolean invited =
                          k == MeetingKind.CASE_CONFERENCE
                                  && profile.isClientAlwaysInvitedToCaseConference()
                              ? invitedUsually
                              : number % 10 < 6;
                      List<WorkAgreement> minutes = new ArrayList<>();
                      for (int i = 0; i < agreements; i++) {
                        minutes.add(
                            WorkAgreement.of(
                                Responsible.of(HOUSING.getId()),
                                "Afspraak " + (i + 1),
                                c.today().plusDays(7 + i)));
                      }
                      Meeting meeting =
                          Meeting.builder()
                              .id(MeetingId.of("m-" + (c.state().getVersion() + 1) + "-" + number))
                              .kind(k)
                              .heldOn(c.today().minusDays(w.get3()))
                              .participants(participants)
                              .addOrganisations(MUNICIPALITY.getId())
                              .technicalChair(NETWORK_DIRECTOR.getId())
                              .contentCoordinator(
                                  withDirector
                                      ? TRAJECTORY_DIRECTOR.getId()
                                      : NETWORK_DIRECTOR.getId())
                              .clientInvited(invited)
                              .clientPresent(invited && present)
                              .minutes(minutes)
                              .build();
                      return Optional.of(
                          new Candidate(new CaseCommand.HoldMeeting(meeting), NETWORK_DIRECTOR));
                    }));
  }

  private static Arbitrary<Arguments> evaluate() {
    Arbitrary<EvaluationDecision> decision =
        Arbitraries.frequency(
            Tuple.of(7, EvaluationDecision.CONTINUE),
            Tuple.of(4, EvaluationDecision.ADJUST),
            Tuple.of(7, EvaluationDecision.CLOSE),
            Tuple.of(2, EvaluationDecision.ESCALATE));
    return Combinators.combine(
            decision,
            usually(true, 7, 3),
            Arbitraries.of(GoalResult.class).list().ofSize(3),
            usually(true, 4, 1),
            coin())
        .as(
            (d, allReached, results, kept, remarks) ->
                new Arguments(
                    "evaluate " + d,
                    c -> {
                      if (c.state().getPlan().isEmpty()) {
                        return Optional.empty();
                      }
                      var b = Evaluation.builder();
                      List<Goal> goals = c.state().getPlan().get().getGoals();
                      for (int i = 0; i < goals.size(); i++) {
                        b.putGoalResults(
                            goals.get(i).getCode(),
                            d == EvaluationDecision.CLOSE && allReached
                                ? GoalResult.REACHED
                                : results.get(i % results.size()));
                      }
                      return Optional.of(
                          new Candidate(
                              new CaseCommand.Evaluate(
                                  b.agreementsKept(kept)
                                      .decision(d)
                                      .remarks(remarks ? "" : "Toelichting")
                                      .build()),
                              handler(c.state())));
                    }));
  }

  private static Arbitrary<Arguments> close(MethodologyProfile profile) {
    Closure usual =
        profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
            ? Closure.builder()
                .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                .regularCare(GGD.getId())
                .build()
            : Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
    Arbitrary<Closure> other =
        Combinators.combine(
                Arbitraries.of(
                    ClosureReason.REFERRED,
                    ClosureReason.REFUSED_NO_GROUND_FOR_COERCION,
                    ClosureReason.DECEASED,
                    ClosureReason.OTHER),
                text("Toelichting bij afsluiten"))
            .as((reason, remarks) -> Closure.builder().reason(reason).remarks(remarks).build());
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(usual)), Tuple.of(1, other))
        .map(
            closure ->
                new Arguments(
                    "close the case " + closure.getReason(),
                    c ->
                        Optional.of(
                            new Candidate(new CaseCommand.Close(closure), handler(c.state())))));
  }

  private static Arbitrary<Arguments> escalate() {
    Arbitrary<EscalationKind> kind =
        Arbitraries.frequency(
            Tuple.of(10, EscalationKind.CONTENT),
            Tuple.of(9, EscalationKind.ORGANISATIONAL),
            Tuple.of(1, EscalationKind.PRESSURE_AND_COERCION));
    return Combinators.combine(
            kind,
            usually(true, 9, 1),
            Arbitraries.integers().between(1, 4),
            text("Knelpunt in de uitvoering"),
            rarely(7))
        .as(
            (k, nextRung, anyRung, bottleneck, emergency) ->
                new Arguments(
                    "escalate " + k,
                    c -> {
                      int highest =
                          c.state().getEscalations().stream()
                              .filter(x -> x.getEscalation().getKind() == k)
                              .mapToInt(x -> x.getEscalation().getRung())
                              .max()
                              .orElse(0);
                      return Optional.of(
                          new Candidate(
                              new CaseCommand.Escalate(
                                  k,
                                  nextRung ? highest + 1 : anyRung,
                                  bottleneck,
                                  emergency ? Optional.of("Acuut gevaar") : Optional.empty()),
                              NETWORK_DIRECTOR));
                    }));
  }

  private static Arbitrary<Arguments> coercion(MethodologyProfile profile) {
    List<CoercionMeasure> measures = profile.getIntervention().getCoercionCatalogue().getMeasures();
    return Combinators.combine(
            Arbitraries.integers().between(0, Math.max(0, measures.size() - 1)),
            usually(true, 6, 1),
            text("Ernstig nadeel"))
        .as(
            (index, withReason, reason) -> {
              CoercionMeasure m = measures.get(index);
              Professional executor = CORE_MEMBER;
              for (Professional p : CAST) {
                if (m.getExecutedBy().contains(ProcessCast.organisationOf(p).getKind())) {
                  executor = p;
                  break;
                }
              }
              return fixed(
                  "record coercion measure " + m.getCode(),
                  new CaseCommand.RecordCoercionMeasure(
                      m.getCode(), withReason ? Optional.of(reason) : Optional.empty()),
                  executor);
            });
  }

  private static Arbitrary<Arguments> instrument(MethodologyProfile profile) {
    Arbitrary<Instrument> instrument =
        Arbitraries.frequency(
            Tuple.of(7, Instrument.BILATERAL_CONTACT),
            Tuple.of(6, Instrument.INFORMATION_AND_CONSULTATION),
            Tuple.of(6, Instrument.CARE_PURCHASE_BUDGET),
            Tuple.of(1, Instrument.CONSCIOUSLY_GUIDED_EXPLOSION));
    return Combinators.combine(
            instrument,
            text("Inzet instrument"),
            rarely(25),
            Arbitraries.integers().between(100, 190_099),
            coin())
        .as(
            (which, description, eviction, cents, byMember) -> {
              var b =
                  InstrumentUse.builder()
                      .instrument(which)
                      .description(description)
                      .eviction(eviction);
              Professional actor = byMember ? CORE_MEMBER : TRAJECTORY_DIRECTOR;
              if (which == Instrument.CARE_PURCHASE_BUDGET) {
                b.amount(new BigDecimal(cents).movePointLeft(2));
                // Enschede's team leader holds the budget (l.1704-1708)
                ProfessionalRole holder =
                    profile
                        .getIntervention()
                        .getBudgetMandate()
                        .map(BudgetMandate::getHolder)
                        .orElse(ProfessionalRole.NETWORK_DIRECTOR);
                actor =
                    CAST.stream()
                        .filter(p -> p.hasRole(holder))
                        .findFirst()
                        .orElse(NETWORK_DIRECTOR);
              } else if (which == Instrument.CONSCIOUSLY_GUIDED_EXPLOSION) {
                b.agreedBy(ProcessCast.NETWORK.getCoreTeam());
                actor = NETWORK_DIRECTOR;
              }
              return fixed(
                  "use instrument " + which, new CaseCommand.UseInstrument(b.build()), actor);
            });
  }

  // -----------------------------------------------------------------------------------------------
  // helpers

  /** Arguments whose command does not depend on the case. */
  private static Arguments fixed(String description, CaseCommand command, Professional actor) {
    Optional<Candidate> candidate = Optional.of(new Candidate(command, actor));
    return new Arguments(description, c -> candidate);
  }

  /** Usually the plain text; now and then any text of {@link LonArbitraries#texts()}. */
  static Arbitrary<String> text(String usual) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(usual)), Tuple.of(1, LonArbitraries.texts()));
  }

  /** False or true, half and half; shrinks to false. */
  static Arbitrary<Boolean> coin() {
    return usually(false, 1, 1);
  }

  /** True once in {@code n}; shrinks to false. */
  static Arbitrary<Boolean> rarely(int n) {
    return usually(false, n - 1, 1);
  }

  /** The usual value, or now and then the other; shrinks to the usual one. */
  static Arbitrary<Boolean> usually(boolean usual, int usualWeight, int otherWeight) {
    return Arbitraries.frequency(Tuple.of(usualWeight, usual), Tuple.of(otherWeight, !usual));
  }

  /** 0 to {@code max} days, uniformly; shrinks to 0. */
  static Arbitrary<Integer> days(int max) {
    return Arbitraries.integers()
        .between(0, max)
        .withDistribution(net.jqwik.api.RandomDistribution.uniform());
  }

  /** Who acts for the case: its trajectory director of the cast, or else the network director. */
  static Professional caseDirector(CaseState state) {
    Optional<ProfessionalId> director = state.getTrajectoryDirector();
    if (director.isPresent() && director.get().equals(TRAJECTORY_DIRECTOR.getId())) {
      return TRAJECTORY_DIRECTOR;
    }
    return NETWORK_DIRECTOR;
  }

  /** Who handles the case: its director once appointed, else the network director. */
  private static Professional handler(CaseState state) {
    return state.getTrajectoryDirector().isPresent() ? caseDirector(state) : NETWORK_DIRECTOR;
  }
}

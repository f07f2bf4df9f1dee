package nl.lon.rules.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.rules.intervention.InterventionPolicy;
import nl.lon.rules.profile.ClientInformedPolicy;
import nl.lon.rules.profile.InquiryRoundPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.ProcessDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the agenda: every obligation that follows from a network's profile and a case's history,
 * with its due date (agendaregels).
 *
 * <p>Pure: a function of (profile, case states, date). Working-day deadlines use the profile's
 * calendar. A step for which the profile sets no deadline (the source gives deadlines for Enschede
 * only, seeds/004_ca47ed76719141bc.txt l.1413-1414, l.1440, l.1483) is still listed, due at the
 * next network meeting, counted as the profile's meeting interval from the day the step began, and
 * marked {@linkplain Obligation#isDueDateAssumed() assumed}: it prompts, it is not the network's
 * deadline. One pass over the cases, constant work per case, no per-call calendar tables. Immutable
 * and thread-safe.
 *
 * <p><b>A bad case never takes the network down.</b> When the obligations of one case cannot be
 * computed (any {@link RuntimeException} from the rules, for example a date outside the working-day
 * calendar's years, or a state that breaks an invariant), {@link #forCase} and {@link #forCases}
 * leave that case out, report it on the agenda as an {@link UncomputableCase} with its id and a
 * reason without case content, and serve every other case as if the bad case were absent. Each such
 * case is logged once at WARN with its case id and the exception class only. Misuse (a null
 * argument or element) and failures of the caller's {@code Iterable} are not caught.
 *
 * <pre>{@code
 * Agenda today = AgendaRules.of(MethodologyProfile.enschede()).forCases(states, LocalDate.now(clock));
 * today.overdue().forRole(ProfessionalRole.NETWORK_DIRECTOR);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
public final class AgendaRules {

  private static final Comparator<Obligation> ORDER =
      Comparator.comparing(Obligation::getDueOn)
          .thenComparing(o -> o.getCaseId().getValue())
          .thenComparing(Obligation::getKind);

  private static final Logger LOG = LoggerFactory.getLogger(AgendaRules.class);

  private final MethodologyProfile profile;

  private AgendaRules(MethodologyProfile profile) {
    this.profile = profile;
  }

  /**
   * The agenda rules of a profile.
   *
   * @param profile the profile
   * @return the rules
   */
  public static AgendaRules of(MethodologyProfile profile) {
    return new AgendaRules(java.util.Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The agenda of one case.
   *
   * <p>When the case's obligations cannot be computed, the agenda has no obligations and reports
   * the case in {@link Agenda#getUncomputable()}.
   *
   * @param state the case
   * @param date the date to judge overdue against
   * @return the agenda
   * @throws InvalidValueException when an argument is null
   */
  public Agenda forCase(CaseState state, LocalDate date) {
    return forCases(List.of(notNull(state, "AgendaRules.state")), date);
  }

  /**
   * The agenda of many cases, for example all open cases of a network.
   *
   * <p>Each case is computed on its own: a case whose obligations cannot be computed is left out
   * and reported in {@link Agenda#getUncomputable()}, and the obligations of every other case are
   * exactly those of an agenda without it.
   *
   * @param states the cases
   * @param date the date to judge overdue against
   * @return the agenda, sorted by due date
   * @throws InvalidValueException when an argument or a state is null
   */
  public Agenda forCases(Iterable<CaseState> states, LocalDate date) {
    notNull(states, "AgendaRules.states");
    notNull(date, "AgendaRules.date");
    List<Obligation> out = new ArrayList<>();
    List<UncomputableCase> uncomputable = new ArrayList<>(0);
    for (CaseState s : states) {
      notNull(s, "AgendaRules.state");
      try {
        collect(s, date, out);
      } catch (RuntimeException e) {
        // deliberate: one bad case must not hide the obligations of every other case
        UncomputableCase bad = UncomputableCase.from(s.getCaseId().orElseThrow(() -> e), e);
        LOG.warn(
            "agenda: obligations of case {} not computed ({})",
            bad.getCaseId().getValue(),
            e.getClass().getName());
        uncomputable.add(bad);
      }
    }
    out.sort(ORDER);
    return new Agenda(date, out, uncomputable);
  }

  /**
   * An agenda with the cases other networks handed over to a network added (warm handover): each
   * case proposed to {@code receiving} and not yet decided on gives a {@link
   * ObligationKind#DECIDE_ON_HANDOVER} for the receiving network's director (or the professional
   * the handover names), due {@link ProcessDeadlines#getDecideHandoverWithin()} working days after
   * the handover (these rules' profile is the receiving network's), else at its next network
   * meeting.
   *
   * @param agenda the receiving network's agenda
   * @param receiving the receiving network
   * @param handedOver the sending networks' cases handed over to it and still undecided
   * @return the agenda with the obligations added, sorted by due date
   * @throws InvalidValueException when an argument is null
   * @since 0.2
   */
  public Agenda withIncomingHandovers(
      Agenda agenda, NetworkId receiving, Iterable<CaseState> handedOver) {
    notNull(agenda, "AgendaRules.agenda");
    notNull(receiving, "AgendaRules.receiving");
    notNull(handedOver, "AgendaRules.handedOver");
    List<Obligation> out = new ArrayList<>(agenda.getObligations());
    for (CaseState s : handedOver) {
      notNull(s, "AgendaRules.handedOver");
      if (s.getStatus() != CaseStatus.TRANSFERRED
          || !s.getTransferredTo().map(receiving::equals).orElse(false)
          || s.getTransferredOn().isEmpty()) {
        continue;
      }
      LocalDate since = s.getTransferredOn().get();
      OptionalInt days = profile.getDeadlines().getDecideHandoverWithin();
      int meeting = profile.getNetworkMeetingIntervalDays();
      LocalDate due =
          days.isPresent()
              ? profile.getCalendar().plusWorkingDays(since, days.getAsInt())
              : since.plusDays(meeting);
      out.add(
          Obligation.builder()
              .caseId(s.getCaseId().get())
              .network(receiving)
              .kind(ObligationKind.DECIDE_ON_HANDOVER)
              .role(ProfessionalRole.NETWORK_DIRECTOR)
              .professional(s.getHandoverReceiver())
              .since(since)
              .dueOn(due)
              .overdue(due.isBefore(agenda.getDate()))
              .dueDateAssumed(days.isEmpty())
              .basis(
                  "decide on the handover from network "
                      + s.getNetwork().get()
                      + (days.isPresent()
                          ? " within " + days.getAsInt() + " working days"
                          : "; " + assumedMeeting(meeting)))
              .build());
    }
    out.sort(ORDER);
    return new Agenda(agenda.getDate(), out, agenda.getUncomputable());
  }

  /**
   * Adds the obligations of one case to a list, unsorted; for callers that stream many cases.
   *
   * <p>All or nothing: when the case's obligations cannot be computed, nothing is added and the
   * exception propagates; {@link #forCases} catches it and reports the case instead.
   *
   * @param state the case
   * @param date the date to judge overdue against
   * @param out the list to add to
   * @throws RuntimeException when the case's obligations cannot be computed, for example an {@link
   *     InvalidValueException} for a date outside the profile's working-day calendar
   */
  public void collect(CaseState state, LocalDate date, List<Obligation> out) {
    int before = out.size();
    try {
      collectUnguarded(state, date, out);
    } catch (RuntimeException e) {
      out.subList(before, out.size()).clear();
      throw e;
    }
  }

  private static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }

  private void collectUnguarded(CaseState state, LocalDate date, List<Obligation> out) {
    if (state.getVersion() == 0) {
      return;
    }
    Sink sink = new Sink(state, date, out);
    if (state.getStatus() == CaseStatus.CLOSED) {
      followUps(state, sink);
      return;
    }
    if (!state.isOpen()) {
      return;
    }
    ProcessStep step = state.getStep();
    int meeting = profile.getNetworkMeetingIntervalDays();
    switch (step) {
      case RECEIVE_REPORT:
        intake(state, sink);
        break;
      case GATHER_INFORMATION:
        LocalDate judged = latest(state.getJudgedOn().get(), state.getReopenedOn());
        InquiryRoundPolicy round = profile.getInquiryRound();
        boolean asked =
            state.getInformationRequestedOn().map(d -> !d.isBefore(judged)).orElse(false);
        if (round.describesARound() && !asked) {
          sink.addAssumed(
              ObligationKind.INQUIRY_ROUND,
              ProfessionalRole.NETWORK_DIRECTOR,
              Optional.empty(),
              judged,
              judged.plusDays(meeting),
              inquiryBasis(round) + "; " + assumedMeeting(meeting));
        }
        if (round.isAlways() && !asked) {
          // Rotterdam: the coordination decision follows the round (l.1423)
          break;
        }
        sink.addAssumed(
            ObligationKind.COORDINATION_DECISION,
            ProfessionalRole.NETWORK_DIRECTOR,
            Optional.empty(),
            judged,
            judged.plusDays(meeting),
            "take the coordination decision; " + assumedMeeting(meeting));
        break;
      default:
        break;
    }
    boolean directorPresents = profile.getPlanPresentedBy() == ProfessionalRole.NETWORK_DIRECTOR;
    boolean beforePlan =
        step == ProcessStep.INTEGRAL_PICTURE || step == ProcessStep.PLAN_OF_APPROACH;
    if (step.compareTo(ProcessStep.INTEGRAL_PICTURE) >= 0
        && step.compareTo(ProcessStep.EVALUATE) <= 0) {
      if (directorPresents && beforePlan) {
        LocalDate decided = state.getCoordinationDecidedOn().get();
        sink.addAssumed(
            ObligationKind.PRESENT_PLAN,
            ProfessionalRole.NETWORK_DIRECTOR,
            Optional.empty(),
            decided,
            decided.plusDays(meeting),
            (profile.isConceptPlanByNetworkDirector()
                    ? "bring a concept plan of approach to the network meeting; "
                    : "bring the plan of approach to the network meeting; ")
                + assumedMeeting(meeting));
      }
      if (state.getTrajectoryDirector().isEmpty()) {
        workingDays(
            sink,
            ObligationKind.APPOINT_PROBLEM_OWNER,
            ProfessionalRole.NETWORK_DIRECTOR,
            Optional.empty(),
            state.getCoordinationDecidedOn().get(),
            profile.getDeadlines().getAppointProblemOwnerWithin(),
            "appoint a problem owner after the coordination decision");
      } else if (beforePlan
          && profile.isOwnershipAcceptedBeforePlan()
          && !state.isTrajectoryDirectorTemporary()
          && state.getOwnershipAcceptedOn().isEmpty()) {
        LocalDate appointed = state.getDirectorAppointedOn().get();
        sink.addAssumed(
            ObligationKind.ACCEPT_OWNERSHIP,
            ProfessionalRole.TRAJECTORY_DIRECTOR,
            state.getTrajectoryDirector(),
            appointed,
            appointed.plusDays(meeting),
            "accept the problem ownership; the working days to present the plan run from it; "
                + assumedMeeting(meeting));
      } else if (!directorPresents && beforePlan) {
        if (profile.isFirstCaseConferenceChairedByNetworkDirector()
            && state.getFirstCaseConferenceOn().isEmpty()) {
          // the plan is presented at the first MDO, which the team leader chairs (l.1482-1486)
          workingDays(
              sink,
              ObligationKind.CHAIR_FIRST_CASE_CONFERENCE,
              ProfessionalRole.NETWORK_DIRECTOR,
              Optional.empty(),
              profile.isOwnershipAcceptedBeforePlan() && state.getOwnershipAcceptedOn().isPresent()
                  ? state.getOwnershipAcceptedOn().get()
                  : state.getDirectorAppointedOn().get(),
              profile.getDeadlines().getPresentPlanWithin(),
              "chair the first case conference, where the plan is presented");
        }
        workingDays(
            sink,
            ObligationKind.PRESENT_PLAN,
            ProfessionalRole.TRAJECTORY_DIRECTOR,
            state.getTrajectoryDirector(),
            profile.isOwnershipAcceptedBeforePlan() && state.getOwnershipAcceptedOn().isPresent()
                ? state.getOwnershipAcceptedOn().get()
                : state.getDirectorAppointedOn().get(),
            profile.getDeadlines().getPresentPlanWithin(),
            profile.isOwnershipAcceptedBeforePlan()
                ? "present the plan after accepting problem ownership"
                : "present the plan after the appointment");
      }
    }
    if (step == ProcessStep.EXECUTE || step == ProcessStep.EVALUATE) {
      running(state, sink, meeting);
    }
    if (step == ProcessStep.CLOSE) {
      LocalDate evaluated = state.getLastEvaluatedOn().get();
      ProfessionalRole closer = profile.getClosedBy();
      sink.addAssumed(
          ObligationKind.CLOSE_CASE,
          closer,
          closer == ProfessionalRole.TRAJECTORY_DIRECTOR
              ? state.getTrajectoryDirector()
              : Optional.empty(),
          evaluated,
          evaluated.plusDays(meeting),
          "the evaluation decided to close; " + assumedMeeting(meeting));
    }
    interventions(state, sink);
  }

  /** Step 2: judge the report, or triage an acute crisis first; inform the client where advised. */
  private void intake(CaseState state, Sink sink) {
    LocalDate received = state.getSignalReceivedOn().get();
    Optional<Signal> signal = state.getSignal();
    if (profile.isCrisisTriageAtIntake() && signal.map(Signal::isAcuteCrisis).orElse(false)) {
      sink.addAssumed(
          ObligationKind.CRISIS_TRIAGE,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          received,
          received,
          "an acute crisis is reported: send the competent parties (crisis service) first, then"
              + " judge the report; assumed due the day it was received");
    } else {
      workingDays(
          sink,
          ObligationKind.JUDGE_REPORT,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          received,
          profile.getDeadlines().getJudgeReportWithin(),
          "judge the report");
    }
    if (profile.getClientInformedBeforeReport() == ClientInformedPolicy.ADVISED
        && signal.map(x -> !x.isClientInformed()).orElse(false)) {
      int meeting = profile.getNetworkMeetingIntervalDays();
      OptionalInt days = profile.getDeadlines().getJudgeReportWithin();
      LocalDate due =
          days.isPresent()
              ? profile.getCalendar().plusWorkingDays(received, days.getAsInt())
              : received.plusDays(meeting);
      sink.addAssumed(
          ObligationKind.INFORM_CLIENT,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          received,
          due,
          "the client was not informed: inform the client that the problems will be discussed"
              + " and motivate them to cooperate, before judging the report");
    }
  }

  private static String inquiryBasis(InquiryRoundPolicy round) {
    List<String> parts = new ArrayList<>(3);
    if (round.isAlways()) {
      parts.add("every report gets an inquiry round, then the coordination decision");
    }
    parts.add(
        round.isToAllPartners()
            ? "send the reporting form to all network partners"
            : "ask the partners chosen for this report");
    if (round.isAlsoOtherNetworks()) {
      parts.add("ask some other networks too");
    }
    return String.join("; ", parts);
  }

  private static String assumedMeeting(int meeting) {
    return "no deadline set; assumed at the next network meeting (" + meeting + " days)";
  }

  private void interventions(CaseState state, Sink sink) {
    InterventionPolicy policy = profile.getIntervention();
    for (EscalationRaised open : state.getOpenEscalations().values()) {
      LocalDate raised = open.getBusinessDate();
      sink.add(
          ObligationKind.ESCALATION,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.of(open.getEscalation().getBody()),
          Optional.empty(),
          raised,
          raised.plusDays(policy.getEscalationResponseDays()),
          "open escalation "
              + open.getEscalation().getId()
              + " awaits "
              + open.getEscalation().getBody());
    }
    List<CoercionMeasureRecorded> measures = state.getCoercionMeasures();
    for (int i = 0; i < measures.size(); i++) {
      CoercionMeasureRecorded m = measures.get(i);
      Optional<StatutoryClock> clock =
          policy
              .getCoercionCatalogue()
              .measure(m.getMeasureCode())
              .flatMap(CoercionMeasure::getClock);
      if (clock.isEmpty() || metLater(measures, i, clock.get())) {
        continue;
      }
      sink.add(
          ObligationKind.STATUTORY_DEADLINE,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.of(clock.get().getObligation()),
          Optional.empty(),
          m.getBusinessDate(),
          m.getBusinessDate().plusDays(clock.get().getDays()),
          clock.get().getLegalSource());
    }
  }

  private static boolean metLater(
      List<CoercionMeasureRecorded> measures, int index, StatutoryClock clock) {
    for (int j = index + 1; j < measures.size(); j++) {
      if (clock.getMetBy().contains(measures.get(j).getMeasureCode())) {
        return true;
      }
    }
    return false;
  }

  private void running(CaseState state, Sink sink, int meeting) {
    Optional<ProfessionalId> director = state.getTrajectoryDirector();
    LocalDate appointed = state.getDirectorAppointedOn().get();
    var cadence = profile.getCadence();
    Optional<LocalDate> lastReport =
        state.getLastProgressReportOn().filter(d -> !d.isBefore(appointed));
    if (lastReport.isEmpty()) {
      sink.add(
          ObligationKind.FIRST_CONTACT,
          ProfessionalRole.TRAJECTORY_DIRECTOR,
          director,
          appointed,
          appointed.plusMonths(cadence.getFirstContactWithinMonths()),
          "contact the network director within "
              + cadence.getFirstContactWithinMonths()
              + " month(s) of appointment");
    } else {
      sink.add(
          ObligationKind.PROGRESS_REPORT,
          ProfessionalRole.TRAJECTORY_DIRECTOR,
          director,
          lastReport.get(),
          lastReport.get().plusMonths(cadence.getReportEveryMonths()),
          "report at least every " + cadence.getReportEveryMonths() + " month(s) or on deviation");
    }
    if (!state.isTrajectoryDirectorTemporary()) {
      LocalDate lastTalk =
          state.getLastProgressTalkOn().filter(d -> !d.isBefore(appointed)).orElse(appointed);
      sink.add(
          ObligationKind.PROGRESS_TALK,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          lastTalk,
          lastTalk.plusMonths(cadence.getProgressTalkEveryMonths()),
          "progress talk at least every " + cadence.getProgressTalkEveryMonths() + " month(s)");
    }
    Optional<LocalDate> stalled = state.getLastStalledReportOn();
    if (profile.isStalledProgressBackToTeam()
        && stalled.isPresent()
        && state.getLastNetworkMeetingOn().map(m -> m.isBefore(stalled.get())).orElse(true)) {
      sink.addAssumed(
          ObligationKind.DISCUSS_AGAIN,
          ProfessionalRole.TRAJECTORY_DIRECTOR,
          director,
          stalled.get(),
          stalled.get().plusDays(meeting),
          "progress has stalled: bring the case back to the team; " + assumedMeeting(meeting));
    }
    Optional<LocalDate> adjustSince =
        state.getStep() == ProcessStep.EVALUATE
            ? state.getLastEvaluatedOn()
            : state.getPendingDeviationOn();
    if (adjustSince.isPresent()) {
      sink.addAssumed(
          ObligationKind.ADJUST_PLAN,
          ProfessionalRole.TRAJECTORY_DIRECTOR,
          director,
          adjustSince.get(),
          adjustSince.get().plusDays(meeting),
          "adjust the plan; " + assumedMeeting(meeting));
    } else {
      LocalDate base = latest(state.getPlanAdoptedOn().get(), state.getLastEvaluatedOn());
      ProfessionalRole role = profile.getEvaluatedBy();
      Optional<ProfessionalId> who =
          role == ProfessionalRole.TRAJECTORY_DIRECTOR ? director : Optional.empty();
      OptionalInt every = profile.getEvaluationEveryMonths();
      if (profile.isEvaluateAtEveryNetworkMeeting()) {
        sink.add(
            ObligationKind.EVALUATION,
            role,
            who,
            base,
            base.plusDays(meeting),
            "every running case is evaluated at every network meeting");
      } else if (every.isPresent()) {
        sink.add(
            ObligationKind.EVALUATION,
            role,
            who,
            base,
            base.plusMonths(every.getAsInt()),
            "evaluate at least every " + every.getAsInt() + " month(s)");
      } else {
        // "van tijd tot tijd" (l.1518): no interval; prompted with the next progress report
        int report = cadence.getReportEveryMonths();
        sink.addAssumed(
            ObligationKind.EVALUATION,
            role,
            who,
            base,
            base.plusMonths(report),
            "evaluate from time to time; no interval set, assumed with the progress report every "
                + report
                + " month(s)");
      }
    }
  }

  private void followUps(CaseState state, Sink sink) {
    LocalDate closed = state.getClosedOn().get();
    Optional<LocalDate> droppedOut =
        state.getFollowUps().stream()
            .filter(f -> f.getCheck().getOutcome() == FollowUpOutcome.DROPPED_OUT)
            .map(FollowUpRecorded::getBusinessDate)
            .max(Comparator.naturalOrder());
    if (droppedOut.isPresent()
        && state.getLastNetworkMeetingOn().map(d -> d.isBefore(droppedOut.get())).orElse(true)) {
      int meeting = profile.getNetworkMeetingIntervalDays();
      sink.addAssumed(
          ObligationKind.DISCUSS_AGAIN,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          droppedOut.get(),
          droppedOut.get().plusDays(meeting),
          "the client fell out of the trajectory: discuss the client again in the network meeting,"
              + " which decides whether to reopen; "
              + assumedMeeting(meeting));
    }
    List<Integer> months = profile.getFollowUp().getCheckAfterMonths();
    for (int i = state.getFollowUps().size(); i < months.size(); i++) {
      sink.add(
          ObligationKind.FOLLOW_UP_CHECK,
          ProfessionalRole.NETWORK_DIRECTOR,
          Optional.empty(),
          closed,
          closed.plusMonths(months.get(i)),
          "follow-up check " + months.get(i) + " months after closure");
    }
  }

  private void workingDays(
      Sink sink,
      ObligationKind kind,
      ProfessionalRole role,
      Optional<ProfessionalId> who,
      LocalDate since,
      OptionalInt days,
      String what) {
    if (days.isPresent()) {
      sink.add(
          kind,
          role,
          who,
          since,
          profile.getCalendar().plusWorkingDays(since, days.getAsInt()),
          what + " within " + days.getAsInt() + " working days");
    } else {
      int meeting = profile.getNetworkMeetingIntervalDays();
      sink.addAssumed(
          kind, role, who, since, since.plusDays(meeting), what + "; " + assumedMeeting(meeting));
    }
  }

  private static LocalDate latest(LocalDate a, Optional<LocalDate> b) {
    return b.filter(x -> x.isAfter(a)).orElse(a);
  }

  /** Adds obligations of one case. */
  private static final class Sink {
    private final CaseState state;
    private final LocalDate date;
    private final List<Obligation> out;

    Sink(CaseState state, LocalDate date, List<Obligation> out) {
      this.state = state;
      this.date = date;
      this.out = out;
    }

    void add(
        ObligationKind kind,
        ProfessionalRole role,
        Optional<ProfessionalId> who,
        LocalDate since,
        LocalDate due,
        String basis) {
      add(kind, role, Optional.empty(), who, since, due, basis);
    }

    void addAssumed(
        ObligationKind kind,
        ProfessionalRole role,
        Optional<ProfessionalId> who,
        LocalDate since,
        LocalDate due,
        String basis) {
      out.add(build(kind, role, Optional.empty(), who, since, due, basis, true));
    }

    void add(
        ObligationKind kind,
        ProfessionalRole role,
        Optional<String> body,
        Optional<ProfessionalId> who,
        LocalDate since,
        LocalDate due,
        String basis) {
      out.add(build(kind, role, body, who, since, due, basis, false));
    }

    private Obligation build(
        ObligationKind kind,
        ProfessionalRole role,
        Optional<String> body,
        Optional<ProfessionalId> who,
        LocalDate since,
        LocalDate due,
        String basis,
        boolean assumed) {
      return (Obligation.builder()
          .body(body)
          .caseId(state.getCaseId().get())
          .network(state.getNetwork().get())
          .kind(kind)
          .role(role)
          .professional(who)
          .since(since)
          .dueOn(due)
          .overdue(due.isBefore(date))
          .dueDateAssumed(assumed)
          .basis(basis)
          .build());
    }
  }
}

package nl.lon.testkit.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.LonException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
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
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.model.ProcessCast;
import nl.lon.testkit.model.ProcessModel;
import org.opentest4j.AssertionFailedError;

/**
 * One scenario played step by step against a case service of the {@link ProcessModel}'s network:
 * the steps of docs/scenarios.md, in English or Dutch, on one case. Each act is given on its day;
 * an act the service refuses must be followed by the expectation of its refusal.
 */
final class ScenarioPlay {

  private static final Map<String, MethodologyProfile> PRESETS =
      Map.of(
          "rotterdam", MethodologyProfile.rotterdam(),
          "enschede", MethodologyProfile.enschede(),
          "leeuwarden", MethodologyProfile.leeuwarden());

  private static final Pattern PROFILE_EN =
      Pattern.compile("the (?<profile>\\p{L}+) profile", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROFILE_NL =
      Pattern.compile("het profiel (?<profile>\\p{L}+)", Pattern.CASE_INSENSITIVE);

  private final String source;
  private final CaseId caseId = CaseId.of("scenario-case");
  private MethodologyProfile profile;
  private ProcessModel model;
  private final Map<Words, Vocabulary> vocabularies = new EnumMap<>(Words.class);
  private boolean opened;
  private int pendingLine;
  private Set<String> pendingRules = Set.of();
  private int lastActLine;
  private boolean lastActRefused;

  ScenarioPlay(String source) {
    this.source = source;
  }

  /** Plays one step; throws an assertion error with the source and line when it fails. */
  void step(int line, String text) {
    Words words = Words.of(text);
    if (words == null) {
      throw fail(
          line,
          "a step starts with Given, When, Then or And (Gegeven, Als, Dan, En): \"" + text + "\"");
    }
    String body = Words.withoutKeyword(text);
    Matcher m = (words == Words.ENGLISH ? PROFILE_EN : PROFILE_NL).matcher(body);
    if (m.matches()) {
      chooseProfile(line, m.group("profile"));
      return;
    }
    if (profile == null) {
      throw fail(
          line,
          "first choose the profile, for example \"Given the Enschede profile\" or \"Gegeven het"
              + " profiel Enschede\"");
    }
    Vocabulary v = vocabularies.computeIfAbsent(words, w -> new Vocabulary(w, profile));
    Matcher refused = v.refused.matcher(body);
    if (refused.matches()) {
      expectRefused(line, refused.group("rule"));
      return;
    }
    failIfPending();
    if (!expect(line, v, body) && !act(line, v, body)) {
      throw fail(line, "unknown step \"" + text + "\" (the steps are listed in docs/scenarios.md)");
    }
  }

  /** Ends the scenario: an act refused without its expectation fails it. */
  void end() {
    failIfPending();
  }

  // -------------------------------------------------------------------------------------------
  // the profile

  private void chooseProfile(int line, String name) {
    MethodologyProfile chosen = PRESETS.get(name.toLowerCase(Locale.ROOT));
    if (chosen == null) {
      throw fail(line, "no profile " + name + "; the presets are Rotterdam, Enschede, Leeuwarden");
    }
    if (profile != null) {
      throw fail(line, "the profile is chosen once, at the start");
    }
    profile = chosen;
  }

  // -------------------------------------------------------------------------------------------
  // acts

  private boolean act(int line, Vocabulary v, String body) {
    Matcher signal = v.signal.matcher(body);
    if (signal.matches()) {
      LocalDate date = date(line, v, signal.group("date"));
      receive(line, date, signal.group("crisis") != null, signal.group("uninformed") != null);
      return true;
    }
    Matcher act = v.act.matcher(body);
    if (!act.matches()) {
      return false;
    }
    ProfessionalRole role = v.roles.get(act.group("role").toLowerCase(v.words.locale));
    LocalDate date = date(line, v, act.group("date"));
    String what = act.group("act");
    Optional<CaseCommand> command = command(line, v, what, date);
    if (command.isEmpty()) {
      return false;
    }
    if (!opened) {
      throw fail(line, "no report has been received yet: the scenario's case opens with one");
    }
    Professional actor = actor(line, role, v);
    give(line, date, actor, command.get());
    return true;
  }

  private Optional<CaseCommand> command(int line, Vocabulary v, String what, LocalDate date) {
    Matcher m;
    if ((m = v.judge.matcher(what)).matches()) {
      ReportJudgement j = v.judgements.get(m.group("judgement").toLowerCase(v.words.locale));
      Set<TargetGroupAssignment> groups =
          j == ReportJudgement.IN_SCOPE
              ? Set.of(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "zorgmijder"))
              : Set.of();
      return Optional.of(new CaseCommand.JudgeReport(j, "Beoordeeld in het scenario", groups));
    }
    if (v.coordinate.matcher(what).matches()) {
      return Optional.of(
          new CaseCommand.DecideCoordination(
              CoordinationDecision.builder()
                  .outcome(CoordinationOutcome.COORDINATE)
                  .reason("Regie door het netwerk")
                  .feedback(SignallerFeedback.of(date, "Melder geïnformeerd over het vervolg"))
                  .build()));
    }
    if (v.appoint.matcher(what).matches()) {
      return Optional.of(
          new CaseCommand.AppointTrajectoryDirector(
              ProcessCast.TRAJECTORY_DIRECTOR.getId(),
              ProcessCast.GGD.getId(),
              profile.getAppointedBy(),
              false));
    }
    if (v.accept.matcher(what).matches()) {
      return Optional.of(new CaseCommand.AcceptProblemOwnership());
    }
    if (v.scan.matcher(what).matches()) {
      Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
      ScanInstrument.ZRM_2017
          .getDomains()
          .forEach(d -> scores.put(d, SelfRelianceLevel.NOT_SELF_RELIANT));
      return Optional.of(
          new CaseCommand.RecordScan(
              LifeDomainScan.builder()
                  .instrument(ScanInstrument.ZRM_2017)
                  .scoredOn(date)
                  .scores(scores)
                  .build()));
    }
    if (v.picture.matcher(what).matches()) {
      return Optional.of(
          new CaseCommand.FormIntegralPicture(
              "Problemen op meerdere leefgebieden hangen samen", Set.of()));
    }
    if (v.plan.matcher(what).matches()) {
      int version = state().getPlan().map(p -> p.getVersion() + 1).orElse(1);
      return Optional.of(
          new CaseCommand.AdoptPlan(
              PlanOfApproach.builder()
                  .version(version)
                  .context("Plan van aanpak uit het scenario")
                  .addGoals(Goal.of("G1", LifeDomain.HOUSING, "Woning behouden"))
                  .addActivities(
                      Activity.builder()
                          .description("Betalingsregeling treffen")
                          .responsible(
                              Responsible.of(
                                  ProcessCast.GGD.getId(), ProcessCast.TRAJECTORY_DIRECTOR.getId()))
                          .dueOn(date.plusDays(28))
                          .goalCode("G1")
                          .build())
                  .build()));
    }
    if ((m = v.evaluate.matcher(what)).matches()) {
      EvaluationDecision d = v.decisions.get(m.group("decision").toLowerCase(v.words.locale));
      var b = Evaluation.builder().decision(d).agreementsKept(true);
      state()
          .getPlan()
          .ifPresent(
              p ->
                  p.getGoals()
                      .forEach(
                          g ->
                              b.putGoalResults(
                                  g.getCode(),
                                  d == EvaluationDecision.CLOSE
                                      ? GoalResult.REACHED
                                      : GoalResult.PARTLY_REACHED)));
      return Optional.of(new CaseCommand.Evaluate(b.build()));
    }
    if (v.close.matcher(what).matches()) {
      Closure closure =
          profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
              ? Closure.builder()
                  .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                  .regularCare(ProcessCast.GGD.getId())
                  .build()
              : Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
      return Optional.of(new CaseCommand.Close(closure));
    }
    if ((m = v.followUp.matcher(what)).matches()) {
      FollowUpOutcome outcome =
          m.group("outcome") == null
              ? FollowUpOutcome.STILL_IN_CARE
              : v.outcomes.get(m.group("outcome").toLowerCase(v.words.locale));
      if (outcome == null) {
        throw fail(
            line,
            "no follow-up outcome \""
                + m.group("outcome")
                + "\"; the outcomes are "
                + quoted(v.outcomes.keySet()));
      }
      return Optional.of(
          new CaseCommand.RecordFollowUp(FollowUpCheck.of(outcome, "Nazorg gecontroleerd")));
    }
    if (v.reopen.matcher(what).matches()) {
      return Optional.of(new CaseCommand.Reopen("De cliënt opnieuw bespreken"));
    }
    if ((m = v.escalate.matcher(what)).matches()) {
      return Optional.of(
          escalation(
              line, v, m.group("coercion") != null, m.group("body"), m.group("emergency") != null));
    }
    if ((m = v.meeting.matcher(what)).matches()) {
      MeetingKind kind = v.meetings.get(m.group("meeting").toLowerCase(v.words.locale));
      boolean withClient =
          m.group("with").equalsIgnoreCase(v.words == Words.ENGLISH ? "with" : "met");
      return Optional.of(
          new CaseCommand.HoldMeeting(
              Meeting.builder()
                  .id(MeetingId.of("scenario-line-" + line))
                  .kind(kind)
                  .heldOn(date)
                  .addParticipants(ProcessCast.NETWORK_DIRECTOR.getId())
                  .technicalChair(ProcessCast.NETWORK_DIRECTOR.getId())
                  .contentCoordinator(ProcessCast.NETWORK_DIRECTOR.getId())
                  .clientInvited(withClient)
                  .clientPresent(withClient)
                  .build()));
    }
    if (v.progress.matcher(what).matches()) {
      return Optional.of(
          new CaseCommand.ReportProgress(ProgressReport.of("Voortgang volgens plan", false)));
    }
    if (v.talk.matcher(what).matches()) {
      return Optional.of(new CaseCommand.HoldProgressTalk("Voortgangsgesprek"));
    }
    return Optional.empty();
  }

  private CaseCommand escalation(
      int line, Vocabulary v, boolean coercion, String body, boolean emergency) {
    Optional<String> reason = emergency ? Optional.of("Ernstige noodsituatie") : Optional.empty();
    List<EscalationKind> kinds =
        coercion
            ? List.of(EscalationKind.PRESSURE_AND_COERCION)
            : List.of(EscalationKind.CONTENT, EscalationKind.ORGANISATIONAL);
    List<String> known = new ArrayList<>();
    for (EscalationKind kind : kinds) {
      Optional<EscalationOptions> options = profile.getIntervention().escalation(kind);
      if (options.isEmpty()) {
        // no body for this kind in the profile: the rules refuse it
        return new CaseCommand.Escalate(kind, 1, "Knelpunt in het scenario", reason);
      }
      List<EscalationOption> list = options.get().getOptions();
      for (int i = 0; i < list.size(); i++) {
        EscalationOption o = list.get(i);
        String name = v.words == Words.ENGLISH ? o.getBody() : o.getBodyNl();
        known.add(name);
        if (name.equalsIgnoreCase(body)) {
          return new CaseCommand.Escalate(kind, i + 1, "Knelpunt in het scenario", reason);
        }
      }
    }
    throw fail(
        line,
        "no escalation option \"" + body + "\" in this profile; the options are " + quoted(known));
  }

  private void receive(int line, LocalDate date, boolean crisis, boolean uninformed) {
    if (opened) {
      throw fail(line, "the scenario's case has its report already: a scenario follows one case");
    }
    moveClockTo(date);
    Signal signal =
        Signal.builder()
            .id(SignalId.of("scenario-signal"))
            .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
            .signallerOrganisation(ProcessCast.HOUSING.getId())
            .signallerKind(PartnerKind.HOUSING_CORPORATION)
            .channel(SignalChannel.VIA_NETWORK_MEMBER)
            .receivedOn(date)
            .addConcerns(Concern.RENT_ARREARS, Concern.DOMESTIC_SQUALOR, Concern.ISOLATION)
            .description("Zorgen over de woonsituatie")
            .acuteCrisis(crisis)
            .clientInformed(!uninformed)
            .notInformedReason(
                uninformed ? Optional.of("vertrouwensrelatie met de melder") : Optional.empty())
            .build();
    CaseCommand.ReportSignal command =
        new CaseCommand.ReportSignal(
            caseId,
            ProcessCast.NETWORK_ID,
            ClientNumber.of("C-scenario"),
            signal,
            Household.single());
    lastActLine = line;
    try {
      model
          .getService()
          .reportSignal(
              ProcessCast.CORE_MEMBER.getId(), ProcessModel.PURPOSE, command, Optional.empty());
      opened = true;
      lastActRefused = false;
    } catch (RuleViolationException e) {
      pending(line, e.getViolations().stream().map(Violation::rule).collect(Collectors.toSet()));
    } catch (AccessDeniedException e) {
      pending(line, Set.of(e.getRule()));
    }
  }

  private void give(int line, LocalDate date, Professional actor, CaseCommand command) {
    moveClockTo(date);
    lastActLine = line;
    try {
      model
          .getService()
          .execute(actor.getId(), ProcessModel.PURPOSE, caseId, command, date, Optional.empty());
      lastActRefused = false;
    } catch (RuleViolationException e) {
      pending(line, e.getViolations().stream().map(Violation::rule).collect(Collectors.toSet()));
    } catch (AccessDeniedException e) {
      pending(line, Set.of(e.getRule()));
    } catch (LonException e) {
      throw fail(line, "the case service failed the act: " + e.getMessage());
    }
  }

  private void moveClockTo(LocalDate date) {
    if (model == null) {
      model = ProcessModel.start(profile, date, 1);
    }
    if (date.isAfter(model.today())) {
      model.getClock().setDate(date);
    }
  }

  private Professional actor(int line, ProfessionalRole role, Vocabulary v) {
    switch (role) {
      case NETWORK_DIRECTOR:
        return ProcessCast.NETWORK_DIRECTOR;
      case TRAJECTORY_DIRECTOR:
        return ProcessCast.TRAJECTORY_DIRECTOR;
      case CORE_MEMBER:
        return ProcessCast.CORE_MEMBER;
      default:
        throw fail(
            line,
            "no one acts as "
                + v.words.label(role)
                + " in a scenario: the network director, the trajectory director or a core-team"
                + " member acts");
    }
  }

  private void pending(int line, Set<String> rules) {
    pendingLine = line;
    pendingRules = new LinkedHashSet<>(rules);
    lastActRefused = true;
  }

  private void failIfPending() {
    if (pendingLine > 0) {
      int line = pendingLine;
      pendingLine = 0;
      throw fail(
          line,
          "the act was refused with rule "
              + String.join(", ", pendingRules)
              + " (write \"Then the act is refused with rule ...\" if that is expected)");
    }
  }

  // -------------------------------------------------------------------------------------------
  // expectations

  private void expectRefused(int line, String rule) {
    if (lastActLine == 0) {
      throw fail(line, "expected a refusal, but no act was given yet");
    }
    if (!lastActRefused) {
      throw fail(
          line,
          "expected the act of line "
              + lastActLine
              + " to be refused with rule "
              + rule
              + " but it was accepted");
    }
    pendingLine = 0;
    if (!pendingRules.contains(rule)) {
      throw fail(
          line,
          "expected the act to be refused with rule "
              + rule
              + " but it was refused with "
              + String.join(", ", pendingRules));
    }
  }

  private boolean expect(int line, Vocabulary v, String body) {
    Matcher m;
    if ((m = v.due.matcher(body)).matches()) {
      ObligationKind kind = item(line, v, m.group("item"));
      LocalDate due = date(line, v, m.group("date"));
      String roleName = m.group("role");
      Optional<ProfessionalRole> role =
          roleName == null
              ? Optional.empty()
              : Optional.of(v.roles.get(roleName.toLowerCase(v.words.locale)));
      List<Obligation> found =
          agenda().stream()
              .filter(o -> o.getKind() == kind)
              .filter(o -> role.map(r -> o.getRole() == r).orElse(true))
              .toList();
      if (found.isEmpty()) {
        throw fail(
            line,
            "expected \""
                + m.group("item")
                + "\" due on "
                + due
                + role.map(r -> " for the " + v.words.label(r)).orElse("")
                + " but it is not on the agenda"
                + onTheAgenda(v));
      }
      if (found.stream().noneMatch(o -> o.getDueOn().equals(due))) {
        throw fail(
            line,
            "expected \""
                + m.group("item")
                + "\" due on "
                + due
                + " but was "
                + found.stream()
                    .map(o -> o.getDueOn().toString())
                    .collect(Collectors.joining(", ")));
      }
      return true;
    }
    if ((m = v.absent.matcher(body)).matches()) {
      ObligationKind kind = item(line, v, m.group("item"));
      List<Obligation> found = agenda().stream().filter(o -> o.getKind() == kind).toList();
      if (!found.isEmpty()) {
        throw fail(
            line,
            "expected \""
                + m.group("item")
                + "\" not on the agenda but it is, due on "
                + found.get(0).getDueOn());
      }
      return true;
    }
    if ((m = v.status.matcher(body)).matches()) {
      String name = m.group("status").toLowerCase(v.words.locale);
      CaseStatus expected = v.statuses.get(name);
      if (expected == null) {
        throw fail(
            line,
            "no case status \""
                + m.group("status")
                + "\"; the statuses are "
                + quoted(v.statuses.keySet()));
      }
      CaseStatus actual = opened ? state().getStatus() : null;
      if (actual != expected) {
        throw fail(
            line,
            "expected the case \""
                + m.group("status")
                + "\" but it is "
                + (actual == null ? "not opened" : "\"" + v.words.label(actual) + "\""));
      }
      return true;
    }
    return false;
  }

  private ObligationKind item(int line, Vocabulary v, String name) {
    ObligationKind kind = v.items.get(name.toLowerCase(v.words.locale));
    if (kind == null) {
      throw fail(
          line,
          "no agenda item is called \"" + name + "\"; the items are " + quoted(v.items.keySet()));
    }
    return kind;
  }

  private List<Obligation> agenda() {
    if (!opened) {
      return List.of();
    }
    return model.networkAgenda().getObligations().stream()
        .filter(o -> o.getCaseId().equals(caseId))
        .toList();
  }

  private String onTheAgenda(Vocabulary v) {
    List<Obligation> all = agenda();
    if (all.isEmpty()) {
      return " (the case's agenda is empty)";
    }
    return all.stream()
        .map(o -> "\"" + v.words.label(o.getKind()) + "\" " + o.getDueOn())
        .collect(Collectors.joining(", ", " (on it: ", ")"));
  }

  private CaseState state() {
    return CaseState.replay(model.getHistory(caseId));
  }

  private LocalDate date(int line, Vocabulary v, String text) {
    try {
      return v.words.parseDate(text);
    } catch (IllegalArgumentException e) {
      throw fail(line, e.getMessage());
    }
  }

  private AssertionFailedError fail(int line, String message) {
    return new AssertionFailedError(source + ":" + line + ": " + message);
  }

  private static String quoted(Iterable<String> names) {
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add("\"" + n + "\""));
    return String.join(", ", list);
  }

  // -------------------------------------------------------------------------------------------
  // the vocabulary of one language under one profile

  /** The step patterns of a language, with the profile's own names for roles and meetings. */
  private static final class Vocabulary {
    final Words words;
    final Map<String, ProfessionalRole> roles = new LinkedHashMap<>();
    final Map<String, MeetingKind> meetings = new LinkedHashMap<>();
    final Map<String, ObligationKind> items;
    final Map<String, ReportJudgement> judgements;
    final Map<String, EvaluationDecision> decisions;
    final Map<String, FollowUpOutcome> outcomes;
    final Map<String, CaseStatus> statuses;
    final Pattern signal;
    final Pattern act;
    final Pattern judge;
    final Pattern coordinate;
    final Pattern appoint;
    final Pattern accept;
    final Pattern scan;
    final Pattern picture;
    final Pattern plan;
    final Pattern evaluate;
    final Pattern close;
    final Pattern followUp;
    final Pattern reopen;
    final Pattern escalate;
    final Pattern meeting;
    final Pattern progress;
    final Pattern talk;
    final Pattern due;
    final Pattern absent;
    final Pattern refused;
    final Pattern status;

    Vocabulary(Words w, MethodologyProfile profile) {
      this.words = w;
      Locale l = w.locale;
      for (ProfessionalRole r : ProfessionalRole.values()) {
        roles.put(w.label(r).toLowerCase(l), r);
        roles.put(profile.getTerminology().role(r, l).toLowerCase(l), r);
      }
      for (MeetingKind k : List.of(MeetingKind.CASE_CONFERENCE, MeetingKind.NETWORK_MEETING)) {
        meetings.put(w.label(k).toLowerCase(l), k);
        meetings.put(profile.getTerminology().meeting(k, l).toLowerCase(l), k);
      }
      items = w.labels(ObligationKind.class);
      judgements = w.labels(ReportJudgement.class);
      decisions = w.labels(EvaluationDecision.class);
      outcomes = w.labels(FollowUpOutcome.class);
      statuses = w.labels(CaseStatus.class);
      String role = "(?<role>" + Words.anyOf(roles.keySet()) + ")";
      String trajectoryDirector =
          Words.anyOf(
              roles.entrySet().stream()
                  .filter(e -> e.getValue() == ProfessionalRole.TRAJECTORY_DIRECTOR)
                  .map(Map.Entry::getKey)
                  .toList());
      String meetingNames = "(?<meeting>" + Words.anyOf(meetings.keySet()) + ")";
      String date = w.date;
      if (w == Words.ENGLISH) {
        signal =
            p(
                "a report(?<crisis> of an acute crisis)? is received on "
                    + date
                    + "(?<uninformed> without the client being informed)?");
        act = p("the " + role + " (?<act>.+) on " + date);
        judge =
            p(
                "judges the report (?:as )?(?:an? )?(?<judgement>"
                    + Words.anyOf(judgements.keySet())
                    + ")");
        coordinate = p("takes the coordination decision");
        appoint = p("appoints (?:the|a) " + trajectoryDirector);
        accept = p("accepts the problem ownership");
        scan = p("records (?:a|the) life-domain scan");
        picture = p("forms the integral picture");
        plan = p("presents the plan of approach");
        evaluate =
            p(
                "evaluates the plan and decides (?:to )?(?<decision>"
                    + Words.anyOf(decisions.keySet())
                    + ")");
        close = p("closes the case");
        followUp = p("records a follow-up check(?: with outcome \"(?<outcome>[^\"]+)\")?");
        reopen = p("reopens the case");
        escalate =
            p(
                "escalates the case(?<coercion> for pressure and coercion)? to"
                    + " \"(?<body>[^\"]+)\"(?<emergency> in a serious emergency)?");
        meeting = p("holds (?:a|an|the) " + meetingNames + " (?<with>with|without) the client");
        progress = p("reports progress");
        talk = p("holds a progress talk");
        due = p("\"(?<item>[^\"]+)\" is due on " + date + "(?: for the " + role + ")?");
        absent = p("\"(?<item>[^\"]+)\" is not on the agenda");
        refused = p("the act is refused with rule (?<rule>[a-z0-9.-]+)");
        status = p("the case is \"(?<status>[^\"]+)\"");
      } else {
        signal =
            p(
                "op "
                    + date
                    + " een melding(?<crisis> van een acute crisis)? binnenkomt"
                    + "(?<uninformed> zonder dat de cliënt is geïnformeerd)?");
        act = p("(?:de|het) " + role + " op " + date + " (?<act>.+)");
        judge =
            p(
                "de melding (?:als )?(?<judgement>"
                    + Words.anyOf(judgements.keySet())
                    + ") beoordeelt");
        coordinate = p("het coördinatiebesluit neemt");
        appoint = p("(?:een|de) " + trajectoryDirector + " aanwijst");
        accept = p("het probleemhouderschap aanvaardt");
        scan = p("de scan leefgebieden vastlegt");
        picture = p("het integrale beeld vormt");
        plan = p("het plan van aanpak voorlegt");
        evaluate =
            p(
                "het plan evalueert en besluit tot (?<decision>"
                    + Words.anyOf(decisions.keySet())
                    + ")");
        close = p("de casus afsluit");
        followUp = p("een nazorgcontrole vastlegt(?: met uitkomst \"(?<outcome>[^\"]+)\")?");
        reopen = p("de casus heropent");
        escalate =
            p(
                "de casus(?<coercion> voor drang en dwang)? opschaalt naar"
                    + " \"(?<body>[^\"]+)\"(?<emergency> wegens een ernstige noodsituatie)?");
        meeting = p("(?:een|het|de) " + meetingNames + " (?<with>met|zonder) de cliënt houdt");
        progress = p("de voortgang rapporteert");
        talk = p("een voortgangsgesprek houdt");
        due =
            p(
                "staat \"(?<item>[^\"]+)\" op de agenda(?: van de "
                    + role
                    + ")? voor uiterlijk "
                    + date);
        absent = p("staat \"(?<item>[^\"]+)\" niet op de agenda");
        refused = p("wordt de handeling geweigerd met regel (?<rule>[a-z0-9.-]+)");
        status = p("is de casus \"(?<status>[^\"]+)\"");
      }
    }

    private static Pattern p(String regex) {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
  }
}

package nl.lon.interop.bpmn.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.interop.bpmn.ElementKind;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.profile.FollowUpPolicy;
import nl.lon.rules.profile.InquiryRoundPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.ProcessDeadlines;
import nl.lon.rules.profile.ReportingCadence;
import nl.lon.rules.profile.Terminology;

/**
 * Builds one profile's process into a {@link DiagramModel}: the nine steps in a column from top to
 * bottom, the transitions the process rules allow between them, the profile's deadlines, cadence,
 * evaluation interval and follow-up checks as timers on the steps' borders, its escalation options
 * as escalation end events beside the evaluation, and its settings per step as text annotations.
 *
 * <p>The transitions are those of the case fold and the process rules: a report judged out of scope
 * ends the case, in scope or an acute crisis goes on to gathering information ({@code
 * CaseFold.reportJudged}); a coordination decision not to coordinate ends it; the evaluation
 * continues, adjusts (back to executing), escalates or closes; a closed case is followed; a
 * follow-up check that finds a drop-out reopens the case at step 4 or puts the client on the
 * network meeting to discuss again ({@code ProcessRules.followUp}, seeds/004_ca47ed76719141bc.txt
 * l.549-550). Line numbers in the documentation are those of that file.
 */
public final class ProcessLayout {

  private static final int TITLE_FONT = 16;
  static final int TASK_FONT = 12;
  static final int LABEL_FONT = 11;

  private static final int TOP = 56;
  private static final int TASK_X = 320;
  private static final int TASK_W = 180;
  private static final int CX = TASK_X + TASK_W / 2;
  private static final int TASK_RIGHT = TASK_X + TASK_W;
  private static final int NOTE_X = 20;
  private static final int NOTE_W = 210;
  private static final int CHANNEL_X = 272;
  private static final int LEFT_END_CX = 160;
  private static final int RIGHT_END_CX = 650;
  private static final int END_LABEL_W = 118;
  private static final int TIMER_LABEL_W = 104;
  private static final int ESC_GW_CX = 740;
  private static final int ESC_STUB_X = 800;
  private static final int ESC_CX = 830;
  private static final int ESC_LABEL_X = 856;
  private static final int ESC_LABEL_W = 270;
  private static final int EVENT = 36;
  private static final int TIMER = 30;
  private static final int GATEWAY = 50;
  private static final int GAP = 40;

  private final MethodologyProfile profile;
  private final Terminology terms;
  private final Locale locale;
  private final boolean dutch;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Escalation> escalations = new ArrayList<>();
  private final Map<String, Node> byId = new HashMap<>();
  private int y = TOP;
  private int maxRight;
  private int maxBottom;
  private Node pendingEvaluationTimer;

  private ProcessLayout(MethodologyProfile profile, Locale locale) {
    this.profile = profile;
    this.terms = profile.getTerminology();
    this.dutch = "nl".equals(locale.getLanguage());
    this.locale = dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
  }

  /**
   * Builds and lays out a profile's process.
   *
   * @param profile the profile
   * @param locale the reader's locale: {@code nl} for Dutch, English for any other
   * @return the model
   */
  public static DiagramModel build(MethodologyProfile profile, Locale locale) {
    return new ProcessLayout(profile, locale).build();
  }

  /**
   * The process definition key of a profile's diagram: {@code lon-process-} and the profile's id,
   * with any character a BPMN id may not hold replaced by {@code _}.
   *
   * @param profile the profile
   * @return the key
   */
  public static String processKey(MethodologyProfile profile) {
    return "lon-process-" + profile.getId().replaceAll("[^A-Za-z0-9._-]", "_");
  }

  // ------------------------------------------------------------------ words

  private String t(String nl, String en) {
    return dutch ? nl : en;
  }

  private String role(ProfessionalRole role) {
    return terms.role(role, locale);
  }

  private String meeting(MeetingKind kind) {
    return terms.meeting(kind, locale);
  }

  private String source(String lines) {
    return t(" (bron: seeds/004 " + lines + ")", " (source: seeds/004 " + lines + ")");
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** Where a step has no deadline: due at the next network meeting, an assumed due date. */
  private String assumedDue() {
    int days = profile.getNetworkMeetingIntervalDays();
    return t(
        " Geen termijn: uiterlijk in de volgende "
            + meeting(MeetingKind.NETWORK_MEETING)
            + ", om de "
            + days
            + " dagen (een aangenomen vervaldatum op de agenda).",
        " No deadline: due at the next "
            + meeting(MeetingKind.NETWORK_MEETING)
            + ", every "
            + days
            + " days (an assumed due date on the agenda).");
  }

  private String workingDaysNote(int days) {
    return t(
        " De duur P"
            + days
            + "D telt "
            + days
            + " werkdagen volgens de werkdagenkalender van het netwerk (feestdagen en"
            + " sluitingsdagen tellen niet mee); een engine zonder werkdagenkalender telt"
            + " kalenderdagen.",
        " The duration P"
            + days
            + "D counts "
            + days
            + " working days by the network's working-day calendar (public holidays and closure"
            + " days do not count); an engine without a working-day calendar counts calendar days.");
  }

  // ------------------------------------------------------------------ the process

  private DiagramModel build() {
    ProcessDeadlines deadlines = profile.getDeadlines();
    ReportingCadence cadence = profile.getCadence();
    String nd = role(ProfessionalRole.NETWORK_DIRECTOR);
    String td = role(ProfessionalRole.TRAJECTORY_DIRECTOR);
    String networkMeeting = meeting(MeetingKind.NETWORK_MEETING);

    Node start =
        event(
            "start",
            ElementKind.START_EVENT,
            t("zorgwekkende situatie", "worrying situation"),
            t(
                "Een inwoner of een organisatie signaleert een zorgwekkende situatie"
                    + source("l.1392-1396"),
                "A resident or an organisation signals a worrying situation"
                    + source("l.1392-1396")));

    // 1. signal; the client informed before the report (l.1400-1402)
    List<NoteSpec> signalNotes = new ArrayList<>();
    signalNotes.add(clientInformedNote());
    Node signal =
        step(
            ProcessStep.SIGNAL,
            t("signaalinbrenger", "signaller"),
            "",
            t(
                "De signaalinbrenger meldt het signaal met een formulier" + source("l.1392-1399"),
                "The signaller reports the signal on a form" + source("l.1392-1399")),
            signalNotes,
            List.of(),
            List.of());
    flow("flow_start", start, signal, "", "");

    // 2. receive and judge the report; Enschede: within 5 working days (l.1413-1414)
    List<NoteSpec> receiveNotes = new ArrayList<>();
    if (profile.isCrisisTriageAtIntake()) {
      // l.1414-1416: the coordinator checks whether it is an acute crisis
      receiveNotes.add(
          new NoteSpec(
              "note_crisis_triage",
              t(
                  ObligationKind.CRISIS_TRIAGE.label(locale)
                      + ": bij een acute crisis gaat de crisisdienst eerst, dezelfde dag",
                  ObligationKind.CRISIS_TRIAGE.label(locale)
                      + ": in an acute crisis the crisis service goes first, the same day"),
              ImmutableMap.of("crisisTriageAtIntake", "true")));
    }
    List<TimerSpec> judgeTimers = new ArrayList<>();
    deadlines
        .getJudgeReportWithin()
        .ifPresent(
            d ->
                judgeTimers.add(
                    deadline(
                        "timer_judge_report",
                        d,
                        ObligationKind.JUDGE_REPORT.label(locale),
                        t("ontvangst van de melding", "receipt of the report"),
                        "l.1413-1414")));
    Node receive =
        step(
            ProcessStep.RECEIVE_REPORT,
            nd,
            ProfessionalRole.NETWORK_DIRECTOR.name(),
            t(
                    "De " + nd + " beoordeelt of de melding binnen de doelgroep valt",
                    "The " + nd + " judges whether the report is within the target group")
                + source("l.1407-1416")
                + (deadlines.getJudgeReportWithin().isPresent()
                    ? t(
                        " Binnen " + deadlines.getJudgeReportWithin().getAsInt() + " werkdagen.",
                        " Within " + deadlines.getJudgeReportWithin().getAsInt() + " working days.")
                    : assumedDue()),
            receiveNotes,
            judgeTimers,
            List.of(),
            deadlines.getJudgeReportWithin().isEmpty());
    flow("flow_signal", signal, receive, "", "");

    Node judgement =
        gateway(
            "gw_judgement",
            ElementKind.EXCLUSIVE_GATEWAY,
            t("oordeel over de melding", "judgement of the report"),
            "flow_out_of_scope");
    flow("flow_report", receive, judgement, "", "");
    sideEnd(
        judgement,
        "end_out_of_scope",
        CaseStatus.ENDED.label(locale),
        "flow_out_of_scope",
        ReportJudgement.OUT_OF_SCOPE.label(locale),
        "");

    // 3. gather information and the coordination decision (l.1419-1436)
    List<NoteSpec> gatherNotes = new ArrayList<>();
    InquiryRoundPolicy round = profile.getInquiryRound();
    if (round.describesARound()) {
      gatherNotes.add(inquiryNote(round));
    }
    if (profile.isSignallerConsultedOnFollowUp()) {
      gatherNotes.add(
          new NoteSpec(
              "note_signaller_feedback",
              t(
                  "terugkoppeling aan de signaalinbrenger bij het co\u00f6rdinatiebesluit"
                      + " (verplicht)",
                  "feedback to the signaller with the coordination decision (required)"),
              ImmutableMap.of("signallerConsultedOnFollowUp", "true")));
    }
    Node gather =
        step(
            ProcessStep.GATHER_INFORMATION,
            nd,
            ProfessionalRole.NETWORK_DIRECTOR.name(),
            t(
                    "Informatie verzamelen bij de partners; daarna het co\u00f6rdinatiebesluit:"
                        + " co\u00f6rdineren in het netwerk, of goed doorverwijzen",
                    "Gather information from the partners, then the coordination decision:"
                        + " coordinate in the network, or refer properly")
                + source("l.1419-1436"),
            gatherNotes,
            List.of(),
            List.of());
    flow(
        "flow_in_scope",
        judgement,
        gather,
        ReportJudgement.IN_SCOPE.label(locale) + " / " + ReportJudgement.ACUTE_CRISIS.label(locale),
        "${judgement != 'OUT_OF_SCOPE'}");

    Node coordination =
        gateway(
            "gw_coordination",
            ElementKind.EXCLUSIVE_GATEWAY,
            ObligationKind.COORDINATION_DECISION.label(locale),
            "flow_not_coordinated");
    flow("flow_gathered", gather, coordination, "", "");
    sideEnd(
        coordination,
        "end_not_coordinated",
        CaseStatus.ENDED.label(locale),
        "flow_not_coordinated",
        t("niet co\u00f6rdineren: verwijzen of overdragen", "not coordinated: refer or hand off"),
        "");

    // 4. integral picture; the trajectory director appointed; Enschede: the problem owner within 5
    // working days of the coordination decision, with the Scan Leefgebieden (l.1438-1447)
    List<NoteSpec> pictureNotes = new ArrayList<>();
    pictureNotes.add(appointmentNote(nd, td, networkMeeting));
    if (profile.isScanBeforeIntegralPicture()) {
      pictureNotes.add(
          new NoteSpec(
              "note_scan_first",
              t(
                  "de " + td + " brengt de situatie eerst in kaart met de scan leefgebieden",
                  "the " + td + " first maps the situation with the life-domain scan"),
              ImmutableMap.of("scanBeforeIntegralPicture", "true")));
    }
    if (profile.isOwnershipAcceptedBeforePlan()) {
      // Enschede: the approached problem owner accepts; the plan's working days run from it
      // (l.861, l.1482-1484)
      pictureNotes.add(
          new NoteSpec(
              "note_ownership",
              t(
                  "de "
                      + td
                      + " aanvaardt het probleemhouderschap; de termijn voor het plan loopt"
                      + " vanaf de aanvaarding",
                  "the "
                      + td
                      + " accepts the problem ownership; the time to present the plan runs"
                      + " from the acceptance"),
              ImmutableMap.of("ownershipAcceptedBeforePlan", "true")));
    }
    if (profile.isProblemOwnerMandateRequired()) {
      // Enschede: the problem owner's mandate through a signed covenant (l.1196-1198)
      pictureNotes.add(
          new NoteSpec(
              "note_mandate",
              t(
                  "de "
                      + td
                      + " handelt met het mandaat van de eigen organisatie (ondertekend"
                      + " convenant): plan opzetten, afdwingen en evalueren",
                  "the "
                      + td
                      + " acts with the mandate of their own organisation (signed covenant): set"
                      + " up, enforce and evaluate the plan"),
              ImmutableMap.of("problemOwnerMandateRequired", "true")));
    }
    profile
        .getDecidingVote()
        .ifPresent(
            holder ->
                // Enschede (l.926, l.948)
                pictureNotes.add(
                    new NoteSpec(
                        "note_deciding_vote",
                        t(
                            "bij geen overeenstemming beslist de " + role(holder),
                            "without agreement the " + role(holder) + " decides"),
                        ImmutableMap.of("decidingVote", holder.name()))));
    List<TimerSpec> appointTimers = new ArrayList<>();
    deadlines
        .getAppointProblemOwnerWithin()
        .ifPresent(
            d ->
                appointTimers.add(
                    deadline(
                        "timer_appoint",
                        d,
                        t(td + " aanwijzen", "appoint the " + td),
                        t("het co\u00f6rdinatiebesluit", "the coordination decision"),
                        "l.1440-1441")));
    ProfessionalRole picturer =
        profile.isScanBeforeIntegralPicture()
            ? ProfessionalRole.TRAJECTORY_DIRECTOR
            : ProfessionalRole.NETWORK_DIRECTOR;
    Node picture =
        step(
            ProcessStep.INTEGRAL_PICTURE,
            role(picturer),
            picturer.name(),
            t(
                    "De "
                        + role(picturer)
                        + " vormt een integraal beeld; de "
                        + td
                        + " wordt aangewezen",
                    "The "
                        + role(picturer)
                        + " forms an integral picture; the "
                        + td
                        + " is appointed")
                + source("l.1438-1447")
                + (deadlines.getAppointProblemOwnerWithin().isPresent()
                    ? t(
                        " Aanwijzen binnen "
                            + deadlines.getAppointProblemOwnerWithin().getAsInt()
                            + " werkdagen na het co\u00f6rdinatiebesluit.",
                        " Appointed within "
                            + deadlines.getAppointProblemOwnerWithin().getAsInt()
                            + " working days of the coordination decision.")
                    : assumedDue()),
            pictureNotes,
            appointTimers,
            List.of(),
            deadlines.getAppointProblemOwnerWithin().isEmpty());
    flow(
        "flow_coordinate",
        coordination,
        picture,
        CoordinationOutcome.COORDINATE.label(locale),
        "${coordinate}");

    // 5. plan of approach; Enschede: presented within 10 working days (l.1482-1484); Rotterdam's
    // network director drafts it for the network meeting (l.1452)
    List<NoteSpec> planNotes = new ArrayList<>();
    ProfessionalRole presenter = profile.getPlanPresentedBy();
    String forum =
        presenter == ProfessionalRole.NETWORK_DIRECTOR
            ? networkMeeting
            : meeting(MeetingKind.CASE_CONFERENCE);
    boolean concept = profile.isConceptPlanByNetworkDirector();
    planNotes.add(
        new NoteSpec(
            "note_plan",
            t(
                (concept ? "concept " : "")
                    + "opgesteld door de "
                    + role(presenter)
                    + ", voorgelegd aan: "
                    + forum,
                (concept ? "concept " : "")
                    + "drafted by the "
                    + role(presenter)
                    + ", presented to: "
                    + forum),
            ImmutableMap.of(
                "planPresentedBy",
                presenter.name(),
                "conceptPlanByNetworkDirector",
                Boolean.toString(concept))));
    if (profile.isClientAlwaysInvitedToCaseConference()) {
      // l.1615-1616
      planNotes.add(
          new NoteSpec(
              "note_client_invited",
              t(
                  "cli\u00ebnt altijd uitgenodigd voor het " + meeting(MeetingKind.CASE_CONFERENCE),
                  "client always invited to the " + meeting(MeetingKind.CASE_CONFERENCE)),
              ImmutableMap.of("clientAlwaysInvitedToCaseConference", "true")));
    }
    if (profile.isFirstCaseConferenceChairedByNetworkDirector()) {
      // Enschede: the team leader chairs the first MDO (l.1484-1486)
      planNotes.add(
          new NoteSpec(
              "note_first_case_conference",
              t(
                  "bij het eerste "
                      + meeting(MeetingKind.CASE_CONFERENCE)
                      + " is de "
                      + role(ProfessionalRole.NETWORK_DIRECTOR)
                      + " technisch voorzitter",
                  "at the first "
                      + meeting(MeetingKind.CASE_CONFERENCE)
                      + " the "
                      + role(ProfessionalRole.NETWORK_DIRECTOR)
                      + " is technical chair"),
              ImmutableMap.of("firstCaseConferenceChairedByNetworkDirector", "true")));
    }
    List<TimerSpec> planTimers = new ArrayList<>();
    deadlines
        .getPresentPlanWithin()
        .ifPresent(
            d ->
                planTimers.add(
                    deadline(
                        "timer_present_plan",
                        d,
                        ObligationKind.PRESENT_PLAN.label(locale),
                        t("de aanwijzing van de " + td, "the appointment of the " + td),
                        "l.1482-1484")));
    Node plan =
        step(
            ProcessStep.PLAN_OF_APPROACH,
            role(presenter),
            presenter.name(),
            t(
                    "Het plan van aanpak: doelen, activiteiten, taakverdeling en planning",
                    "The plan of approach: goals, activities, division of tasks and planning")
                + source("l.1449-1486")
                + (deadlines.getPresentPlanWithin().isPresent()
                    ? t(
                        " Voorleggen binnen "
                            + deadlines.getPresentPlanWithin().getAsInt()
                            + " werkdagen na de aanwijzing.",
                        " Presented within "
                            + deadlines.getPresentPlanWithin().getAsInt()
                            + " working days of the appointment.")
                    : assumedDue()),
            planNotes,
            planTimers,
            List.of(),
            deadlines.getPresentPlanWithin().isEmpty());
    flow("flow_picture", picture, plan, "", "");

    // 6. execute; the cadence of all three networks (l.1507-1511); the evaluation interval, where
    // the profile sets one, interrupts the execution (l.1518, l.1522-1523)
    List<TimerSpec> executeTimers = new ArrayList<>();
    TimerSpec evaluationTimer = evaluationTimer(networkMeeting);
    if (evaluationTimer != null) {
      executeTimers.add(evaluationTimer);
    }
    int contact = cadence.getFirstContactWithinMonths();
    executeTimers.add(
        new TimerSpec(
            "timer_first_contact",
            t(
                "binnen " + contact + " " + plural(contact, "maand", "maanden"),
                "within " + contact + " " + plural(contact, "month", "months")),
            t(
                    "De "
                        + td
                        + " neemt binnen "
                        + contact
                        + " "
                        + plural(contact, "maand", "maanden")
                        + " contact op met de "
                        + nd,
                    "The "
                        + td
                        + " contacts the "
                        + nd
                        + " within "
                        + contact
                        + " "
                        + plural(contact, "month", "months"))
                + source("l.1507-1511"),
            "timeDuration",
            "P" + contact + "M",
            "calendarMonths",
            contact,
            false,
            t("eerste contact met de " + nd, "first contact with the " + nd)
                + t(": op de agenda", ": on the agenda")));
    int report = cadence.getReportEveryMonths();
    executeTimers.add(
        new TimerSpec(
            "timer_progress_report",
            t(
                "elke " + report + " " + plural(report, "maand", "maanden"),
                "every " + report + " " + plural(report, "month", "months")),
            t(
                    "De "
                        + td
                        + " rapporteert ten minste elke "
                        + report
                        + " "
                        + plural(report, "maand", "maanden")
                        + (cadence.isReportOnDeviation()
                            ? " en bij elke afwijking van het plan"
                            : ""),
                    "The "
                        + td
                        + " reports at least every "
                        + report
                        + " "
                        + plural(report, "month", "months")
                        + (cadence.isReportOnDeviation()
                            ? " and on every deviation from the plan"
                            : ""))
                + source("l.1507-1511"),
            "timeCycle",
            "R/P" + report + "M",
            "calendarMonths",
            report,
            false,
            ObligationKind.PROGRESS_REPORT.label(locale) + t(": op de agenda", ": on the agenda")));
    int talk = cadence.getProgressTalkEveryMonths();
    executeTimers.add(
        new TimerSpec(
            "timer_progress_talk",
            t(
                talk == 1 ? "elke maand" : "elke " + talk + " maanden",
                talk == 1 ? "every month" : "every " + talk + " months"),
            t(
                    "De "
                        + nd
                        + " houdt ten minste elke "
                        + talk
                        + " "
                        + plural(talk, "maand", "maanden")
                        + " een voortgangsgesprek met de "
                        + td,
                    "The "
                        + nd
                        + " holds a progress talk with the "
                        + td
                        + " at least every "
                        + talk
                        + " "
                        + plural(talk, "month", "months"))
                + source("l.1507-1511"),
            "timeCycle",
            "R/P" + talk + "M",
            "calendarMonths",
            talk,
            false,
            ObligationKind.PROGRESS_TALK.label(locale) + t(": op de agenda", ": on the agenda")));
    Node execute =
        step(
            ProcessStep.EXECUTE,
            td,
            ProfessionalRole.TRAJECTORY_DIRECTOR.name(),
            t(
                    "De " + td + " voert het plan uit met de cli\u00ebnt en alle partners",
                    "The " + td + " carries out the plan with the client and all partners")
                + source("l.1500-1513"),
            profile.isStalledProgressBackToTeam()
                // Leeuwarden (l.1606)
                ? List.of(
                    new NoteSpec(
                        "note_stalled",
                        t(
                            "stagneert de voortgang, dan brengt de "
                                + td
                                + " de casus opnieuw in het "
                                + networkMeeting,
                            "when progress stalls, the "
                                + td
                                + " brings the case back to the "
                                + networkMeeting),
                        ImmutableMap.of("stalledProgressBackToTeam", "true")))
                : List.of(),
            List.of(),
            executeTimers);
    flow("flow_plan", plan, execute, "", "");

    // 7. evaluate (l.1517-1525)
    ProfessionalRole evaluator = profile.getEvaluatedBy();
    boolean evaluationAssumed = evaluationTimer == null;
    Node evaluate =
        step(
            ProcessStep.EVALUATE,
            role(evaluator),
            evaluator.name(),
            t(
                    "De "
                        + role(evaluator)
                        + " evalueert: gaan de afspraken zoals gepland, worden de doelen bereikt?",
                    "The "
                        + role(evaluator)
                        + " evaluates: are the agreements kept as planned, are the goals reached?")
                + source("l.1517-1525")
                + (profile.isEvaluateAtEveryNetworkMeeting()
                    ? t(
                        " Alle lopende casussen worden in elke "
                            + networkMeeting
                            + " ge\u00ebvalueerd.",
                        " Every running case is evaluated at every " + networkMeeting + ".")
                    : profile.getEvaluationEveryMonths().isPresent()
                        ? t(
                            " Ten minste elke "
                                + profile.getEvaluationEveryMonths().getAsInt()
                                + " maanden.",
                            " At least every "
                                + profile.getEvaluationEveryMonths().getAsInt()
                                + " months.")
                        : t(
                            " Van tijd tot tijd (l.1518): het profiel zet geen interval; de agenda"
                                + " zet de evaluatie bij de volgende voortgangsrapportage, als"
                                + " aangenomen vervaldatum.",
                            " From time to time (l.1518): the profile sets no interval; the agenda"
                                + " puts the evaluation with the next progress report, as an assumed"
                                + " due date.")),
            List.of(),
            List.of(),
            List.of(),
            evaluationAssumed);
    flow("flow_execute", execute, evaluate, "", "");
    if (pendingEvaluationTimer != null) {
      Node timer = pendingEvaluationTimer;
      int tx = timer.bounds().x();
      int ty = timer.bounds().cy();
      flow(
          "flow_timer_evaluation",
          timer.id(),
          evaluate.id(),
          "",
          "",
          List.of(
              new Point(tx, ty),
              new Point(CHANNEL_X, ty),
              new Point(CHANNEL_X, evaluate.bounds().cy()),
              new Point(TASK_X, evaluate.bounds().cy())),
          null);
    }

    Node evaluation =
        gateway(
            "gw_evaluation",
            ElementKind.EXCLUSIVE_GATEWAY,
            t("besluit van de evaluatie", "decision of the evaluation"),
            "flow_carry_on");
    flow("flow_evaluated", evaluate, evaluation, "", "");
    escalationBlock(evaluation, execute);

    // 8. close (l.1527-1533)
    List<NoteSpec> closeNotes = new ArrayList<>();
    closeNotes.add(
        new NoteSpec(
            "note_closing",
            t(
                "afsluiten wanneer: " + profile.getClosingCriterion().label(locale),
                "closes when: " + profile.getClosingCriterion().label(locale)),
            ImmutableMap.of("closingCriterion", profile.getClosingCriterion().name())));
    ProfessionalRole closer = profile.getClosedBy();
    Node close =
        step(
            ProcessStep.CLOSE,
            role(closer),
            closer.name(),
            t(
                    "De "
                        + role(closer)
                        + " sluit de casus af wanneer de doelen bereikt zijn: "
                        + profile.getClosingCriterion().label(locale),
                    "The "
                        + role(closer)
                        + " closes the case when the goals are reached: "
                        + profile.getClosingCriterion().label(locale))
                + source("l.1527-1531"),
            closeNotes,
            List.of(),
            List.of());
    flow(
        "flow_close",
        evaluation,
        close,
        EvaluationDecision.CLOSE.label(locale),
        "${evaluationDecision == 'CLOSE'}");

    // 9. follow up: the checks of the profile's schedule (Rotterdam 6 and 12 months, l.1538-1540;
    // the expert advice half a year, l.547)
    FollowUpPolicy followUp = profile.getFollowUp();
    List<TimerSpec> checks = new ArrayList<>();
    List<Integer> months = followUp.getCheckAfterMonths();
    for (int i = months.size() - 1; i >= 0; i--) {
      int m = months.get(i);
      checks.add(
          new TimerSpec(
              "timer_follow_up_" + (i + 1),
              t("na " + m + " maanden", "after " + m + " months"),
              t(
                      "Nazorgcontrole "
                          + (i + 1)
                          + ": "
                          + m
                          + " maanden na afsluiten vraagt de "
                          + nd
                          + " de partners naar de voortgang",
                      "Follow-up check "
                          + (i + 1)
                          + ": "
                          + m
                          + " months after closure the "
                          + nd
                          + " asks the partners how the client is doing")
                  + source("l.1538-1540, l.546-548"),
              "timeDuration",
              "P" + m + "M",
              "calendarMonths",
              m,
              false,
              ObligationKind.FOLLOW_UP_CHECK.label(locale)
                  + t(": op de agenda", ": on the agenda")));
    }
    Node follow =
        step(
            ProcessStep.FOLLOW_UP,
            nd,
            ProfessionalRole.NETWORK_DIRECTOR.name(),
            (months.isEmpty()
                    ? t(
                        "Dit profiel plant geen nazorgcontroles",
                        "This profile schedules no follow-up checks")
                    : t(
                        "Volgen na afsluiten: nazorgcontroles na "
                            + months.stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" en "))
                            + " maanden",
                        "Following after closure: follow-up checks after "
                            + months.stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" and "))
                            + " months"))
                + source("l.1534-1540"),
            List.of(),
            checks,
            List.of());
    flow("flow_closed", close, follow, CaseStatus.CLOSED.label(locale), "");

    Node outcome =
        gateway(
            "gw_follow_up",
            ElementKind.EXCLUSIVE_GATEWAY,
            t("uitkomst van de nazorgcontrole", "outcome of the follow-up check"),
            "flow_followed");
    flow("flow_checked", follow, outcome, "", "");
    String inCare =
        FollowUpOutcome.STILL_IN_CARE.label(locale)
            + " / "
            + FollowUpOutcome.CARE_COMPLETED.label(locale);
    String droppedOut = FollowUpOutcome.DROPPED_OUT.label(locale);
    String followedName = t("nazorg afgerond", "follow-up completed");
    if (followUp.isDropOutReopens()) {
      Node followed = event("end_followed", ElementKind.END_EVENT, followedName, "");
      flow("flow_followed", outcome, followed, inCare, "");
      reopen(
          "flow_dropped_out",
          outcome,
          picture,
          droppedOut + t(": heropend", ": reopened"),
          "${followUpOutcome == 'DROPPED_OUT'}");
    } else {
      // l.549-550: "zou het LON de cliënt opnieuw moeten bespreken"
      Node discuss =
          task(
              "task_discuss_again",
              ElementKind.TASK,
              t(
                  "cli\u00ebnt opnieuw bespreken in de " + networkMeeting,
                  "discuss the client again at the " + networkMeeting),
              t(
                      "Een uitgevallen cli\u00ebnt komt op de agenda van de volgende "
                          + networkMeeting
                          + ", die besluit of de casus heropend wordt",
                      "A client who dropped out is put on the next "
                          + networkMeeting
                          + ", which decides whether to reopen the case")
                  + source("l.549-550"),
              ImmutableMap.of("dropOutReopens", "false"),
              List.of(),
              List.of(),
              List.of());
      flow("flow_dropped_out", outcome, discuss, droppedOut, "${followUpOutcome == 'DROPPED_OUT'}");
      Node reopenGateway =
          gateway(
              "gw_reopen",
              ElementKind.EXCLUSIVE_GATEWAY,
              t("heropenen?", "reopen?"),
              "flow_not_reopened");
      flow("flow_discussed", discuss, reopenGateway, "", "");
      Node followed = event("end_followed", ElementKind.END_EVENT, followedName, "");
      flow("flow_not_reopened", reopenGateway, followed, t("nee", "no"), "");
      // the completed checks join the end from the left
      int gy = outcome.bounds().cy();
      int ey = followed.bounds().cy();
      List<String> label = Text.wrap(inCare, CX - 25 - CHANNEL_X - 8, LABEL_FONT);
      flow(
          "flow_followed",
          outcome.id(),
          followed.id(),
          inCare,
          "",
          List.of(
              new Point(outcome.bounds().x(), gy),
              new Point(CHANNEL_X, gy),
              new Point(CHANNEL_X, ey),
              new Point(followed.bounds().x(), ey)),
          new Box(
              CHANNEL_X + 4,
              gy + 3,
              CX - 25 - CHANNEL_X - 8,
              Text.height(label.size(), LABEL_FONT)));
      reopen(
          "flow_reopen", reopenGateway, picture, t("ja: heropend", "yes: reopened"), "${reopen}");
    }

    // the process's own documentation: what the diagram draws and what it leaves out
    String documentation =
        t(
            "De negen stappen van het primaire proces"
                + source("l.1371-1390")
                + " zoals het profiel '"
                + profile.getId()
                + "' ze toestaat. Termijnen in werkdagen zijn timers met een duur in dagen, die"
                + " volgens de werkdagenkalender van het netwerk tellen. Niet getekend: de warme"
                + " overdracht aan een ander netwerk"
                + profile.getDeadlines().getDecideHandoverWithin().stream()
                    .mapToObj(d -> " (besluit binnen " + d + " werkdagen)")
                    .collect(Collectors.joining())
                + ", correcties, en afsluiten bij overlijden vanuit elke stap.",
            "The nine steps of the primary process"
                + source("l.1371-1390")
                + " as the profile '"
                + profile.getId()
                + "' allows them. Deadlines in working days are timers with a duration in days,"
                + " counted by the network's working-day calendar. Not drawn: the warm handover to"
                + " another network"
                + profile.getDeadlines().getDecideHandoverWithin().stream()
                    .mapToObj(d -> " (decided within " + d + " working days)")
                    .collect(Collectors.joining())
                + ", corrections, and closing on the client's death from any step.");
    Map<String, String> processAttributes = new LinkedHashMap<>();
    processAttributes.put("profile", profile.getId());
    processAttributes.put(
        "networkMeetingIntervalDays", String.valueOf(profile.getNetworkMeetingIntervalDays()));
    profile
        .getDeadlines()
        .getDecideHandoverWithin()
        .ifPresent(
            d -> processAttributes.put("decideHandoverWithinWorkingDays", String.valueOf(d)));
    return new DiagramModel(
        processKey(profile),
        title(),
        documentation,
        ImmutableMap.copyOf(processAttributes),
        locale,
        ImmutableList.copyOf(escalations),
        ImmutableList.copyOf(nodes),
        ImmutableList.copyOf(edges),
        maxRight + 20,
        maxBottom + 20);
  }

  /**
   * The diagram's title: the way of working of the network's team, in the profile's own name.
   *
   * @return the title
   */
  private String title() {
    String title = t("Werkwijze van het ", "The way of working of the ") + terms.network(locale);
    extend(new Box(NOTE_X, TOP - 40, Text.width(List.of(title), TITLE_FONT), TITLE_FONT + 4));
    return title;
  }

  // ------------------------------------------------------------------ settings as annotations

  private NoteSpec clientInformedNote() {
    // l.1400-1402: Enschede requires it, Leeuwarden informs and motivates, Rotterdam records
    String text;
    switch (profile.getClientInformedBeforeReport()) {
      case REQUIRED:
        text =
            t(
                "de signaalinbrenger informeert de cli\u00ebnt v\u00f3\u00f3r de melding"
                    + " (verplicht)",
                "the signaller informs the client before reporting (required)");
        break;
      case ADVISED:
        text =
            t(
                ObligationKind.INFORM_CLIENT.label(locale) + " (geadviseerd)",
                ObligationKind.INFORM_CLIENT.label(locale) + " (advised)");
        break;
      default:
        text =
            t(
                "vastgelegd: of de cli\u00ebnt is ge\u00efnformeerd",
                "recorded: whether the client was informed");
        break;
    }
    return new NoteSpec(
        "note_client_informed",
        text,
        ImmutableMap.of(
            "clientInformedBeforeReport", profile.getClientInformedBeforeReport().name()));
  }

  private NoteSpec inquiryNote(InquiryRoundPolicy round) {
    // l.1419-1424
    String text =
        ObligationKind.INQUIRY_ROUND.label(locale)
            + (round.isAlways()
                ? t(
                    " bij elke melding, v\u00f3\u00f3r het co\u00f6rdinatiebesluit",
                    " for every report, before the coordination decision")
                : "")
            + (round.isToAllPartners()
                ? t(": alle netwerkpartners", ": all network partners")
                : t(": partners gekozen per melding", ": partners chosen per report"))
            + (round.isAlsoOtherNetworks()
                ? t("; ook andere netwerken", "; other networks too")
                : "");
    return new NoteSpec(
        "note_inquiry_round",
        text,
        ImmutableMap.of(
            "always", String.valueOf(round.isAlways()),
            "toAllPartners", String.valueOf(round.isToAllPartners()),
            "alsoOtherNetworks", String.valueOf(round.isAlsoOtherNetworks())));
  }

  private NoteSpec appointmentNote(String nd, String td, String networkMeeting) {
    // l.1440-1441 (Enschede: the team leader appoints), l.1470-1473 (the fallback)
    boolean byDirector = profile.getAppointedBy() == AppointmentAuthority.NETWORK_DIRECTOR;
    String by = byDirector ? nd : networkMeeting;
    String text =
        t(
            td
                + " aangewezen door de "
                + by
                + (profile.isNetworkDirectorFallback()
                    ? "; is er geen, dan treedt de " + nd + " tijdelijk op"
                    : ""),
            "the "
                + td
                + " is appointed by the "
                + by
                + (profile.isNetworkDirectorFallback()
                    ? "; when there is none, the " + nd + " acts for the time being"
                    : ""));
    return new NoteSpec(
        "note_appointment",
        text,
        ImmutableMap.of(
            "appointedBy", profile.getAppointedBy().name(),
            "networkDirectorFallback", String.valueOf(profile.isNetworkDirectorFallback())));
  }

  // ------------------------------------------------------------------ timers

  private TimerSpec deadline(String id, int days, String obligation, String after, String lines) {
    return new TimerSpec(
        id,
        t(days + " werkdagen", days + " working days"),
        t(
                "Termijn: " + obligation + " binnen " + days + " werkdagen na " + after + ".",
                "Deadline: " + obligation + " within " + days + " working days of " + after + ".")
            + source(lines)
            + workingDaysNote(days),
        "timeDuration",
        "P" + days + "D",
        "workingDays",
        days,
        false,
        obligation + t(": te laat", ": overdue"));
  }

  /** The evaluation interval, where the profile sets one; null where it sets none. */
  private TimerSpec evaluationTimer(String networkMeeting) {
    if (profile.isEvaluateAtEveryNetworkMeeting()) {
      int days = profile.getNetworkMeetingIntervalDays();
      return new TimerSpec(
          "timer_evaluation",
          t(
              "elke " + networkMeeting + " (" + days + " dagen)",
              "every " + networkMeeting + " (" + days + " days)"),
          t(
                  "Alle lopende casussen worden in elke "
                      + networkMeeting
                      + " ge\u00ebvalueerd, om de "
                      + days
                      + " kalenderdagen",
                  "Every running case is evaluated at every "
                      + networkMeeting
                      + ", every "
                      + days
                      + " calendar days")
              + source("l.1522-1523"),
          "timeDuration",
          "P" + days + "D",
          "calendarDays",
          days,
          true,
          "");
    }
    OptionalInt months = profile.getEvaluationEveryMonths();
    if (months.isPresent()) {
      int m = months.getAsInt();
      return new TimerSpec(
          "timer_evaluation",
          t("uiterlijk elke " + m + " maanden", "at least every " + m + " months"),
          t(
              "Het profiel zet een evaluatie-interval: uiterlijk elke " + m + " maanden",
              "The profile sets an evaluation interval: at least every " + m + " months"),
          "timeDuration",
          "P" + m + "M",
          "calendarMonths",
          m,
          true,
          "");
    }
    return null;
  }

  // ------------------------------------------------------------------ escalation

  private void escalationBlock(Node evaluation, Node execute) {
    // the options are possibilities, not a ladder: any of them, more than one at a time
    // (l.1645-1656, l.1674-1690)
    int gy = evaluation.bounds().cy();
    Box gb = Box.centred(ESC_GW_CX, gy, GATEWAY, GATEWAY);
    List<String> gl = Text.wrap(t("opschalen?", "escalate?"), 90, LABEL_FONT);
    Node gateway =
        add(
            "gw_escalation",
            ElementKind.INCLUSIVE_GATEWAY,
            t("opschalen?", "escalate?"),
            t(
                "De "
                    + role(ProfessionalRole.NETWORK_DIRECTOR)
                    + " kiest de opschaling die past,"
                    + " in elke volgorde en meer dan \u00e9\u00e9n tegelijk, vanaf stap 4; het"
                    + " orgaan handelt binnen "
                    + profile.getIntervention().getEscalationResponseDays()
                    + " dagen"
                    + source("l.1645-1690"),
                "The "
                    + role(ProfessionalRole.NETWORK_DIRECTOR)
                    + " chooses the escalation that"
                    + " fits, in any order and more than one at a time, from step 4 on; the body"
                    + " acts within "
                    + profile.getIntervention().getEscalationResponseDays()
                    + " days"
                    + source("l.1645-1690")),
            ImmutableMap.of(
                "responseDays",
                String.valueOf(profile.getIntervention().getEscalationResponseDays())),
            gb,
            gl,
            new Box(gb.x() - 60, gb.bottom() + 2, 90, Text.height(gl.size(), LABEL_FONT)));
    String carryOn =
        EvaluationDecision.CONTINUE.label(locale)
            + " / "
            + EvaluationDecision.ADJUST.label(locale)
            + " / "
            + EvaluationDecision.ESCALATE.label(locale);
    int labelWidth = gb.x() - (CX + GATEWAY / 2) - 10;
    List<String> cl = Text.wrap(carryOn, labelWidth, LABEL_FONT);
    int ch = Text.height(cl.size(), LABEL_FONT);
    flow(
        "flow_carry_on",
        evaluation.id(),
        gateway.id(),
        carryOn,
        "",
        List.of(new Point(CX + GATEWAY / 2, gy), new Point(gb.x(), gy)),
        new Box(CX + GATEWAY / 2 + 5, gy - 3 - ch, labelWidth, ch));
    String goOn = EvaluationDecision.CONTINUE.label(locale);
    int entry = execute.bounds().y() + 14;
    flow(
        "flow_continue",
        gateway.id(),
        execute.id(),
        goOn,
        "",
        List.of(
            new Point(ESC_GW_CX, gb.y()),
            new Point(ESC_GW_CX, entry),
            new Point(TASK_RIGHT, entry)),
        new Box(
            TASK_RIGHT + 8,
            entry - 3 - Text.lineHeight(LABEL_FONT),
            150,
            Text.lineHeight(LABEL_FONT)));

    List<Object[]> options = new ArrayList<>();
    var intervention = profile.getIntervention();
    collect(options, intervention.getContentEscalation());
    collect(options, intervention.getOrganisationalEscalation());
    intervention.getCoercionEscalation().ifPresent(o -> collect(options, o));
    List<List<String>> labels = new ArrayList<>();
    List<Integer> heights = new ArrayList<>();
    int total = 0;
    for (Object[] o : options) {
      List<String> lines = Text.wrap(escalationName(o), ESC_LABEL_W, LABEL_FONT);
      labels.add(lines);
      int h = Math.max(EVENT, Text.height(lines.size(), LABEL_FONT)) + 12;
      heights.add(h);
      total += h;
    }
    int top = Math.max(gy - total / 2, byId.get(stepId(ProcessStep.PLAN_OF_APPROACH)).bounds().y());
    int cursor = top;
    for (int i = 0; i < options.size(); i++) {
      Object[] o = options.get(i);
      EscalationKind kind = (EscalationKind) o[0];
      int number = (Integer) o[1];
      EscalationOption option = (EscalationOption) o[2];
      String code = kindCode(kind) + "-" + number;
      String escalationId = "escalation_" + kindCode(kind) + "_" + number;
      String bodyName = dutch ? option.getBodyNl() : option.getBody();
      escalations.add(new Escalation(escalationId, bodyName, code, kind.name(), option.getBody()));
      int ey = cursor + heights.get(i) / 2;
      Box eb = Box.centred(ESC_CX, ey, EVENT, EVENT);
      List<String> lines = labels.get(i);
      int lh = Text.height(lines.size(), LABEL_FONT);
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("escalationRef", escalationId);
      attributes.put("escalationKind", kind.name());
      attributes.put("option", String.valueOf(number));
      attributes.put("body", option.getBody());
      attributes.put("emergencyOnly", String.valueOf(option.isEmergencyOnly()));
      String id = "esc_" + kindCode(kind) + "_" + number;
      add(
          id,
          ElementKind.ESCALATION_END_EVENT,
          escalationName(o),
          t(
              "Opschaling naar "
                  + option.getBodyNl()
                  + (option.isEmergencyOnly()
                      ? "; alleen in een ernstige noodsituatie, met reden"
                      : ""),
              "Escalation to the "
                  + option.getBody()
                  + "; powers: "
                  + option.getPowers()
                  + (option.isEmergencyOnly()
                      ? "; in a serious emergency only, with a reason"
                      : "")),
          attributes,
          eb,
          lines,
          new Box(ESC_LABEL_X, ey - lh / 2, ESC_LABEL_W, lh));
      flow(
          id + "_flow",
          gateway.id(),
          id,
          "",
          "${escalations.contains('" + code + "')}",
          List.of(
              new Point(gb.right(), gy),
              new Point(ESC_STUB_X, gy),
              new Point(ESC_STUB_X, ey),
              new Point(eb.x(), ey)),
          null);
      cursor += heights.get(i);
    }
  }

  private static void collect(List<Object[]> out, EscalationOptions options) {
    for (int i = 0; i < options.getOptions().size(); i++) {
      out.add(new Object[] {options.getKind(), i + 1, options.getOptions().get(i)});
    }
  }

  private String escalationName(Object[] o) {
    EscalationKind kind = (EscalationKind) o[0];
    EscalationOption option = (EscalationOption) o[2];
    return kind.label(locale)
        + ": "
        + (dutch ? option.getBodyNl() : option.getBody())
        + (option.isEmergencyOnly()
            ? t(" (alleen in een ernstige noodsituatie)", " (serious emergency only)")
            : "");
  }

  private static String kindCode(EscalationKind kind) {
    switch (kind) {
      case CONTENT:
        return "content";
      case ORGANISATIONAL:
        return "organisational";
      default:
        return "coercion";
    }
  }

  // ------------------------------------------------------------------ placing shapes

  private static String stepId(ProcessStep step) {
    return "step_" + step.getNumber() + "_" + step.name().toLowerCase(Locale.ROOT);
  }

  private Node step(
      ProcessStep step,
      String performer,
      String performerRole,
      String documentation,
      List<NoteSpec> notes,
      List<TimerSpec> right,
      List<TimerSpec> left) {
    return step(step, performer, performerRole, documentation, notes, right, left, false);
  }

  private Node step(
      ProcessStep step,
      String performer,
      String performerRole,
      String documentation,
      List<NoteSpec> notes,
      List<TimerSpec> right,
      List<TimerSpec> left,
      boolean dueDateAssumed) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("step", String.valueOf(step.getNumber()));
    attributes.put("performer", performerRole.isEmpty() ? "SIGNALLER" : performerRole);
    if (dueDateAssumed) {
      attributes.put("dueDateAssumed", "true");
    }
    return task(
        stepId(step),
        ElementKind.STEP,
        step.label(locale) + " (" + performer + ")",
        documentation,
        attributes,
        notes,
        right,
        left);
  }

  private Node task(
      String id,
      ElementKind kind,
      String name,
      String documentation,
      Map<String, String> attributes,
      List<NoteSpec> notes,
      List<TimerSpec> right,
      List<TimerSpec> left) {
    List<String> lines = Text.wrap(name, TASK_W - 14, TASK_FONT);
    int timers = Math.max(right.size(), left.size());
    // timers on one side are spaced so that neither their labels nor their ends' labels touch
    int spacing = 40;
    for (TimerSpec s : concat(right, left)) {
      int th = Text.height(Text.wrap(s.name(), TIMER_LABEL_W, LABEL_FONT).size(), LABEL_FONT);
      int eh = Text.height(Text.wrap(s.endName(), END_LABEL_W, LABEL_FONT).size(), LABEL_FONT);
      spacing = Math.max(spacing, Math.max(th + 10, eh + 6));
    }
    int h =
        Math.max(64, Math.max(Text.height(lines.size(), TASK_FONT) + 24, spacing * timers + 24));
    List<List<String>> noteLines = new ArrayList<>();
    int notesHeight = 0;
    for (NoteSpec n : notes) {
      List<String> nl = Text.wrap(n.text(), NOTE_W - 14, LABEL_FONT);
      noteLines.add(nl);
      notesHeight += Math.max(28, Text.height(nl.size(), LABEL_FONT) + 12);
    }
    notesHeight += Math.max(0, notes.size() - 1) * 8;
    int rowHeight = Math.max(h, notesHeight);
    int top = y + (rowHeight - h) / 2;
    Box b = new Box(TASK_X, top, TASK_W, h);
    Node task = add(id, kind, name, documentation, attributes, b, lines, b);
    int bottom = b.bottom();
    int ny = b.cy() - notesHeight / 2;
    for (int i = 0; i < notes.size(); i++) {
      NoteSpec n = notes.get(i);
      List<String> nl = noteLines.get(i);
      int nh = Math.max(28, Text.height(nl.size(), LABEL_FONT) + 12);
      Box nb = new Box(NOTE_X, ny, NOTE_W, nh);
      add(
          n.id(),
          ElementKind.TEXT_ANNOTATION,
          n.text(),
          "",
          n.attributes(),
          nb,
          nl,
          new Box(NOTE_X + 8, ny + 6, NOTE_W - 14, Text.height(nl.size(), LABEL_FONT)));
      int ay = Math.max(b.y() + 6, Math.min(b.bottom() - 6, nb.cy()));
      edge(
          new Edge(
              "assoc_" + n.id(),
              ElementKind.ASSOCIATION,
              "",
              n.id(),
              id,
              "",
              ImmutableMap.of("sourceRef", n.id(), "targetRef", id),
              List.of(new Point(nb.right(), ay), new Point(TASK_X, ay)),
              List.of(),
              null));
      bottom = Math.max(bottom, nb.bottom());
      ny += nh + 8;
    }
    for (int i = 0; i < right.size(); i++) {
      bottom =
          Math.max(
              bottom, timer(right.get(i), task, TASK_RIGHT, b.bottom() - 20 - spacing * i, true));
    }
    for (int i = 0; i < left.size(); i++) {
      bottom =
          Math.max(bottom, timer(left.get(i), task, TASK_X, b.bottom() - 20 - spacing * i, false));
    }
    y = bottom + GAP;
    return task;
  }

  private int timer(TimerSpec s, Node task, int edgeX, int ty, boolean right) {
    Box tb = Box.centred(edgeX, ty, TIMER, TIMER);
    int labelWidth = TIMER_LABEL_W;
    List<String> tl = Text.wrap(s.name(), labelWidth, LABEL_FONT);
    int tw = Math.min(labelWidth, Text.width(tl, LABEL_FONT));
    int th = Text.height(tl.size(), LABEL_FONT);
    Box tlb =
        right
            ? new Box(tb.right() + 3, ty - 4 - th, labelWidth, th)
            : new Box(tb.x() - 3 - tw, ty - 4 - th, tw, th);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("attachedToRef", task.id());
    attributes.put("cancelActivity", String.valueOf(s.interrupting()));
    attributes.put(s.timerType(), s.timerValue());
    attributes.put(s.unit(), String.valueOf(s.amount()));
    Node timer =
        add(
            s.id(),
            ElementKind.TIMER_BOUNDARY_EVENT,
            s.name(),
            s.documentation(),
            attributes,
            tb,
            tl,
            tlb);
    if (s.interrupting()) {
      pendingEvaluationTimer = timer;
      return tb.bottom();
    }
    int ecx = right ? RIGHT_END_CX : LEFT_END_CX;
    Box eb = Box.centred(ecx, ty, EVENT, EVENT);
    List<String> el = Text.wrap(s.endName(), END_LABEL_W, LABEL_FONT);
    int eh = Text.height(el.size(), LABEL_FONT);
    Box elb =
        right
            ? new Box(eb.right() + 4, ty - eh / 2, END_LABEL_W, eh)
            : new Box(eb.x() - 4 - END_LABEL_W, ty - eh / 2, END_LABEL_W, eh);
    Node end =
        add(
            s.id() + "_due",
            ElementKind.END_EVENT,
            s.endName(),
            t(
                "De verplichting staat op de agenda van de netwerkregie",
                "The obligation is on the network direction's agenda"),
            ImmutableMap.of(),
            eb,
            el,
            elb);
    flow(
        s.id() + "_flow",
        timer.id(),
        end.id(),
        "",
        "",
        List.of(
            new Point(right ? tb.right() : tb.x(), ty), new Point(right ? eb.x() : eb.right(), ty)),
        null);
    return Math.max(eb.bottom(), elb.bottom());
  }

  private Node event(String id, ElementKind kind, String name, String documentation) {
    Box b = new Box(CX - EVENT / 2, y, EVENT, EVENT);
    List<String> lines = Text.wrap(name, 150, LABEL_FONT);
    int h = Text.height(lines.size(), LABEL_FONT);
    Node n =
        add(
            id,
            kind,
            name,
            documentation,
            ImmutableMap.of(),
            b,
            lines,
            new Box(b.right() + 8, b.cy() - h / 2, 150, h));
    y = b.bottom() + GAP;
    return n;
  }

  private Node gateway(String id, ElementKind kind, String name, String defaultFlow) {
    Box b = new Box(CX - GATEWAY / 2, y, GATEWAY, GATEWAY);
    int width = CX - 22 - (CHANNEL_X + 6);
    List<String> lines = Text.wrap(name, width, LABEL_FONT);
    int h = Text.height(lines.size(), LABEL_FONT);
    Node n =
        add(
            id,
            kind,
            name,
            "",
            defaultFlow.isEmpty() ? ImmutableMap.of() : ImmutableMap.of("default", defaultFlow),
            b,
            lines,
            new Box(CX - 22 - width, b.cy() - 12 - h, width, h));
    y = b.bottom() + GAP;
    return n;
  }

  /** An end event to the right of a gateway, reached by the gateway's default flow. */
  private Node sideEnd(
      Node gateway, String id, String name, String flowId, String flowName, String documentation) {
    int gy = gateway.bounds().cy();
    Box eb = Box.centred(RIGHT_END_CX, gy, EVENT, EVENT);
    List<String> el = Text.wrap(name, END_LABEL_W, LABEL_FONT);
    int eh = Text.height(el.size(), LABEL_FONT);
    Node end =
        add(
            id,
            ElementKind.END_EVENT,
            name,
            documentation,
            ImmutableMap.of(),
            eb,
            el,
            new Box(eb.right() + 4, gy - eh / 2, END_LABEL_W, eh));
    int width = eb.x() - gateway.bounds().right() - 10;
    List<String> fl = Text.wrap(flowName, width, LABEL_FONT);
    int fh = Text.height(fl.size(), LABEL_FONT);
    flow(
        flowId,
        gateway.id(),
        id,
        flowName,
        "",
        List.of(new Point(gateway.bounds().right(), gy), new Point(eb.x(), gy)),
        new Box(gateway.bounds().right() + 5, gy - 3 - fh, width, fh));
    return end;
  }

  /** A flow back to a step from below, along the far right of the drawing. */
  private void reopen(String id, Node from, Node to, String name, String condition) {
    int far = maxRight + 24;
    int sy = from.bounds().cy();
    int entry = to.bounds().y() + 14;
    List<String> lines = Text.wrap(name, 150, LABEL_FONT);
    int h = Text.height(lines.size(), LABEL_FONT);
    flow(
        id,
        from.id(),
        to.id(),
        name,
        condition,
        List.of(
            new Point(from.bounds().right(), sy),
            new Point(far, sy),
            new Point(far, entry),
            new Point(TASK_RIGHT, entry)),
        new Box(from.bounds().right() + 6, sy - 3 - h, 150, h));
  }

  /** A flow from one shape in the column straight down to the next. */
  private void flow(String id, Node from, Node to, String name, String condition) {
    Box a = from.bounds();
    Box b = to.bounds();
    List<String> lines = Text.wrap(name, 160, LABEL_FONT);
    Box label =
        name.isEmpty()
            ? null
            : new Box(a.cx() + 6, a.bottom() + 3, 160, Text.height(lines.size(), LABEL_FONT));
    flow(
        id,
        from.id(),
        to.id(),
        name,
        condition,
        List.of(new Point(a.cx(), a.bottom()), new Point(b.cx(), b.y())),
        label);
  }

  private void flow(
      String id,
      String source,
      String target,
      String name,
      String condition,
      List<Point> points,
      Box labelBox) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("sourceRef", source);
    attributes.put("targetRef", target);
    if (!condition.isEmpty()) {
      attributes.put("condition", condition);
    }
    List<String> lines =
        labelBox == null || name.isEmpty()
            ? List.of()
            : Text.wrap(name, labelBox.width(), LABEL_FONT);
    edge(
        new Edge(
            id,
            ElementKind.SEQUENCE_FLOW,
            name,
            source,
            target,
            condition,
            ImmutableMap.copyOf(attributes),
            ImmutableList.copyOf(points),
            ImmutableList.copyOf(lines),
            lines.isEmpty() ? null : labelBox));
  }

  private static List<TimerSpec> concat(List<TimerSpec> a, List<TimerSpec> b) {
    List<TimerSpec> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private void edge(Edge e) {
    edges.add(e);
    for (Point p : e.waypoints()) {
      maxRight = Math.max(maxRight, p.x());
      maxBottom = Math.max(maxBottom, p.y());
    }
    if (e.labelBounds() != null) {
      extend(e.labelBounds());
    }
  }

  private Node add(
      String id,
      ElementKind kind,
      String name,
      String documentation,
      Map<String, String> attributes,
      Box bounds,
      List<String> label,
      Box labelBounds) {
    if (byId.containsKey(id)) {
      throw new IllegalStateException("duplicate diagram id " + id);
    }
    Node n =
        new Node(
            id,
            kind,
            name,
            documentation,
            ImmutableMap.copyOf(attributes),
            bounds,
            ImmutableList.copyOf(label),
            labelBounds);
    nodes.add(n);
    byId.put(id, n);
    extend(bounds);
    if (labelBounds != null) {
      extend(labelBounds);
    }
    return n;
  }

  private void extend(Box b) {
    maxRight = Math.max(maxRight, b.right());
    maxBottom = Math.max(maxBottom, b.bottom());
  }

  /** A setting shown as a text annotation beside its step. */
  private record NoteSpec(String id, String text, Map<String, String> attributes) {}

  /** A timer on a step's border, and the end event its flow reaches where it does not interrupt. */
  private record TimerSpec(
      String id,
      String name,
      String documentation,
      String timerType,
      String timerValue,
      String unit,
      int amount,
      boolean interrupting,
      String endName) {}
}

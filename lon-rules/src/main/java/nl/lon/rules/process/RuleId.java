package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.EVALUATE;
import static nl.lon.core.process.ProcessStep.EXECUTE;
import static nl.lon.core.process.ProcessStep.FOLLOW_UP;
import static nl.lon.core.process.ProcessStep.GATHER_INFORMATION;
import static nl.lon.core.process.ProcessStep.INTEGRAL_PICTURE;
import static nl.lon.core.process.ProcessStep.PLAN_OF_APPROACH;
import static nl.lon.core.process.ProcessStep.RECEIVE_REPORT;
import static nl.lon.core.process.ProcessStep.SIGNAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.lon.core.label.Labelled;
import nl.lon.core.process.ProcessStep;

/**
 * The catalogue of the process rules' ids (regel-id's): every rule id a {@link ProcessRules}
 * violation can carry, with the steps it can be reported in and its reason in English and Dutch.
 *
 * <p>The ids ({@link #getId()}) are stable: they are stored in audit records, and tests and vendor
 * user interfaces may match on them; an id is never renamed or reused. The reason held here is the
 * rule in general terms; a violation's own reason ({@link nl.lon.core.error.Violation#reasonEn()})
 * adds the particulars of the case (the version expected, the rung asked for, the amount). The
 * steps ({@link #getSteps()}) are those of the commands that can break the rule: a violation names
 * the step of the command it refuses ({@link CaseCommand#step()}).
 *
 * <pre>{@code
 * for (Violation v : decision.getViolations()) {
 *   boolean planVersion = v.rule().equals(RuleId.PLAN_NEXT_VERSION.getId());
 *   String general = RuleId.of(v.rule()).map(r -> r.label(Locale.forLanguageTag("nl"))).orElse(v.reasonNl());
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * <p>The access rules' ids ({@code access.*}, {@code privacy.*}) are catalogued apart, in {@link
 * nl.lon.rules.access.AccessRuleId}; they are not part of this catalogue.
 *
 * @since 0.1
 */
public enum RuleId implements Labelled {

  /** {@code case.not-started}, steps 2 to 9: There is no case yet: report a signal first. */
  CASE_NOT_STARTED(
      "case.not-started",
      EnumSet.range(RECEIVE_REPORT, FOLLOW_UP),
      "there is no case yet: report a signal first",
      "er is nog geen casus: meld eerst een signaal"),

  /**
   * {@code case.transferred}, steps 2 to 9: The case was handed over to another network; it can no
   * longer change here.
   */
  CASE_TRANSFERRED(
      "case.transferred",
      EnumSet.range(RECEIVE_REPORT, FOLLOW_UP),
      "the case was handed over to another network; it can no longer change here",
      "de casus is overgedragen aan een ander netwerk; hij kan hier niet meer veranderen"),

  /**
   * {@code actor.network}, any step: The acting professional does not work in the case's (or the
   * receiving) network.
   */
  ACTOR_NETWORK(
      "actor.network",
      EnumSet.allOf(ProcessStep.class),
      "the acting professional does not work in the case's (or the receiving) network",
      "de handelende professional werkt niet in het netwerk van de casus (of het ontvangende netwerk)"),

  /**
   * {@code date.in-future}, any step: The act is dated after the day it is recorded; an act is
   * recorded on or after the day it happened.
   */
  DATE_IN_FUTURE(
      "date.in-future",
      EnumSet.allOf(ProcessStep.class),
      "the act is dated after the day it is recorded; an act is recorded on or after the day it happened",
      "de handeling is gedateerd na de dag waarop zij wordt vastgelegd; een handeling wordt vastgelegd op of na de dag waarop zij plaatsvond"),

  /**
   * {@code date.before-signal}, steps 2 to 9: The act is dated before the signal that opened the
   * case was received.
   */
  DATE_BEFORE_SIGNAL(
      "date.before-signal",
      EnumSet.range(RECEIVE_REPORT, FOLLOW_UP),
      "the act is dated before the signal that opened the case was received",
      "de handeling is gedateerd vóór de ontvangst van het signaal waarmee de casus begon"),

  /**
   * {@code date.before-dependency}, steps 2 to 9: The act is dated before an act it depends on; an
   * act may be entered late, but not before the acts it follows from.
   */
  DATE_BEFORE_DEPENDENCY(
      "date.before-dependency",
      EnumSet.range(RECEIVE_REPORT, FOLLOW_UP),
      "the act is dated before an act it depends on; an act may be entered late, but not before the acts it follows from",
      "de handeling is gedateerd vóór een handeling waarvan zij afhangt; een handeling mag later worden ingevoerd, maar niet vóór de handelingen waaruit zij volgt"),

  /** {@code step.out-of-order}, steps 2 to 8: The case is not in a step this command belongs to. */
  STEP_OUT_OF_ORDER(
      "step.out-of-order",
      EnumSet.range(RECEIVE_REPORT, CLOSE),
      "the case is not in a step this command belongs to",
      "de casus is niet in een stap waar deze opdracht bij hoort"),

  /**
   * {@code role.network-director}, steps 2, 3, 5, 6, 9: This needs the role network director (for
   * some commands another role is allowed too).
   */
  ROLE_NETWORK_DIRECTOR(
      "role.network-director",
      EnumSet.of(RECEIVE_REPORT, GATHER_INFORMATION, PLAN_OF_APPROACH, EXECUTE, FOLLOW_UP),
      "this needs the role network director (for some commands another role is allowed too)",
      "dit vraagt de rol netwerkregisseur (bij sommige opdrachten is ook een andere rol toegestaan)"),

  /**
   * {@code role.network-or-trajectory-director}, steps 4, 5, 7, 8: This needs the network director
   * or the case's trajectory director.
   */
  ROLE_NETWORK_OR_TRAJECTORY_DIRECTOR(
      "role.network-or-trajectory-director",
      EnumSet.of(INTEGRAL_PICTURE, PLAN_OF_APPROACH, EVALUATE, CLOSE),
      "this needs the network director or the case's trajectory director",
      "dit vraagt de netwerkregisseur of de trajectregisseur van de casus"),

  /**
   * {@code signal.case-exists}, step 1: The case exists already; a case opens with exactly one
   * signal.
   */
  SIGNAL_CASE_EXISTS(
      "signal.case-exists",
      EnumSet.of(SIGNAL),
      "the case exists already; a case opens with exactly one signal",
      "de casus bestaat al; een casus opent met precies één signaal"),

  /** {@code signal.date-in-future}, step 1: A signal cannot be received after today. */
  SIGNAL_DATE_IN_FUTURE(
      "signal.date-in-future",
      EnumSet.of(SIGNAL),
      "a signal cannot be received after today",
      "een signaal kan niet na vandaag ontvangen zijn"),

  /**
   * {@code signal.client-not-informed}, step 1: In this network the signaller informs the client
   * that the problems will be discussed before reporting (Enschede, seeds/004_ca47ed76719141bc.txt
   * l.1400-1401).
   *
   * @since 0.2
   */
  SIGNAL_CLIENT_NOT_INFORMED(
      "signal.client-not-informed",
      EnumSet.of(SIGNAL),
      "in this network the signaller informs the client that the problems will be discussed before reporting",
      "in dit netwerk brengt de signaalinbrenger de cliënt op de hoogte dat de problemen worden besproken, vóór de melding"),

  /**
   * {@code judge.no-crisis-triage}, step 2: The profile has no crisis triage at intake; judge the
   * report in or out of scope and call the crisis service directly.
   *
   * @deprecated no longer emitted: the source describes crisis triage as Rotterdam's explicit
   *     practice (l.1414-1416) but does not say the other networks may not hand a crisis off, so an
   *     acute-crisis judgement is accepted under every profile. The id stays catalogued, never to
   *     be reused, because audit records may hold it.
   */
  @Deprecated
  JUDGE_NO_CRISIS_TRIAGE(
      "judge.no-crisis-triage",
      EnumSet.of(RECEIVE_REPORT),
      "the profile has no crisis triage at intake; judge the report in or out of scope and call the crisis service directly",
      "het profiel kent geen crisistriage bij aanmelding; beoordeel de melding binnen of buiten de doelgroep en schakel de crisisdienst rechtstreeks in"),

  /**
   * {@code judge.target-group-required}, step 2: Name at least one target group, with its reason,
   * for a case the network takes on.
   */
  JUDGE_TARGET_GROUP_REQUIRED(
      "judge.target-group-required",
      EnumSet.of(RECEIVE_REPORT),
      "name at least one target group, with its reason, for a case the network takes on",
      "noem ten minste één doelgroep, met reden, voor een casus die het netwerk oppakt"),

  /**
   * {@code coordination.feedback-in-future}, step 3: Feedback to the signaller cannot be dated
   * after today.
   */
  COORDINATION_FEEDBACK_IN_FUTURE(
      "coordination.feedback-in-future",
      EnumSet.of(GATHER_INFORMATION),
      "feedback to the signaller cannot be dated after today",
      "terugkoppeling aan de melder kan niet na vandaag gedateerd zijn"),

  /**
   * {@code coordination.feedback-before-signal}, step 3: Feedback to the signaller cannot precede
   * the signal.
   */
  COORDINATION_FEEDBACK_BEFORE_SIGNAL(
      "coordination.feedback-before-signal",
      EnumSet.of(GATHER_INFORMATION),
      "feedback to the signaller cannot precede the signal",
      "terugkoppeling aan de melder kan niet vóór het signaal liggen"),

  /**
   * {@code coordination.feedback-required}, step 3: In this network the signaller is consulted
   * about the follow-up with the coordination decision (Enschede, l.1434-1435): record the
   * feedback.
   *
   * @since 0.2
   */
  COORDINATION_FEEDBACK_REQUIRED(
      "coordination.feedback-required",
      EnumSet.of(GATHER_INFORMATION),
      "in this network the signaller is consulted about the follow-up: record the feedback with the coordination decision",
      "in dit netwerk wordt met de signaalinbrenger overlegd over het vervolg: leg de terugkoppeling vast bij het coördinatiebesluit"),

  /**
   * {@code appoint.no-fallback}, step 5: The profile does not let the network director act as
   * problem owner; appoint a trajectory director.
   */
  APPOINT_NO_FALLBACK(
      "appoint.no-fallback",
      EnumSet.of(PLAN_OF_APPROACH),
      "the profile does not let the network director act as problem owner; appoint a trajectory director",
      "het profiel laat de netwerkregisseur niet als probleemhouder optreden; wijs een trajectregisseur aan"),

  /**
   * {@code appoint.fallback-is-network-director}, step 5: Only the acting network director can take
   * the role temporarily.
   */
  APPOINT_FALLBACK_IS_NETWORK_DIRECTOR(
      "appoint.fallback-is-network-director",
      EnumSet.of(PLAN_OF_APPROACH),
      "only the acting network director can take the role temporarily",
      "alleen de handelende netwerkregisseur kan de rol tijdelijk op zich nemen"),

  /**
   * {@code appoint.authority}, step 5: The trajectory director is appointed by the authority the
   * profile names.
   */
  APPOINT_AUTHORITY(
      "appoint.authority",
      EnumSet.of(PLAN_OF_APPROACH),
      "the trajectory director is appointed by the authority the profile names",
      "de trajectregisseur wordt aangewezen door wie het profiel daarvoor noemt"),

  /** {@code scan.date-in-future}, step 4: A scan cannot be dated after today. */
  SCAN_DATE_IN_FUTURE(
      "scan.date-in-future",
      EnumSet.of(INTEGRAL_PICTURE),
      "a scan cannot be dated after today",
      "een scan kan niet na vandaag gedateerd zijn"),

  /**
   * {@code picture.problem-owner-required}, step 4: In this network the problem owner forms the
   * picture: appoint one first.
   */
  PICTURE_PROBLEM_OWNER_REQUIRED(
      "picture.problem-owner-required",
      EnumSet.of(INTEGRAL_PICTURE),
      "in this network the problem owner forms the picture: appoint one first",
      "in dit netwerk vormt de probleemhouder het beeld: wijs eerst een probleemhouder aan"),

  /**
   * {@code picture.scan-required}, step 4: In this network the situation is mapped with a
   * life-domain scan first.
   */
  PICTURE_SCAN_REQUIRED(
      "picture.scan-required",
      EnumSet.of(INTEGRAL_PICTURE),
      "in this network the situation is mapped with a life-domain scan first",
      "in dit netwerk wordt de situatie eerst in kaart gebracht met de scan leefgebieden"),

  /**
   * {@code plan.next-version}, steps 5, 7: A plan (or adjusted plan) must have the next version
   * number.
   */
  PLAN_NEXT_VERSION(
      "plan.next-version",
      EnumSet.of(PLAN_OF_APPROACH, EVALUATE),
      "a plan (or adjusted plan) must have the next version number",
      "een plan (of bijgesteld plan) moet het volgende versienummer hebben"),

  /**
   * {@code plan.trajectory-director-required}, step 5: Appoint a trajectory director (or let the
   * network director act temporarily) before adopting the plan.
   */
  PLAN_TRAJECTORY_DIRECTOR_REQUIRED(
      "plan.trajectory-director-required",
      EnumSet.of(PLAN_OF_APPROACH),
      "appoint a trajectory director (or let the network director act temporarily) before adopting the plan",
      "wijs een trajectregisseur aan (of laat de netwerkregisseur tijdelijk optreden) voordat het plan wordt vastgesteld"),

  /**
   * {@code plan.adjust-needs-reason}, step 7: A plan is adjusted after an evaluation that decided
   * to adjust, or after a reported deviation.
   */
  PLAN_ADJUST_NEEDS_REASON(
      "plan.adjust-needs-reason",
      EnumSet.of(EVALUATE),
      "a plan is adjusted after an evaluation that decided to adjust, or after a reported deviation",
      "een plan wordt bijgesteld na een evaluatie die tot bijstellen besloot, of na een gemelde afwijking"),

  /**
   * {@code plan.activity-due-in-past}, steps 5, 7: An activity is due before the plan's adoption;
   * plan it from today.
   */
  PLAN_ACTIVITY_DUE_IN_PAST(
      "plan.activity-due-in-past",
      EnumSet.of(PLAN_OF_APPROACH, EVALUATE),
      "an activity is due before the plan's adoption; plan it from today",
      "een activiteit valt vóór het vaststellen van het plan; plan haar vanaf vandaag"),

  /** {@code meeting.case-ended}, step 5: The case has ended; reopen it to discuss it again. */
  MEETING_CASE_ENDED(
      "meeting.case-ended",
      EnumSet.of(PLAN_OF_APPROACH),
      "the case has ended; reopen it to discuss it again",
      "de casus is beëindigd; heropen hem om hem opnieuw te bespreken"),

  /** {@code meeting.date-in-future}, step 5: A meeting cannot be recorded before it is held. */
  MEETING_DATE_IN_FUTURE(
      "meeting.date-in-future",
      EnumSet.of(PLAN_OF_APPROACH),
      "a meeting cannot be recorded before it is held",
      "een overleg kan niet worden vastgelegd voordat het is gehouden"),

  /**
   * {@code meeting.recorder}, step 5: A meeting is recorded by the network director or a
   * participant.
   */
  MEETING_RECORDER(
      "meeting.recorder",
      EnumSet.of(PLAN_OF_APPROACH),
      "a meeting is recorded by the network director or a participant",
      "een overleg wordt vastgelegd door de netwerkregisseur of een deelnemer"),

  /**
   * {@code paper-file.recorder}: A paper file is recorded by the network director or the case's
   * trajectory director.
   */
  PAPER_FILE_RECORDER(
      "paper-file.recorder",
      EnumSet.allOf(ProcessStep.class),
      "a paper file is recorded by the network director or the case's trajectory director",
      "een papieren dossier wordt vastgelegd door de netwerkregisseur of de trajectregisseur van de"
          + " casus"),

  /** {@code paper-file.already-recorded}: The paper file at this location is recorded already. */
  PAPER_FILE_ALREADY_RECORDED(
      "paper-file.already-recorded",
      EnumSet.allOf(ProcessStep.class),
      "a paper file at this location is recorded already",
      "een papieren dossier op deze plek is al vastgelegd"),

  /**
   * {@code ownership.trajectory-director-only}, step 4: Only the appointed trajectory director
   * accepts the problem ownership.
   */
  OWNERSHIP_TRAJECTORY_DIRECTOR_ONLY(
      "ownership.trajectory-director-only",
      EnumSet.of(PLAN_OF_APPROACH),
      "only the appointed trajectory director accepts the problem ownership",
      "alleen de aangewezen trajectregisseur aanvaardt het probleemhouderschap"),

  /**
   * {@code ownership.already-accepted}, step 4: The trajectory director has accepted the problem
   * ownership already.
   */
  OWNERSHIP_ALREADY_ACCEPTED(
      "ownership.already-accepted",
      EnumSet.of(PLAN_OF_APPROACH),
      "the trajectory director has accepted the problem ownership already",
      "de trajectregisseur heeft het probleemhouderschap al aanvaard"),

  /**
   * {@code concept-plan.not-in-profile}, step 5: A concept plan is drafted by the network director
   * where the profile says so (Rotterdam, seeds/004 l.1452).
   */
  CONCEPT_PLAN_NOT_IN_PROFILE(
      "concept-plan.not-in-profile",
      EnumSet.of(PLAN_OF_APPROACH),
      "in this network the problem owner makes the plan; the network director drafts no concept",
      "in dit netwerk maakt de probleemhouder het plan; de netwerkregisseur stelt geen concept op"),

  /**
   * {@code ownership.mandate-required}, step 5: Where the profile says so (Enschede, seeds/004
   * l.1196-1198), a trajectory director accepts the problem ownership, adopts, adjusts and
   * evaluates the plan only with their organisation's mandate.
   */
  OWNERSHIP_MANDATE_REQUIRED(
      "ownership.mandate-required",
      EnumSet.of(PLAN_OF_APPROACH, EXECUTE, EVALUATE),
      "in this network the problem owner acts with the mandate of their own organisation",
      "in dit netwerk handelt de probleemhouder met het mandaat van de eigen organisatie"),

  /**
   * {@code plan.ownership-not-accepted}, step 5: Where the profile says so (Enschede, seeds/004
   * l.1482-1484), the plan is adopted after the trajectory director accepted the problem ownership.
   */
  PLAN_OWNERSHIP_NOT_ACCEPTED(
      "plan.ownership-not-accepted",
      EnumSet.of(PLAN_OF_APPROACH),
      "the trajectory director accepts the problem ownership before the plan is adopted",
      "de trajectregisseur aanvaardt het probleemhouderschap voordat het plan wordt vastgesteld"),

  /**
   * {@code meeting.deciding-vote-not-in-profile}, step 5: A decision by deciding vote is recorded
   * only where the profile gives one (Enschede, seeds/004 l.926 and l.948).
   */
  MEETING_DECIDING_VOTE_NOT_IN_PROFILE(
      "meeting.deciding-vote-not-in-profile",
      EnumSet.of(PLAN_OF_APPROACH),
      "this network knows no deciding vote: its partners decide by agreement",
      "dit netwerk kent geen beslissende stem: de partners besluiten in overeenstemming"),

  /**
   * {@code meeting.deciding-vote-holder}, step 5: The deciding vote is cast, and recorded, by a
   * holder of the role the profile gives it to.
   */
  MEETING_DECIDING_VOTE_HOLDER(
      "meeting.deciding-vote-holder",
      EnumSet.of(PLAN_OF_APPROACH),
      "the deciding vote is cast and recorded by the one who holds it in this network",
      "de beslissende stem wordt uitgebracht en vastgelegd door wie haar in dit netwerk heeft"),

  /**
   * {@code instrument.client-invited-to-case-conference}, step 5: In this network the client is
   * invited to every case conference.
   */
  INSTRUMENT_CLIENT_INVITED_TO_CASE_CONFERENCE(
      "instrument.client-invited-to-case-conference",
      EnumSet.of(PLAN_OF_APPROACH),
      "in this network the client is invited to every case conference",
      "in dit netwerk wordt de cliënt voor elk casusoverleg uitgenodigd"),

  /**
   * {@code progress.trajectory-director-only}, step 6: Only the case's trajectory director reports
   * progress.
   */
  PROGRESS_TRAJECTORY_DIRECTOR_ONLY(
      "progress.trajectory-director-only",
      EnumSet.of(EXECUTE),
      "only the case's trajectory director reports progress",
      "alleen de trajectregisseur van de casus rapporteert voortgang"),

  /**
   * {@code progress-talk.no-trajectory-director}, step 6: There is no trajectory director to talk
   * with.
   */
  PROGRESS_TALK_NO_TRAJECTORY_DIRECTOR(
      "progress-talk.no-trajectory-director",
      EnumSet.of(EXECUTE),
      "there is no trajectory director to talk with",
      "er is geen trajectregisseur om mee te spreken"),

  /**
   * {@code evaluation.goals-of-plan}, step 7: Evaluate every goal of the current plan version, and
   * only those.
   */
  EVALUATION_GOALS_OF_PLAN(
      "evaluation.goals-of-plan",
      EnumSet.of(EVALUATE),
      "evaluate every goal of the current plan version, and only those",
      "evalueer elk doel van de huidige planversie, en alleen die"),

  /**
   * {@code close.use-transfer}, step 8: A move to another network is a warm handover: transfer the
   * case.
   */
  CLOSE_USE_TRANSFER(
      "close.use-transfer",
      EnumSet.of(CLOSE),
      "a move to another network is a warm handover: transfer the case",
      "een verhuizing naar een ander netwerk is een warme overdracht: draag de casus over"),

  /**
   * {@code close.by-trajectory-director}, step 8: In this network the trajectory director closes
   * the case after the evaluation decided so (Enschede l.1503, Leeuwarden l.1603).
   *
   * @since 0.2
   */
  CLOSE_BY_TRAJECTORY_DIRECTOR(
      "close.by-trajectory-director",
      EnumSet.of(CLOSE),
      "in this network the case's trajectory director closes the case after the evaluation decided so",
      "in dit netwerk sluit de trajectregisseur van de casus de casus af nadat de evaluatie daartoe besloot"),

  /**
   * {@code close.evaluation-required}, step 8: A case closes after an evaluation that decided to
   * close.
   */
  CLOSE_EVALUATION_REQUIRED(
      "close.evaluation-required",
      EnumSet.of(CLOSE),
      "a case closes after an evaluation that decided to close",
      "een casus sluit na een evaluatie die tot afsluiten besloot"),

  /**
   * {@code close.criterion-in-regular-care}, step 8: In this network the goals are reached when the
   * client is in regular care: close as guided to regular care and name the organisation.
   */
  CLOSE_CRITERION_IN_REGULAR_CARE(
      "close.criterion-in-regular-care",
      EnumSet.of(CLOSE),
      "in this network the goals are reached when the client is in regular care: close as guided to regular care and name the organisation",
      "in dit netwerk zijn de doelen bereikt als de cliënt in de reguliere zorg zit: sluit af als toegeleid naar reguliere zorg en noem de organisatie"),

  /**
   * {@code close.criterion-self-reliant}, step 8: In this network the goals are reached when the
   * client is self-reliant again: every goal of the last evaluation must be reached.
   */
  CLOSE_CRITERION_SELF_RELIANT(
      "close.criterion-self-reliant",
      EnumSet.of(CLOSE),
      "in this network the goals are reached when the client is self-reliant again: every goal of the last evaluation must be reached",
      "in dit netwerk zijn de doelen bereikt als de cliënt weer zelfredzaam is: elk doel van de laatste evaluatie moet bereikt zijn"),

  /**
   * {@code close.remarks-required}, step 8: Closing without the goals reached needs remarks that
   * explain it.
   */
  CLOSE_REMARKS_REQUIRED(
      "close.remarks-required",
      EnumSet.of(CLOSE),
      "closing without the goals reached needs remarks that explain it",
      "afsluiten zonder dat de doelen bereikt zijn vraagt een toelichting"),

  /** {@code follow-up.not-closed}, step 9: Follow-up checks are for closed cases. */
  FOLLOW_UP_NOT_CLOSED(
      "follow-up.not-closed",
      EnumSet.of(FOLLOW_UP),
      "follow-up checks are for closed cases",
      "nazorgcontroles zijn voor afgesloten casussen"),

  /**
   * {@code follow-up.schedule-complete}, step 9: Every follow-up check of the network's schedule is
   * recorded.
   */
  FOLLOW_UP_SCHEDULE_COMPLETE(
      "follow-up.schedule-complete",
      EnumSet.of(FOLLOW_UP),
      "every follow-up check of the network's schedule is recorded",
      "alle nazorgcontroles uit het schema van het netwerk zijn vastgelegd"),

  /** {@code reopen.not-closed}, step 9: Only a closed or ended case can be reopened. */
  REOPEN_NOT_CLOSED(
      "reopen.not-closed",
      EnumSet.of(FOLLOW_UP),
      "only a closed or ended case can be reopened",
      "alleen een afgesloten of beëindigde casus kan worden heropend"),

  /** {@code reopen.deceased}, step 9: The client has died; the case cannot be reopened. */
  REOPEN_DECEASED(
      "reopen.deceased",
      EnumSet.of(FOLLOW_UP),
      "the client has died; the case cannot be reopened",
      "de cliënt is overleden; de casus kan niet worden heropend"),

  /**
   * {@code transfer.same-network}, step 9: A case is handed over to another network, not to its
   * own.
   */
  TRANSFER_SAME_NETWORK(
      "transfer.same-network",
      EnumSet.of(FOLLOW_UP),
      "a case is handed over to another network, not to its own",
      "een casus wordt overgedragen aan een ander netwerk, niet aan het eigen netwerk"),

  /**
   * {@code transfer.legal-basis-unknown}, step 9: The legal basis a handover names must be in the
   * network's catalogue.
   *
   * @since 0.2
   */
  TRANSFER_LEGAL_BASIS_UNKNOWN(
      "transfer.legal-basis-unknown",
      EnumSet.of(FOLLOW_UP),
      "the handover names a legal basis that is not in the network's catalogue",
      "de overdracht noemt een wettelijke grondslag die niet in de catalogus van het netwerk"
          + " staat"),

  /**
   * {@code transfer.consent-or-legal-basis}, step 9: Where the network requires consent, a handover
   * needs the client's consent in force or a legal basis.
   *
   * @since 0.2
   */
  TRANSFER_CONSENT_OR_LEGAL_BASIS(
      "transfer.consent-or-legal-basis",
      EnumSet.of(FOLLOW_UP),
      "a handover shares the case with another network: it needs the client's consent in force"
          + " or a legal basis",
      "een overdracht deelt de casus met een ander netwerk: daarvoor is toestemming van de"
          + " cliënt of een wettelijke grondslag nodig"),

  /**
   * {@code handover.not-pending}, step 9: Only a case handed over and not yet decided on can be
   * accepted or declined.
   *
   * @since 0.2
   */
  HANDOVER_NOT_PENDING(
      "handover.not-pending",
      EnumSet.of(FOLLOW_UP),
      "only a case handed over and not yet decided on can be accepted or declined",
      "alleen een overgedragen casus waarover nog niet is besloten kan worden aanvaard of"
          + " afgewezen"),

  /** {@code consent.date-in-future}, step 9: A consent cannot be signed after today. */
  CONSENT_DATE_IN_FUTURE(
      "consent.date-in-future",
      EnumSet.of(FOLLOW_UP),
      "a consent cannot be signed after today",
      "een toestemming kan niet na vandaag ondertekend zijn"),

  /**
   * {@code consent.already-withdrawn}, step 9: Record a consent as signed; withdraw it with its own
   * command.
   */
  CONSENT_ALREADY_WITHDRAWN(
      "consent.already-withdrawn",
      EnumSet.of(FOLLOW_UP),
      "record a consent as signed; withdraw it with its own command",
      "leg een toestemming vast als ondertekend; trek haar in met een eigen opdracht"),

  /** {@code consent.none-in-force}, step 9: There is no consent in force to withdraw. */
  CONSENT_NONE_IN_FORCE(
      "consent.none-in-force",
      EnumSet.of(FOLLOW_UP),
      "there is no consent in force to withdraw",
      "er is geen geldende toestemming om in te trekken"),

  /**
   * {@code escalation.use-coercion-measure}, step 6: This network escalates to no body for pressure
   * and coercion: record the measure from the catalogue.
   */
  ESCALATION_USE_COERCION_MEASURE(
      "escalation.use-coercion-measure",
      EnumSet.of(EXECUTE),
      "this network escalates to no body for pressure and coercion: record the measure from the catalogue",
      "dit netwerk schaalt voor drang en dwang naar geen orgaan op: leg de maatregel uit de catalogus vast"),

  /**
   * {@code escalation.request-by-trajectory-director}, step 6: The case's trajectory director asks
   * for escalation; the network director escalates.
   */
  ESCALATION_REQUEST_BY_TRAJECTORY_DIRECTOR(
      "escalation.request-by-trajectory-director",
      EnumSet.of(EXECUTE),
      "the case's trajectory director asks for escalation; the network director escalates",
      "de trajectregisseur van de casus vraagt om opschaling; de netwerkregisseur schaalt op"),

  /**
   * {@code escalation.no-such-rung}, step 6: The network has no escalation option with that number
   * (the id dates from when the options were called rungs).
   */
  ESCALATION_NO_SUCH_RUNG(
      "escalation.no-such-rung",
      EnumSet.of(EXECUTE),
      "the network has no escalation option with that number",
      "het netwerk heeft geen opschalingsmogelijkheid met dat nummer"),

  /**
   * {@code escalation.emergency-only}, step 6: This option (the mayor) is only called in a serious
   * emergency: record the reason.
   */
  ESCALATION_EMERGENCY_ONLY(
      "escalation.emergency-only",
      EnumSet.of(EXECUTE),
      "this option (the mayor) is only called in a serious emergency: record the reason",
      "deze mogelijkheid (de burgemeester) wordt alleen ingeschakeld in een ernstige noodsituatie: leg de reden vast"),

  /** {@code escalation.not-open}, step 6: The escalation is not open on this case. */
  ESCALATION_NOT_OPEN(
      "escalation.not-open",
      EnumSet.of(EXECUTE),
      "the escalation is not open on this case",
      "de opschaling staat niet open op deze casus"),

  /** {@code coercion.unknown-measure}, step 6: The measure is not in the network's catalogue. */
  COERCION_UNKNOWN_MEASURE(
      "coercion.unknown-measure",
      EnumSet.of(EXECUTE),
      "the measure is not in the network's catalogue",
      "de maatregel staat niet in de catalogus van het netwerk"),

  /** {@code coercion.historical}, step 6: The measure is no longer in force. */
  COERCION_HISTORICAL(
      "coercion.historical",
      EnumSet.of(EXECUTE),
      "the measure is no longer in force",
      "de maatregel geldt niet meer"),

  /**
   * {@code coercion.authority}, step 6: A measure is recorded only by its executing organisation.
   */
  COERCION_AUTHORITY(
      "coercion.authority",
      EnumSet.of(EXECUTE),
      "a measure is recorded only by its executing organisation",
      "een maatregel wordt alleen vastgelegd door de uitvoerende organisatie"),

  /**
   * {@code coercion.reason-required-to-rise}, step 6: Rising on the pressure and coercion continuum
   * needs a recorded reason.
   */
  COERCION_REASON_REQUIRED_TO_RISE(
      "coercion.reason-required-to-rise",
      EnumSet.of(EXECUTE),
      "rising on the pressure and coercion continuum needs a recorded reason",
      "stijgen op het drang-en-dwangcontinuüm vraagt een vastgelegde reden"),

  /**
   * {@code instrument.own-command}, step 6: This instrument is recorded with its own command, or,
   * for information and consultation, as a network activity without a case.
   */
  INSTRUMENT_OWN_COMMAND(
      "instrument.own-command",
      EnumSet.of(EXECUTE),
      "this instrument is recorded with its own command, or as a network activity without a case",
      "dit instrument wordt met een eigen opdracht vastgelegd, of als netwerkactiviteit zonder casus"),

  /**
   * {@code instrument.guided-explosion-repeated-unreachable}, step 6: A consciously guided
   * explosion is only used after the client repeatedly proved unreachable, did not keep
   * appointments or withdrew from the help.
   */
  INSTRUMENT_GUIDED_EXPLOSION_REPEATED_UNREACHABLE(
      "instrument.guided-explosion-repeated-unreachable",
      EnumSet.of(EXECUTE),
      "a consciously guided explosion is only used after the client repeatedly proved unreachable, did not keep appointments or withdrew from the help",
      "bewust begeleid ontploffen wordt pas ingezet als de cliënt herhaaldelijk niet te bereiken bleek, afspraken niet nakwam of zich onttrok aan de hulpverlening"),

  /**
   * {@code instrument.guided-explosion-core-agreement}, step 6: A consciously guided explosion
   * needs the recorded agreement of every core partner.
   */
  INSTRUMENT_GUIDED_EXPLOSION_CORE_AGREEMENT(
      "instrument.guided-explosion-core-agreement",
      EnumSet.of(EXECUTE),
      "a consciously guided explosion needs the recorded agreement of every core partner",
      "bewust begeleid ontploffen vraagt de vastgelegde instemming van alle kernpartners"),

  /** {@code instrument.no-budget-mandate}, step 6: This network holds no care-purchase budget. */
  INSTRUMENT_NO_BUDGET_MANDATE(
      "instrument.no-budget-mandate",
      EnumSet.of(EXECUTE),
      "this network holds no care-purchase budget",
      "dit netwerk heeft geen budget voor zorginkoop"),

  /**
   * {@code instrument.budget-holder}, step 6: Only the holder of the budget mandate spends the
   * budget.
   */
  INSTRUMENT_BUDGET_HOLDER(
      "instrument.budget-holder",
      EnumSet.of(EXECUTE),
      "only the holder of the budget mandate spends the budget",
      "alleen de houder van het budgetmandaat besteedt het budget"),

  /** {@code instrument.budget-amount}, step 6: State the amount spent. */
  INSTRUMENT_BUDGET_AMOUNT(
      "instrument.budget-amount",
      EnumSet.of(EXECUTE),
      "state the amount spent",
      "vermeld het bestede bedrag"),

  /**
   * {@code instrument.budget-limit}, step 6: The spending would exceed the cap per case the network
   * set on its budget mandate.
   */
  INSTRUMENT_BUDGET_LIMIT(
      "instrument.budget-limit",
      EnumSet.of(EXECUTE),
      "the spending would exceed the cap per case the network set on its budget mandate",
      "de besteding gaat boven het maximum per casus dat het netwerk op het budgetmandaat zette"),

  /**
   * {@code instrument.budget-pot}, step 6: The spending would exceed what is left of the
   * care-purchase pot this calendar year, over all the network's cases (or what the other cases
   * spent is not known).
   */
  INSTRUMENT_BUDGET_POT(
      "instrument.budget-pot",
      EnumSet.of(EXECUTE),
      "the spending would exceed what is left of the care-purchase pot this year, over all the network's cases",
      "de besteding gaat boven wat er dit jaar over is van de pot voor zorginkoop, over alle casussen van het netwerk"),

  /**
   * {@code instrument.no-eviction-with-children}, step 6: This network does not cooperate in an
   * eviction when children live in the household.
   */
  INSTRUMENT_NO_EVICTION_WITH_CHILDREN(
      "instrument.no-eviction-with-children",
      EnumSet.of(EXECUTE),
      "this network does not cooperate in an eviction when children live in the household",
      "dit netwerk werkt niet mee aan een huisuitzetting als er kinderen in het huishouden wonen"),

  /**
   * {@code correction.no-such-entry}, any step: There is no entry at that place in the case's
   * history to correct or withdraw (a correction or withdrawal is not an entry: correct the entry
   * itself).
   */
  CORRECTION_NO_SUCH_ENTRY(
      "correction.no-such-entry",
      EnumSet.allOf(ProcessStep.class),
      "there is no entry at that place in the case's history to correct or withdraw; a correction or withdrawal is not an entry: correct the entry itself",
      "er staat op die plaats in de geschiedenis van de casus geen registratie om te corrigeren of in te trekken; een correctie of intrekking is geen registratie: corrigeer de registratie zelf"),

  /**
   * {@code correction.already-withdrawn}, any step: The entry was withdrawn; it can no longer be
   * corrected or withdrawn.
   */
  CORRECTION_ALREADY_WITHDRAWN(
      "correction.already-withdrawn",
      EnumSet.allOf(ProcessStep.class),
      "the entry was withdrawn; it can no longer be corrected or withdrawn",
      "de registratie is ingetrokken; zij kan niet meer worden gecorrigeerd of ingetrokken"),

  /**
   * {@code correction.not-author}, any step: Only the entry's author or, when the profile allows
   * it, a network director corrects or withdraws an entry.
   */
  CORRECTION_NOT_AUTHOR(
      "correction.not-author",
      EnumSet.allOf(ProcessStep.class),
      "only the entry's author or, when the profile allows it, a network director corrects or withdraws an entry",
      "alleen wie de registratie maakte of, als het profiel dat toestaat, een netwerkregisseur corrigeert of trekt een registratie in"),

  /**
   * {@code correction.period-over}, any step: The author's period to correct or withdraw the entry
   * is over; ask the network director.
   */
  CORRECTION_PERIOD_OVER(
      "correction.period-over",
      EnumSet.allOf(ProcessStep.class),
      "the author's period to correct or withdraw the entry is over; ask the network director",
      "de termijn waarin de maker de registratie mag corrigeren of intrekken is voorbij; vraag de netwerkregisseur"),

  /**
   * {@code correction.same-kind}, any step: A correction records one act of the same kind as the
   * entry, for the same case.
   */
  CORRECTION_SAME_KIND(
      "correction.same-kind",
      EnumSet.allOf(ProcessStep.class),
      "a correction records one act of the same kind as the entry, for the same case",
      "een correctie legt één handeling van dezelfde soort als de registratie vast, voor dezelfde casus"),

  /**
   * {@code correction.signal-identity}, any step: A correction of the opening signal keeps the
   * case's network and client: a case moves to another network by a warm handover, and a report
   * about another client is another case (the client's personal data is kept under the client's
   * number).
   */
  CORRECTION_SIGNAL_IDENTITY(
      "correction.signal-identity",
      EnumSet.allOf(ProcessStep.class),
      "a correction of the signal keeps the case's network and client; hand the case over, or"
          + " open a case for the other client",
      "een correctie van het signaal houdt het netwerk en de cliënt van de casus; draag de casus"
          + " over, of open een casus voor de andere cliënt"),

  /**
   * {@code correction.signal-stays}, any step: The opening signal cannot be withdrawn: a case
   * opened in error is judged out of scope; the signal can be corrected.
   */
  CORRECTION_SIGNAL_STAYS(
      "correction.signal-stays",
      EnumSet.allOf(ProcessStep.class),
      "the opening signal cannot be withdrawn: a case opened in error is judged out of scope; the signal can be corrected",
      "het openingssignaal kan niet worden ingetrokken: een ten onrechte geopende casus wordt buiten de doelgroep beoordeeld; het signaal kan wel worden gecorrigeerd"),

  /**
   * {@code correction.makes-history-impossible}, any step: With the correction the case's history
   * would break a rule: the corrected act is refused under it, or a later act could no longer
   * follow.
   */
  CORRECTION_MAKES_HISTORY_IMPOSSIBLE(
      "correction.makes-history-impossible",
      EnumSet.allOf(ProcessStep.class),
      "with the correction the case's history would break a rule: the corrected act is refused under it, or a later act could no longer follow",
      "met de correctie zou de geschiedenis van de casus een regel breken: de gecorrigeerde handeling wordt geweigerd, of een latere handeling kan niet meer volgen");

  private static final ImmutableMap<String, RuleId> BY_ID =
      Arrays.stream(values())
          .collect(ImmutableMap.toImmutableMap(RuleId::getId, Function.identity()));

  private final String id;
  private final Set<ProcessStep> steps;
  private final String reasonEn;
  private final String reasonNl;

  RuleId(String id, Set<ProcessStep> steps, String reasonEn, String reasonNl) {
    this.id = id;
    this.steps = Sets.immutableEnumSet(steps);
    this.reasonEn = reasonEn;
    this.reasonNl = reasonNl;
  }

  /**
   * The rule with an id.
   *
   * @param id a rule id, for example {@code "plan.next-version"}
   * @return the rule, or empty when the id is not in this catalogue
   */
  public static Optional<RuleId> of(String id) {
    return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The stable rule id, as in {@link nl.lon.core.error.Violation#rule()}.
   *
   * @return the id, for example {@code "plan.next-version"}
   */
  public String getId() {
    return id;
  }

  /**
   * The steps a violation of this rule can name: the steps of the commands that can break it.
   *
   * @return the steps, never empty
   */
  public Set<ProcessStep> getSteps() {
    return steps;
  }

  /**
   * The rule's reason in English, in general terms.
   *
   * @return the reason
   */
  public String getReasonEn() {
    return reasonEn;
  }

  /**
   * The rule's reason in Dutch, in general terms.
   *
   * @return the reason
   */
  public String getReasonNl() {
    return reasonNl;
  }

  /**
   * The rule's reason in general terms: Dutch for {@code nl}, English for every other language.
   *
   * @param locale the reader's locale
   * @return the reason
   */
  @Override
  public String label(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? reasonNl : reasonEn;
  }
}

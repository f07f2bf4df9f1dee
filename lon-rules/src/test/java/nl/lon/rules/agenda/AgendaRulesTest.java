package nl.lon.rules.agenda;

import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.PUBLIC_PROSECUTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;

/**
 * The agenda under each preset, against due dates computed by hand with the Dutch holidays of 2026:
 * Good Friday 3 April, Easter Monday 6 April, Koningsdag Monday 27 April, Liberation Day Tuesday 5
 * May, Ascension Thursday 14 May, Whit Monday 25 May, Christmas Friday 25 and Saturday 26 December,
 * New Year Friday 1 January 2027.
 */
class AgendaRulesTest {

  private static final MethodologyProfile ROTTERDAM = MethodologyProfile.rotterdam();
  private static final MethodologyProfile ENSCHEDE = MethodologyProfile.enschede();
  private static final MethodologyProfile LEEUWARDEN = MethodologyProfile.leeuwarden();

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  // ---------------------------------------------------------------- step 2: judge the report

  @Test
  void forCase_enschedeSignalOnThursdayBeforeEaster_judgeReportDueFiveWorkingDaysLaterOn13April() {
    // Fri 3 Apr Good Friday, Sat, Sun, Mon 6 Apr Easter Monday; Tu 7=1, We 8=2, Th 9=3, Fr 10=4, Mo
    // 13=5
    Case c = new Case(ENSCHEDE).signal(d(2026, 4, 2));

    Obligation o = only(c.agenda(d(2026, 4, 2)), ObligationKind.JUDGE_REPORT);

    assertEquals(d(2026, 4, 13), o.getDueOn());
    assertEquals(d(2026, 4, 2), o.getSince());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertEquals(Optional.empty(), o.getProfessional());
    assertEquals(c.id, o.getCaseId());
    assertEquals(NETWORK, o.getNetwork());
    assertTrue(o.getBasis().contains("5 working days"), o.getBasis());
    assertEquals(1, c.agenda(d(2026, 4, 2)).size());
  }

  @Test
  void forCase_enschedeSignalOnFridayBeforeKingsDay_judgeReportDue4May() {
    // Mon 27 Apr Koningsdag; Tu 28=1, We 29=2, Th 30=3, Fr 1 May=4, Mo 4 May=5
    Case c = new Case(ENSCHEDE).signal(d(2026, 4, 24));

    assertEquals(
        d(2026, 5, 4), only(c.agenda(d(2026, 4, 24)), ObligationKind.JUDGE_REPORT).getDueOn());
  }

  @Test
  void forCase_enschedeSignalBeforeLiberationDay_judgeReportDue7May() {
    // Th 30 Apr=1, Fr 1 May=2, Mo 4=3, Tu 5 May Liberation Day, We 6=4, Th 7=5
    Case c = new Case(ENSCHEDE).signal(d(2026, 4, 29));

    assertEquals(
        d(2026, 5, 7), only(c.agenda(d(2026, 4, 29)), ObligationKind.JUDGE_REPORT).getDueOn());
  }

  @Test
  void forCase_enschedeSignalBeforeChristmas_judgeReportDue31December() {
    // Th 24=1, Fr 25 and Sa 26 Christmas, Su 27, Mo 28=2, Tu 29=3, We 30=4, Th 31=5
    Case c = new Case(ENSCHEDE).signal(d(2026, 12, 23));

    assertEquals(
        d(2026, 12, 31), only(c.agenda(d(2026, 12, 23)), ObligationKind.JUDGE_REPORT).getDueOn());
  }

  @Test
  void forCase_enschedeSignalBetweenChristmasAndNewYear_judgeReportDue6January2027() {
    // We 30=1, Th 31=2, Fr 1 Jan New Year, Mo 4=3, Tu 5=4, We 6=5
    Case c = new Case(ENSCHEDE).signal(d(2026, 12, 29));

    assertEquals(
        d(2027, 1, 6), only(c.agenda(d(2026, 12, 29)), ObligationKind.JUDGE_REPORT).getDueOn());
  }

  @Test
  void forCase_rotterdamWithoutWorkingDayDeadline_judgeReportDueAtTheNextNetworkMeetingIn14Days() {
    Obligation o =
        only(
            new Case(ROTTERDAM).signal(d(2026, 4, 2)).agenda(d(2026, 4, 2)),
            ObligationKind.JUDGE_REPORT);

    assertEquals(d(2026, 4, 16), o.getDueOn(), "calendar days: Easter does not move a meeting");
    assertTrue(o.getBasis().contains("network meeting (14 days)"), o.getBasis());
    // only Enschede has a deadline to judge (l.1413-1414): Rotterdam's due date is assumed
    assertTrue(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("no deadline set; assumed"), o.getBasis());
  }

  @Test
  void forCase_enschedeJudgeReport_dueDateIsTheProfilesDeadlineNotAssumed_l1413() {
    Obligation o =
        only(
            new Case(ENSCHEDE).signal(d(2026, 4, 2)).agenda(d(2026, 4, 2)),
            ObligationKind.JUDGE_REPORT);
    assertFalse(o.isDueDateAssumed());
  }

  @Test
  void
      forCase_rotterdamAcuteCrisisReported_crisisTriageDueTheSameDayInsteadOfJudging_l1414to1416() {
    Case c = new Case(ROTTERDAM);
    c.apply(
        new CaseCommand.ReportSignal(
            c.id,
            NETWORK,
            ClientNumber.of("client-1"),
            RulesFixtures.signalBuilder(d(2026, 4, 2))
                .addConcerns(nl.lon.core.process.Concern.PSYCHOLOGICAL_PROBLEMS)
                .acuteCrisis(true)
                .build(),
            RulesFixtures.SINGLE),
        HOUSING_MEMBER,
        d(2026, 4, 2));

    Agenda a = c.agenda(d(2026, 4, 2));

    assertEquals(List.of(ObligationKind.CRISIS_TRIAGE), kinds(a));
    Obligation o = a.getObligations().get(0);
    assertEquals(d(2026, 4, 2), o.getDueOn());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertTrue(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("crisis service"), o.getBasis());

    c.apply(
        new CaseCommand.JudgeReport(ReportJudgement.ACUTE_CRISIS, "crisis", java.util.Set.of()),
        NETWORK_DIRECTOR,
        d(2026, 4, 2));
    assertFalse(kinds(c.agenda(d(2026, 4, 2))).contains(ObligationKind.CRISIS_TRIAGE));
  }

  @Test
  void forCase_enschedeAcuteCrisisReported_noTriagePromptTheReportIsJudgedAsUsual() {
    Case c = new Case(ENSCHEDE);
    c.apply(
        new CaseCommand.ReportSignal(
            c.id,
            NETWORK,
            ClientNumber.of("client-1"),
            RulesFixtures.signalBuilder(d(2026, 4, 2))
                .addConcerns(nl.lon.core.process.Concern.PSYCHOLOGICAL_PROBLEMS)
                .acuteCrisis(true)
                .build(),
            RulesFixtures.SINGLE),
        HOUSING_MEMBER,
        d(2026, 4, 2));
    assertEquals(List.of(ObligationKind.JUDGE_REPORT), kinds(c.agenda(d(2026, 4, 2))));
  }

  @Test
  void forCase_leeuwardenClientNotInformed_informAndMotivateBeforeJudging_l1401to1402() {
    Case c = new Case(LEEUWARDEN);
    c.apply(
        new CaseCommand.ReportSignal(
            c.id,
            NETWORK,
            ClientNumber.of("client-1"),
            RulesFixtures.signalBuilder(d(2026, 4, 2))
                .addConcerns(nl.lon.core.process.Concern.ISOLATION)
                .clientInformed(false)
                .notInformedReason("the GP fears the client breaks off contact")
                .build(),
            RulesFixtures.SINGLE),
        HOUSING_MEMBER,
        d(2026, 4, 2));

    Obligation o = only(c.agenda(d(2026, 4, 2)), ObligationKind.INFORM_CLIENT);
    assertEquals(d(2026, 4, 30), o.getDueOn(), "with the judgement, at the next meeting");
    assertTrue(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("motivate"), o.getBasis());
    assertEquals(
        List.of(ObligationKind.JUDGE_REPORT),
        kinds(new Case(LEEUWARDEN).signal(d(2026, 4, 2)).agenda(d(2026, 4, 2))),
        "an informed client needs no prompt");

    c.judge(d(2026, 4, 3));
    assertFalse(kinds(c.agenda(d(2026, 4, 3))).contains(ObligationKind.INFORM_CLIENT));
  }

  @Test
  void forCase_leeuwardenWithoutWorkingDayDeadline_judgeReportDueAtTheNextNetworkMeetingIn28Days() {
    Obligation o =
        only(
            new Case(LEEUWARDEN).signal(d(2026, 4, 2)).agenda(d(2026, 4, 2)),
            ObligationKind.JUDGE_REPORT);

    assertEquals(d(2026, 4, 30), o.getDueOn());
    assertTrue(o.getBasis().contains("network meeting (28 days)"), o.getBasis());
  }

  // ---------------------------------------------------------------- step 3: coordination decision

  @Test
  void forCase_reportJudged_judgeReportDisappearsAndTheCoordinationDecisionIsDueAtTheNextMeeting() {
    LocalDate judged = d(2026, 4, 8);
    assertEquals(d(2026, 4, 22), coordinationDue(ENSCHEDE, judged));
    assertEquals(d(2026, 5, 6), coordinationDue(LEEUWARDEN, judged));
    Case rotterdam = new Case(ROTTERDAM).signal(d(2026, 4, 2)).judge(judged);
    rotterdam.apply(
        new CaseCommand.RequestInformation(java.util.Set.of(GGD), "known?"),
        NETWORK_DIRECTOR,
        judged);
    assertEquals(List.of(ObligationKind.COORDINATION_DECISION), kinds(rotterdam.agenda(judged)));
    assertEquals(d(2026, 4, 22), rotterdam.agenda(judged).getObligations().get(0).getDueOn());
  }

  private static LocalDate coordinationDue(MethodologyProfile p, LocalDate judged) {
    Agenda a = new Case(p).signal(d(2026, 4, 2)).judge(judged).agenda(judged);
    Obligation o = only(a, ObligationKind.COORDINATION_DECISION);
    assertEquals(judged, o.getSince());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    // no network has a deadline for the coordination decision (l.1432-1433)
    assertTrue(o.isDueDateAssumed(), p.getId());
    return o.getDueOn();
  }

  @Test
  void forCase_rotterdamReportJudged_inquiryRoundFirstThenTheCoordinationDecision_l1423() {
    LocalDate judged = d(2026, 4, 8);
    Case c = new Case(ROTTERDAM).signal(d(2026, 4, 2)).judge(judged);

    Agenda before = c.agenda(judged);
    assertEquals(List.of(ObligationKind.INQUIRY_ROUND), kinds(before));
    Obligation round = before.getObligations().get(0);
    assertTrue(round.getBasis().contains("partners chosen for this report"), round.getBasis());
    assertTrue(round.isDueDateAssumed());

    c.apply(
        new CaseCommand.RequestInformation(java.util.Set.of(GGD), "known?"),
        NETWORK_DIRECTOR,
        d(2026, 4, 9));
    assertEquals(List.of(ObligationKind.COORDINATION_DECISION), kinds(c.agenda(d(2026, 4, 9))));
  }

  @Test
  void forCase_leeuwardenAndEnschedeReportJudged_inquiryRoundSaysWhomToAsk_l1420to1422() {
    LocalDate judged = d(2026, 4, 8);
    Obligation leeuwarden =
        only(
            new Case(LEEUWARDEN).signal(d(2026, 4, 2)).judge(judged).agenda(judged),
            ObligationKind.INQUIRY_ROUND);
    assertTrue(leeuwarden.getBasis().contains("all network partners"), leeuwarden.getBasis());
    Obligation enschede =
        only(
            new Case(ENSCHEDE).signal(d(2026, 4, 2)).judge(judged).agenda(judged),
            ObligationKind.INQUIRY_ROUND);
    assertTrue(enschede.getBasis().contains("other networks too"), enschede.getBasis());

    Case asked = new Case(ENSCHEDE).signal(d(2026, 4, 2)).judge(judged);
    asked.apply(
        new CaseCommand.RequestInformation(
            java.util.Set.of(), java.util.Set.of(Cast.OTHER_NETWORK), "known in your network?"),
        NETWORK_DIRECTOR,
        judged);
    assertEquals(List.of(ObligationKind.COORDINATION_DECISION), kinds(asked.agenda(judged)));
    assertEquals(
        java.util.Set.of(Cast.OTHER_NETWORK),
        ((nl.lon.core.event.InformationRequested) lastEvent(asked)).getNetworks());
  }

  private static nl.lon.core.event.CaseEvent lastEvent(Case c) {
    return c.lastDecision.getEvents().get(c.lastDecision.getEvents().size() - 1);
  }

  @Test
  void forCase_reportJudgedOutOfScope_leavesNoObligation() {
    Case c = new Case(ENSCHEDE).signal(d(2026, 4, 2));
    c.apply(
        new CaseCommand.JudgeReport(
            ReportJudgement.OUT_OF_SCOPE, "no multi-problem situation", java.util.Set.of()),
        NETWORK_DIRECTOR,
        d(2026, 4, 3));

    assertEquals(0, c.agenda(d(2026, 4, 3)).size());
  }

  @Test
  void forCase_emptyCase_hasNoObligations() {
    assertEquals(0, AgendaRules.of(ENSCHEDE).forCase(CaseState.empty(), d(2026, 4, 2)).size());
  }

  // ---------------------------------------------------------------- steps 4-5: appoint a problem
  // owner

  @Test
  void forCase_enschedeCoordinationDecidedBeforeLiberationDay_appointProblemOwnerDue7May() {
    // Th 30 Apr=1, Fr 1 May=2, Mo 4=3, Tu 5 May off, We 6=4, Th 7=5
    Obligation o =
        only(
            coordinated(ENSCHEDE, d(2026, 4, 29)).agenda(d(2026, 4, 29)),
            ObligationKind.APPOINT_PROBLEM_OWNER);

    assertEquals(d(2026, 5, 7), o.getDueOn());
    assertEquals(d(2026, 4, 29), o.getSince());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
  }

  @Test
  void forCase_enschedeCoordinationDecidedBeforeChristmas_appointProblemOwnerDue30December() {
    // We 23=1, Th 24=2, Fr 25 and Sa 26 off, Mo 28=3, Tu 29=4, We 30=5
    Obligation o =
        only(
            coordinated(ENSCHEDE, d(2026, 12, 22)).agenda(d(2026, 12, 22)),
            ObligationKind.APPOINT_PROBLEM_OWNER);

    assertEquals(d(2026, 12, 30), o.getDueOn());
  }

  @Test
  void forCase_rotterdamAndLeeuwardenCoordinationDecided_appointmentDueAtTheNextNetworkMeeting() {
    assertEquals(
        d(2026, 5, 13),
        only(
                coordinated(ROTTERDAM, d(2026, 4, 29)).agenda(d(2026, 4, 29)),
                ObligationKind.APPOINT_PROBLEM_OWNER)
            .getDueOn());
    assertEquals(
        d(2026, 5, 27),
        only(
                coordinated(LEEUWARDEN, d(2026, 4, 29)).agenda(d(2026, 4, 29)),
                ObligationKind.APPOINT_PROBLEM_OWNER)
            .getDueOn());
  }

  @Test
  void forCase_problemOwnerAppointed_appointmentObligationDisappearsAndPlanIsDue() {
    Case c = coordinated(ENSCHEDE, d(2026, 4, 29)).appoint(d(2026, 5, 4));

    Agenda a = c.agenda(d(2026, 5, 4));

    // and the team leader chairs the MDO where the plan is presented (l.1484-1486)
    assertEquals(
        java.util.Set.of(ObligationKind.PRESENT_PLAN, ObligationKind.CHAIR_FIRST_CASE_CONFERENCE),
        java.util.Set.copyOf(kinds(a)));
  }

  // ---------------------------------------------------------------- step 5: present the plan

  @Test
  void forCase_enschedeAppointedBeforeChristmas_presentPlanDueTenWorkingDaysLaterOn6January() {
    // Tu 22=1, We 23=2, Th 24=3, Fr 25/Sa 26 off, Mo 28=4, Tu 29=5, We 30=6, Th 31=7, Fr 1 Jan off,
    // Mo 4=8, Tu 5=9, We 6=10
    Case c = coordinated(ENSCHEDE, d(2026, 12, 16)).appoint(d(2026, 12, 21));

    Obligation o = only(c.agenda(d(2026, 12, 21)), ObligationKind.PRESENT_PLAN);

    assertEquals(d(2027, 1, 6), o.getDueOn());
    assertEquals(d(2026, 12, 21), o.getSince());
    assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, o.getRole());
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
    assertTrue(o.getBasis().contains("10 working days"), o.getBasis());
  }

  @Test
  void forCase_enschedeAppointedBeforeEaster_presentPlanDue17April() {
    // Th 2=1, Fr 3 and Mo 6 off, Tu 7=2, We 8=3, Th 9=4, Fr 10=5, Mo 13=6, Tu 14=7, We 15=8, Th
    // 16=9, Fr 17=10
    Case c = coordinated(ENSCHEDE, d(2026, 3, 30)).appoint(d(2026, 4, 1));

    assertEquals(
        d(2026, 4, 17), only(c.agenda(d(2026, 4, 1)), ObligationKind.PRESENT_PLAN).getDueOn());
  }

  @Test
  void forCase_enschedeAppointedNotYetAccepted_acceptFirst_thenTenWorkingDaysFromTheAcceptance() {
    // l.1482-1484: "binnen tien werkdagen na het aanvaarden van het probleemhouderschap"
    Case c = coordinated(ENSCHEDE, d(2026, 3, 2));
    c.apply(Commands.appoint(ENSCHEDE), NETWORK_DIRECTOR, d(2026, 3, 4));
    Obligation accept = only(c.agenda(d(2026, 3, 4)), ObligationKind.ACCEPT_OWNERSHIP);
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), accept.getProfessional());
    assertTrue(accept.isDueDateAssumed());
    assertFalse(kinds(c.agenda(d(2026, 3, 4))).contains(ObligationKind.PRESENT_PLAN));

    // accepted on Monday 9 March: ten working days run to Monday 23 March
    c.apply(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR, d(2026, 3, 9));
    assertFalse(kinds(c.agenda(d(2026, 3, 9))).contains(ObligationKind.ACCEPT_OWNERSHIP));
    assertEquals(
        d(2026, 3, 23), only(c.agenda(d(2026, 3, 9)), ObligationKind.PRESENT_PLAN).getDueOn());
  }

  @Test
  void forCase_enschedeBeforeTheFirstMdo_theTeamLeaderChairsIt_l1484to1486() {
    Case c = coordinated(ENSCHEDE, d(2026, 3, 2)).appoint(d(2026, 3, 4));
    Obligation chair = only(c.agenda(d(2026, 3, 4)), ObligationKind.CHAIR_FIRST_CASE_CONFERENCE);
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, chair.getRole());
    assertEquals(
        only(c.agenda(d(2026, 3, 4)), ObligationKind.PRESENT_PLAN).getDueOn(), chair.getDueOn());
    c.apply(
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(
                nl.lon.core.process.MeetingKind.CASE_CONFERENCE, d(2026, 3, 10), false)),
        NETWORK_DIRECTOR,
        d(2026, 3, 10));
    assertFalse(
        kinds(c.agenda(d(2026, 3, 10))).contains(ObligationKind.CHAIR_FIRST_CASE_CONFERENCE));
    assertFalse(
        kinds(coordinated(ROTTERDAM, d(2026, 3, 2)).appoint(d(2026, 3, 4)).agenda(d(2026, 3, 4)))
            .contains(ObligationKind.CHAIR_FIRST_CASE_CONFERENCE));
  }

  @Test
  void forCase_rotterdamAppointed_noAcceptanceAsked() {
    Case c = coordinated(ROTTERDAM, d(2026, 3, 2));
    c.apply(Commands.appoint(ROTTERDAM), NETWORK_DIRECTOR, d(2026, 3, 4));
    assertFalse(kinds(c.agenda(d(2026, 3, 4))).contains(ObligationKind.ACCEPT_OWNERSHIP));
  }

  @Test
  void forCase_enschedeAppointedBeforeKingsDayAndLiberationDay_presentPlanDue12May() {
    // Mo 27 Apr off, Tu 28=1, We 29=2, Th 30=3, Fr 1=4, Mo 4=5, Tu 5 off, We 6=6, Th 7=7, Fr 8=8,
    // Mo 11=9, Tu 12=10
    Case c = coordinated(ENSCHEDE, d(2026, 4, 22)).appoint(d(2026, 4, 24));

    assertEquals(
        d(2026, 5, 12), only(c.agenda(d(2026, 4, 24)), ObligationKind.PRESENT_PLAN).getDueOn());
  }

  @Test
  void forCase_rotterdamCoordinated_networkDirectorDraftsAConceptPlanForTheMeeting_l1452() {
    // l.1452: "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op"
    Agenda a = coordinated(ROTTERDAM, d(2026, 12, 16)).agenda(d(2026, 12, 16));

    Obligation o = only(a, ObligationKind.PRESENT_PLAN);
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertEquals(Optional.empty(), o.getProfessional());
    assertEquals(d(2026, 12, 16), o.getSince());
    assertEquals(d(2026, 12, 30), o.getDueOn());
    assertTrue(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("concept plan"), o.getBasis());
    assertTrue(kinds(a).contains(ObligationKind.APPOINT_PROBLEM_OWNER), "appointed in the meeting");
  }

  @Test
  void forCase_rotterdamAndLeeuwardenAppointed_planStaysWithTheNetworkDirector() {
    Obligation r =
        only(
            coordinated(ROTTERDAM, d(2026, 12, 16))
                .appoint(d(2026, 12, 21))
                .agenda(d(2026, 12, 21)),
            ObligationKind.PRESENT_PLAN);
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, r.getRole());
    assertEquals(d(2026, 12, 30), r.getDueOn());
    Obligation l =
        only(
            coordinated(LEEUWARDEN, d(2026, 12, 16))
                .appoint(d(2026, 12, 21))
                .agenda(d(2026, 12, 21)),
            ObligationKind.PRESENT_PLAN);
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, l.getRole());
    assertEquals(d(2027, 1, 13), l.getDueOn());
  }

  @Test
  void forCase_integralPictureFormed_planStaysDueAndDisappearsWhenAdopted() {
    Case c =
        coordinated(ENSCHEDE, d(2026, 12, 16))
            .appoint(d(2026, 12, 21))
            .scanAndPicture(d(2026, 12, 22));
    assertEquals(
        d(2027, 1, 6), only(c.agenda(d(2026, 12, 22)), ObligationKind.PRESENT_PLAN).getDueOn());

    c.plan(d(2027, 1, 5));

    assertFalse(kinds(c.agenda(d(2027, 1, 5))).contains(ObligationKind.PRESENT_PLAN));
  }

  // ---------------------------------------------------------------- step 6: execute

  @Test
  void forCase_planAdoptedUnderEveryPreset_firstContactDueOneMonthAfterAppointment() {
    for (MethodologyProfile p : RulesFixtures.presets()) {
      Case c = executing(p, d(2026, 3, 31), d(2026, 4, 2));

      Obligation o = only(c.agenda(d(2026, 4, 2)), ObligationKind.FIRST_CONTACT);

      assertEquals(d(2026, 4, 30), o.getDueOn(), p.getId() + ": 31 March plus one month");
      assertEquals(d(2026, 3, 31), o.getSince());
      assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, o.getRole());
      assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
      assertFalse(kinds(c.agenda(d(2026, 4, 2))).contains(ObligationKind.PROGRESS_REPORT));
    }
  }

  @Test
  void forCase_progressReported_firstContactDisappearsAndNextReportDueInThreeMonths() {
    for (MethodologyProfile p : RulesFixtures.presets()) {
      Case c = executing(p, d(2026, 3, 31), d(2026, 4, 2)).progress(d(2026, 5, 29), false);

      Agenda a = c.agenda(d(2026, 5, 29));

      assertFalse(kinds(a).contains(ObligationKind.FIRST_CONTACT), p.getId());
      Obligation o = only(a, ObligationKind.PROGRESS_REPORT);
      assertEquals(d(2026, 8, 29), o.getDueOn(), p.getId());
      assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
    }
  }

  @Test
  void forCase_planAdopted_monthlyProgressTalkDueFromAppointmentAndMovesWhenHeld() {
    for (MethodologyProfile p : RulesFixtures.presets()) {
      Case c = executing(p, d(2026, 3, 31), d(2026, 4, 2));
      Obligation first = only(c.agenda(d(2026, 4, 2)), ObligationKind.PROGRESS_TALK);
      assertEquals(d(2026, 4, 30), first.getDueOn(), p.getId());
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, first.getRole());

      c.talk(d(2026, 5, 6));

      Obligation next = only(c.agenda(d(2026, 5, 6)), ObligationKind.PROGRESS_TALK);
      assertEquals(d(2026, 6, 6), next.getDueOn(), p.getId());
      assertEquals(d(2026, 5, 6), next.getSince());
    }
  }

  @Test
  void forCase_networkDirectorIsTemporaryProblemOwner_noProgressTalkWithThemselves() {
    Case c = coordinated(ROTTERDAM, d(2026, 3, 30));
    c.apply(
        new CaseCommand.AppointTrajectoryDirector(
            NETWORK_DIRECTOR.getId(), GGD, ROTTERDAM.getAppointedBy(), true),
        NETWORK_DIRECTOR,
        d(2026, 3, 31));
    c.scanAndPicture(d(2026, 3, 31)).plan(d(2026, 4, 2));

    Agenda a = c.agenda(d(2026, 4, 2));

    assertFalse(kinds(a).contains(ObligationKind.PROGRESS_TALK));
    assertEquals(
        Optional.of(NETWORK_DIRECTOR.getId()),
        only(a, ObligationKind.FIRST_CONTACT).getProfessional());
  }

  // ---------------------------------------------------------------- step 7: evaluate

  @Test
  void forCase_leeuwarden_evaluationDueAtEveryNetworkMeetingByTheNetworkDirector() {
    Case c = executing(LEEUWARDEN, d(2026, 3, 31), d(2026, 4, 2));

    Obligation o = only(c.agenda(d(2026, 4, 2)), ObligationKind.EVALUATION);

    assertEquals(d(2026, 4, 30), o.getDueOn());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertEquals(Optional.empty(), o.getProfessional());
    assertTrue(o.getBasis().contains("every network meeting"), o.getBasis());
  }

  @Test
  void forCase_leeuwardenEvaluationRecorded_nextEvaluationDueAtTheFollowingMeeting() {
    Case c =
        executing(LEEUWARDEN, d(2026, 3, 31), d(2026, 4, 2))
            .evaluate(d(2026, 4, 29), EvaluationDecision.CONTINUE);

    Obligation o = only(c.agenda(d(2026, 4, 29)), ObligationKind.EVALUATION);

    assertEquals(d(2026, 4, 29), o.getSince());
    assertEquals(d(2026, 5, 27), o.getDueOn());
  }

  @Test
  void forCase_enschede_evaluationFromTimeToTimeByTheTrajectoryDirector_l1518() {
    // "Van tijd tot tijd" (l.1518): no interval; prompted with the progress report, assumed
    Case c = executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2));

    Obligation o = only(c.agenda(d(2026, 4, 2)), ObligationKind.EVALUATION);

    assertEquals(d(2026, 7, 2), o.getDueOn());
    assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, o.getRole());
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
    assertTrue(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("from time to time"), o.getBasis());
    assertTrue(o.getBasis().contains("3 month"), o.getBasis());
  }

  @Test
  void forCase_profileWithAnEvaluationInterval_dueAfterItAndNotAssumed() {
    MethodologyProfile twoMonths =
        MethodologyProfile.builder().from(ENSCHEDE).evaluationEveryMonths(2).build();
    Obligation o =
        only(
            executing(twoMonths, d(2026, 3, 31), d(2026, 4, 2)).agenda(d(2026, 4, 2)),
            ObligationKind.EVALUATION);
    assertEquals(d(2026, 6, 2), o.getDueOn());
    assertFalse(o.isDueDateAssumed());
    assertTrue(o.getBasis().contains("every 2 month"), o.getBasis());
  }

  @Test
  void forCase_rotterdam_evaluationDueEveryThreeMonthsByTheNetworkDirector() {
    Obligation o =
        only(
            executing(ROTTERDAM, d(2026, 3, 31), d(2026, 4, 2)).agenda(d(2026, 4, 2)),
            ObligationKind.EVALUATION);

    assertEquals(d(2026, 7, 2), o.getDueOn());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertEquals(Optional.empty(), o.getProfessional());
  }

  @Test
  void forCase_evaluationDecidedToAdjust_adjustPlanDueAtTheNextMeetingInsteadOfAnEvaluation() {
    assertEquals(d(2026, 5, 20), adjustDue(ROTTERDAM));
    assertEquals(d(2026, 5, 20), adjustDue(ENSCHEDE));
    assertEquals(d(2026, 6, 3), adjustDue(LEEUWARDEN));
  }

  private static LocalDate adjustDue(MethodologyProfile p) {
    Case c =
        executing(p, d(2026, 3, 31), d(2026, 4, 2))
            .evaluate(d(2026, 5, 6), EvaluationDecision.ADJUST);
    Agenda a = c.agenda(d(2026, 5, 6));
    assertFalse(kinds(a).contains(ObligationKind.EVALUATION), p.getId());
    Obligation o = only(a, ObligationKind.ADJUST_PLAN);
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
    c.apply(
        new CaseCommand.AdjustPlan(RulesFixtures.plan(2, d(2026, 5, 12))),
        NETWORK_DIRECTOR,
        d(2026, 5, 12));
    assertFalse(kinds(c.agenda(d(2026, 5, 12))).contains(ObligationKind.ADJUST_PLAN), p.getId());
    assertTrue(kinds(c.agenda(d(2026, 5, 12))).contains(ObligationKind.EVALUATION), p.getId());
    return o.getDueOn();
  }

  @Test
  void forCase_deviationReported_adjustPlanDueAtTheNextMeeting() {
    Case c = executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2)).progress(d(2026, 4, 15), true);

    Obligation o = only(c.agenda(d(2026, 4, 15)), ObligationKind.ADJUST_PLAN);

    assertEquals(d(2026, 4, 29), o.getDueOn());
    assertFalse(kinds(c.agenda(d(2026, 4, 15))).contains(ObligationKind.EVALUATION));
  }

  // ---------------------------------------------------------------- steps 8-9: close and follow up

  @Test
  void forCase_evaluationDecidedToClose_closeDueAtTheNextMeetingAndNothingElseRuns() {
    for (MethodologyProfile p : RulesFixtures.presets()) {
      Case c =
          executing(p, d(2026, 3, 31), d(2026, 4, 2))
              .evaluate(d(2026, 6, 10), EvaluationDecision.CLOSE);

      Agenda a = c.agenda(d(2026, 6, 10));

      assertEquals(List.of(ObligationKind.CLOSE_CASE), kinds(a), p.getId());
      LocalDate expected = p.getNetworkMeetingIntervalDays() == 14 ? d(2026, 6, 24) : d(2026, 7, 8);
      Obligation close = a.getObligations().get(0);
      assertEquals(expected, close.getDueOn(), p.getId());
      assertTrue(close.isDueDateAssumed(), p.getId());
      // E and L: the problem owner closes (l.1503, l.1603); R: not described, the network director
      assertEquals(p.getClosedBy(), close.getRole(), p.getId());
      assertEquals(
          p.getClosedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR
              ? Optional.of(TRAJECTORY_DIRECTOR.getId())
              : Optional.empty(),
          close.getProfessional(),
          p.getId());
    }
  }

  @Test
  void forCase_rotterdamClosed_followUpChecksAtSixAndTwelveMonthsDisappearingAsRecorded() {
    Case c = closed(ROTTERDAM, d(2026, 6, 30));

    Agenda a = c.agenda(d(2026, 6, 30));
    assertEquals(List.of(ObligationKind.FOLLOW_UP_CHECK, ObligationKind.FOLLOW_UP_CHECK), kinds(a));
    assertEquals(List.of(d(2026, 12, 30), d(2027, 6, 30)), dues(a));
    assertEquals(d(2026, 6, 30), a.getObligations().get(0).getSince());

    c.followUp(d(2026, 12, 30));
    assertEquals(List.of(d(2027, 6, 30)), dues(c.agenda(d(2026, 12, 30))));

    c.followUp(d(2027, 6, 30));
    assertEquals(0, c.agenda(d(2027, 6, 30)).size());
  }

  @Test
  void forCase_enschedeAndLeeuwardenClosed_oneFollowUpCheckAtSixMonths() {
    for (MethodologyProfile p : List.of(ENSCHEDE, LEEUWARDEN)) {
      Case c = closed(p, d(2026, 6, 30));
      assertEquals(List.of(d(2026, 12, 30)), dues(c.agenda(d(2026, 6, 30))), p.getId());

      c.followUp(d(2027, 1, 4));

      assertEquals(0, c.agenda(d(2027, 1, 4)).size(), p.getId());
    }
  }

  @Test
  void forCase_closedOnTheLastDayOfAugust_sixMonthCheckOnTheLastDayOfFebruary() {
    assertEquals(
        List.of(d(2027, 2, 28)), dues(closed(ENSCHEDE, d(2026, 8, 31)).agenda(d(2026, 8, 31))));
  }

  @Test
  void forCase_clientDroppedOut_discussAgainAtTheNextNetworkMeetingNotReopened_l549to550() {
    // l.549-550: "zou het LON de cliënt opnieuw moeten bespreken"
    for (MethodologyProfile p : RulesFixtures.presets()) {
      Case c = closed(p, d(2026, 4, 2));
      c.apply(Commands.followUp(FollowUpOutcome.DROPPED_OUT), NETWORK_DIRECTOR, d(2026, 10, 2));

      assertEquals(nl.lon.core.process.CaseStatus.CLOSED, c.state().getStatus(), p.getId());
      Obligation o = only(c.agenda(d(2026, 10, 2)), ObligationKind.DISCUSS_AGAIN);
      assertEquals(d(2026, 10, 2), o.getSince());
      assertEquals(d(2026, 10, 2).plusDays(p.getNetworkMeetingIntervalDays()), o.getDueOn());
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
      assertTrue(o.isDueDateAssumed());

      c.apply(
          new CaseCommand.HoldMeeting(
              RulesFixtures.meeting(
                  nl.lon.core.process.MeetingKind.NETWORK_MEETING, d(2026, 10, 8), true)),
          NETWORK_DIRECTOR,
          d(2026, 10, 8));
      assertFalse(
          kinds(c.agenda(d(2026, 10, 8))).contains(ObligationKind.DISCUSS_AGAIN), p.getId());
    }
  }

  @Test
  void forCase_leeuwardenStalledProgress_backToTheTeamAtTheNextMeeting_l1606() {
    // l.1606: the problem owner "brengt de casus opnieuw in het sociaal team als de voortgang
    // stagneert"
    Case c = executing(LEEUWARDEN, d(2026, 3, 2), d(2026, 3, 9));
    c.apply(
        new CaseCommand.ReportProgress(
            nl.lon.core.process.ProgressReport.builder()
                .summary("no step forward in two months")
                .deviatesFromPlan(false)
                .stalled(true)
                .build()),
        TRAJECTORY_DIRECTOR,
        d(2026, 5, 4));
    Obligation o = only(c.agenda(d(2026, 5, 4)), ObligationKind.DISCUSS_AGAIN);
    assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, o.getRole());
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional());
    assertEquals(d(2026, 5, 4).plusDays(LEEUWARDEN.getNetworkMeetingIntervalDays()), o.getDueOn());
    assertTrue(o.isDueDateAssumed());

    c.apply(
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(
                nl.lon.core.process.MeetingKind.NETWORK_MEETING, d(2026, 5, 12), true)),
        NETWORK_DIRECTOR,
        d(2026, 5, 12));
    assertFalse(kinds(c.agenda(d(2026, 5, 12))).contains(ObligationKind.DISCUSS_AGAIN));
  }

  @Test
  void forCase_stalledProgressElsewhere_noObligation() {
    for (MethodologyProfile p : List.of(ROTTERDAM, ENSCHEDE)) {
      Case c = executing(p, d(2026, 3, 2), d(2026, 3, 9));
      c.apply(
          new CaseCommand.ReportProgress(
              nl.lon.core.process.ProgressReport.builder()
                  .summary("no step forward in two months")
                  .deviatesFromPlan(false)
                  .stalled(true)
                  .build()),
          TRAJECTORY_DIRECTOR,
          d(2026, 5, 4));
      assertFalse(kinds(c.agenda(d(2026, 5, 4))).contains(ObligationKind.DISCUSS_AGAIN), p.getId());
    }
  }

  @Test
  void forCase_reopenedAfterTheClientDroppedOut_appointmentIsDueAgainFromTheReopening() {
    // a profile that reopens at once; reopened Friday 2 October 2026: Mo 5=1, Tu 6=2, We 7=3, Th
    // 8=4, Fr 9=5
    MethodologyProfile reopens =
        MethodologyProfile.builder()
            .from(ENSCHEDE)
            .followUp(nl.lon.rules.profile.FollowUpPolicy.of(true, 6))
            .build();
    Case c = closed(reopens, d(2026, 4, 2));
    c.apply(Commands.followUp(FollowUpOutcome.DROPPED_OUT), NETWORK_DIRECTOR, d(2026, 10, 2));
    assertFalse(kinds(c.agenda(d(2026, 10, 2))).contains(ObligationKind.DISCUSS_AGAIN));

    Obligation o = only(c.agenda(d(2026, 10, 2)), ObligationKind.APPOINT_PROBLEM_OWNER);

    assertEquals(d(2026, 10, 2), o.getSince());
    assertEquals(d(2026, 10, 9), o.getDueOn());
  }

  @Test
  void forCase_transferredCase_hasNoObligations() {
    Case c = executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2));
    c.apply(
        new CaseCommand.Transfer(
            WarmHandover.of(
                Cast.OTHER_NETWORK, "network director LON Zuid", "client moved to the south")),
        NETWORK_DIRECTOR,
        d(2026, 4, 10));

    assertEquals(0, c.agenda(d(2026, 4, 10)).size());
  }

  // ---------------------------------------------------------------- escalations and statutory
  // deadlines

  @Test
  void forCase_openContentEscalation_dueWithTheBodyOfItsRungAndGoneWhenResolved() {
    Case c = executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2));
    c.apply(
        new CaseCommand.Escalate(
            EscalationKind.CONTENT, 1, "client refuses every offer", Optional.empty()),
        NETWORK_DIRECTOR,
        d(2026, 5, 4));

    Obligation o = only(c.agenda(d(2026, 5, 4)), ObligationKind.ESCALATION);

    assertEquals(Optional.of("case conference"), o.getBody());
    assertEquals(d(2026, 6, 1), o.getDueOn());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());

    c.apply(
        new CaseCommand.ResolveEscalation(
            EscalationId.of("esc-1"),
            EscalationResolution.of(ResolutionKind.AD_HOC, "one-off exception", "waiting list")),
        NETWORK_DIRECTOR,
        d(2026, 5, 20));
    assertFalse(kinds(c.agenda(d(2026, 5, 20))).contains(ObligationKind.ESCALATION));
  }

  @Test
  void forCase_openOrganisationalEscalation_awaitsTheHigherManagers() {
    Case c = executing(ROTTERDAM, d(2026, 3, 31), d(2026, 4, 2));
    c.apply(
        new CaseCommand.Escalate(
            EscalationKind.ORGANISATIONAL, 1, "partner withdrew", Optional.empty()),
        NETWORK_DIRECTOR,
        d(2026, 5, 4));

    assertEquals(
        Optional.of("higher managers of the partners or the municipality"),
        only(c.agenda(d(2026, 5, 4)), ObligationKind.ESCALATION).getBody());
  }

  @Test
  void forCase_crisisMeasure_statutoryDeadlineInThreeDaysGoneWhenContinuationIsAuthorised() {
    Case c =
        executing(LEEUWARDEN, d(2026, 3, 31), d(2026, 4, 2))
            .coercion(CoercionCatalogue.CRISIS_MEASURE, MUNICIPAL_OFFICER, d(2026, 5, 4));

    Obligation o = only(c.agenda(d(2026, 5, 4)), ObligationKind.STATUTORY_DEADLINE);

    assertEquals(d(2026, 5, 7), o.getDueOn());
    assertEquals(d(2026, 5, 4), o.getSince());
    assertEquals(
        Optional.of("crisis measure lapses unless the court authorises continuation"), o.getBody());
    assertTrue(o.getBasis().contains("Wvggz art. 7:7"), o.getBasis());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());

    c.coercion(CoercionCatalogue.CRISIS_CONTINUATION, PUBLIC_PROSECUTOR, d(2026, 5, 6));
    assertFalse(kinds(c.agenda(d(2026, 5, 6))).contains(ObligationKind.STATUTORY_DEADLINE));
  }

  @Test
  void forCase_wvggzReport_inquiryDueInFourteenDaysGoneWhenConcluded() {
    Case c =
        executing(ROTTERDAM, d(2026, 3, 31), d(2026, 4, 2))
            .coercion(CoercionCatalogue.WVGGZ_REPORT, MUNICIPAL_OFFICER, d(2026, 5, 4));

    Obligation o = only(c.agenda(d(2026, 5, 4)), ObligationKind.STATUTORY_DEADLINE);
    assertEquals(d(2026, 5, 18), o.getDueOn());
    assertEquals(Optional.of("finish the exploratory inquiry"), o.getBody());

    c.coercion(CoercionCatalogue.WVGGZ_INQUIRY_CONCLUDED, MUNICIPAL_OFFICER, d(2026, 5, 15));
    assertFalse(kinds(c.agenda(d(2026, 5, 15))).contains(ObligationKind.STATUTORY_DEADLINE));
  }

  @Test
  void forCase_wvggzReportFollowedByACrisisMeasure_reportDeadlineMetAndCrisisDeadlineRuns() {
    Case c =
        executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2))
            .coercion(CoercionCatalogue.WVGGZ_REPORT, MUNICIPAL_OFFICER, d(2026, 5, 4))
            .coercion(CoercionCatalogue.CRISIS_MEASURE, MUNICIPAL_OFFICER, d(2026, 5, 8));

    List<Obligation> deadlines =
        c.agenda(d(2026, 5, 8))
            .filter(o -> o.getKind() == ObligationKind.STATUTORY_DEADLINE)
            .getObligations();

    assertEquals(1, deadlines.size(), () -> "deadlines " + deadlines);
    assertEquals(d(2026, 5, 11), deadlines.get(0).getDueOn());
  }

  @Test
  void forCase_measureWithoutAStatutoryClock_addsNoDeadline() {
    Case c =
        executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2))
            .coercion(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, HOUSING_MEMBER, d(2026, 5, 4));

    assertFalse(kinds(c.agenda(d(2026, 5, 4))).contains(ObligationKind.STATUTORY_DEADLINE));
  }

  // ---------------------------------------------------------------- overdue, order, filters

  @Test
  void forCase_onTheDueDate_notOverdueTheDayAfterOverdue() {
    Case c = new Case(ENSCHEDE).signal(d(2026, 4, 2));

    assertFalse(only(c.agenda(d(2026, 4, 13)), ObligationKind.JUDGE_REPORT).isOverdue());
    assertEquals(0, c.agenda(d(2026, 4, 13)).overdue().size());
    assertTrue(only(c.agenda(d(2026, 4, 14)), ObligationKind.JUDGE_REPORT).isOverdue());
    assertEquals(1, c.agenda(d(2026, 4, 14)).overdue().size());
    assertEquals(d(2026, 4, 14), c.agenda(d(2026, 4, 14)).getDate());
  }

  @Test
  void forCases_manyCases_sortedByDueDateThenCaseId() {
    CaseState late = new Case(ENSCHEDE, "case-a").signal(d(2026, 12, 29)).state(); // due 2027-01-06
    CaseState early = new Case(ENSCHEDE, "case-c").signal(d(2026, 4, 2)).state(); // due 2026-04-13
    CaseState tieB = new Case(ENSCHEDE, "case-b").signal(d(2026, 4, 24)).state(); // due 2026-05-04
    CaseState tieD =
        new Case(ENSCHEDE, "case-d").signal(d(2026, 4, 27)).state(); // due 2026-05-04 too

    Agenda a = AgendaRules.of(ENSCHEDE).forCases(List.of(late, tieD, tieB, early), d(2026, 4, 27));

    assertEquals(List.of(d(2026, 4, 13), d(2026, 5, 4), d(2026, 5, 4), d(2027, 1, 6)), dues(a));
    assertEquals(
        List.of("case-c", "case-b", "case-d", "case-a"),
        a.getObligations().stream()
            .map(o -> o.getCaseId().getValue())
            .collect(Collectors.toList()));
    assertTrue(a.getObligations().get(0).isOverdue());
    assertEquals(1, a.overdue().size());
  }

  @Test
  void forCase_filters_byProfessionalAndByRole() {
    Case c = executing(ENSCHEDE, d(2026, 3, 31), d(2026, 4, 2));
    Agenda a = c.agenda(d(2026, 4, 2));

    assertEquals(
        List.of(
            ObligationKind.FIRST_CONTACT, ObligationKind.PROGRESS_TALK, ObligationKind.EVALUATION),
        kinds(a));
    assertEquals(
        List.of(ObligationKind.FIRST_CONTACT, ObligationKind.EVALUATION),
        kinds(a.forProfessional(TRAJECTORY_DIRECTOR.getId())));
    assertEquals(
        List.of(ObligationKind.FIRST_CONTACT, ObligationKind.EVALUATION),
        kinds(a.forRole(ProfessionalRole.TRAJECTORY_DIRECTOR)));
    assertEquals(
        List.of(ObligationKind.PROGRESS_TALK), kinds(a.forRole(ProfessionalRole.NETWORK_DIRECTOR)));
    assertEquals(0, a.forProfessional(NETWORK_DIRECTOR.getId()).size());
    assertEquals(0, a.forRole(ProfessionalRole.CORE_MEMBER).size());
  }

  // ---------------------------------------------------------------- helpers

  private static Obligation only(Agenda agenda, ObligationKind kind) {
    List<Obligation> found = agenda.filter(o -> o.getKind() == kind).getObligations();
    assertEquals(1, found.size(), () -> "expected one " + kind + " in " + agenda);
    return found.get(0);
  }

  private static List<ObligationKind> kinds(Agenda agenda) {
    return agenda.getObligations().stream().map(Obligation::getKind).collect(Collectors.toList());
  }

  private static List<LocalDate> dues(Agenda agenda) {
    return agenda.getObligations().stream().map(Obligation::getDueOn).collect(Collectors.toList());
  }

  /** Signalled, judged and coordinated on one day. */
  static Case coordinated(MethodologyProfile p, LocalDate on) {
    return new Case(p).signal(on).judge(on).coordinate(on);
  }

  /** Appointed, scanned, pictured, plan adopted. */
  static Case executing(MethodologyProfile p, LocalDate appointedOn, LocalDate plannedOn) {
    return coordinated(p, appointedOn.minusDays(7))
        .appoint(appointedOn)
        .scanAndPicture(appointedOn)
        .plan(plannedOn);
  }

  /** Closed on a day, after an evaluation that decided to close on the same day. */
  static Case closed(MethodologyProfile p, LocalDate on) {
    Case c =
        executing(p, on.minusDays(60), on.minusDays(55)).evaluate(on, EvaluationDecision.CLOSE);
    return c.close(on);
  }

  /** One case driven through the pure rules on explicit dates. */
  static final class Case {
    final CaseId id;
    final RulesFixtures.Driver driver;

    Case(MethodologyProfile p) {
      this(p, "case-1");
    }

    Case(MethodologyProfile p, String id) {
      this.id = CaseId.of(id);
      this.driver = RulesFixtures.driverWithDirectory(p);
    }

    CaseState state() {
      return driver.state();
    }

    Agenda agenda(LocalDate on) {
      return AgendaRules.of(driver.profile()).forCase(driver.state(), on);
    }

    nl.lon.rules.process.Decision lastDecision;

    Case apply(CaseCommand command, Professional actor, LocalDate on) {
      lastDecision = driver.apply(command, actor, on);
      return this;
    }

    Case signal(LocalDate on) {
      return apply(
          Commands.reportSignal(id, ClientNumber.of("client-" + id.getValue()), on),
          HOUSING_MEMBER,
          on);
    }

    Case judge(LocalDate on) {
      return apply(Commands.judgeInScope(), NETWORK_DIRECTOR, on);
    }

    Case coordinate(LocalDate on) {
      return apply(Commands.coordinate(on), NETWORK_DIRECTOR, on);
    }

    Case appoint(LocalDate on) {
      apply(Commands.appoint(driver.profile()), NETWORK_DIRECTOR, on);
      if (driver.profile().isOwnershipAcceptedBeforePlan()) {
        // Enschede: the problem owner accepts on the day of the appointment (seeds/004 l.1483)
        apply(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR, on);
      }
      return this;
    }

    Case scanAndPicture(LocalDate on) {
      return apply(Commands.scan(on), NETWORK_DIRECTOR, on)
          .apply(Commands.picture(), NETWORK_DIRECTOR, on);
    }

    Case plan(LocalDate on) {
      return apply(Commands.adoptPlan(on), NETWORK_DIRECTOR, on);
    }

    Case progress(LocalDate on, boolean deviates) {
      Professional td =
          state().getTrajectoryDirector().get().equals(NETWORK_DIRECTOR.getId())
              ? NETWORK_DIRECTOR
              : TRAJECTORY_DIRECTOR;
      return apply(Commands.progress(deviates), td, on);
    }

    Case talk(LocalDate on) {
      return apply(new CaseCommand.HoldProgressTalk("monthly talk"), NETWORK_DIRECTOR, on);
    }

    Case evaluate(LocalDate on, EvaluationDecision decision) {
      return apply(Commands.evaluate(decision), NETWORK_DIRECTOR, on);
    }

    /** Closes by the profile's criterion, by whom the profile says closes (l.1503, l.1603). */
    Case close(LocalDate on) {
      Professional closer =
          driver.profile().getClosedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR
              ? TRAJECTORY_DIRECTOR
              : NETWORK_DIRECTOR;
      return apply(Commands.close(driver.profile()), closer, on);
    }

    Case followUp(LocalDate on) {
      return apply(Commands.followUp(FollowUpOutcome.STILL_IN_CARE), NETWORK_DIRECTOR, on);
    }

    Case coercion(String code, Professional by, LocalDate on) {
      return apply(
          new CaseCommand.RecordCoercionMeasure(code, Optional.of("serious danger to the client")),
          by,
          on);
    }
  }
}

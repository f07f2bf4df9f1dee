package nl.lon.rules.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
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
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Test data for the intervention rules: a small network directory (organisations with their kinds,
 * professionals, the core team) and a {@link TestCase} that drives one case to any early step by
 * deciding commands with {@link ProcessRules} and folding the accepted events.
 */
final class InterventionFixtures {

  private InterventionFixtures() {}

  // ------------------------------------------------------------------ directory

  static final NetworkId NETWORK = NetworkId.of("lon-oost");
  static final CaseId CASE = CaseId.of("case-iv-1");
  static final ClientNumber CLIENT = ClientNumber.of("client-iv-1");
  /** A Monday. */
  static final LocalDate DAY_0 = LocalDate.of(2025, 3, 3);

  static final PartnerOrganisation GGD = org("ggd", "GGD", PartnerKind.GGD);
  static final PartnerOrganisation AMW = org("amw", "Algemeen maatschappelijk werk", PartnerKind.SOCIAL_WORK);
  static final PartnerOrganisation HOUSING = org("woonstad", "Woonstad", PartnerKind.HOUSING_CORPORATION);
  static final PartnerOrganisation POLICE = org("politie", "Politie", PartnerKind.POLICE);
  static final PartnerOrganisation MUNICIPALITY = org("gemeente", "Gemeente", PartnerKind.MUNICIPALITY);
  static final PartnerOrganisation MENTAL_HEALTH = org("ggz", "GGZ-instelling", PartnerKind.MENTAL_HEALTH_CARE);
  static final PartnerOrganisation PROSECUTOR = org("om", "Openbaar Ministerie", PartnerKind.PUBLIC_PROSECUTOR);
  static final PartnerOrganisation SOCIAL_SERVICES = org("sociale-dienst", "Sociale dienst", PartnerKind.SOCIAL_SERVICES);
  static final PartnerOrganisation MEE = org("mee", "MEE", PartnerKind.MEE);

  static final List<PartnerOrganisation> ORGANISATIONS =
      List.of(GGD, AMW, HOUSING, POLICE, MUNICIPALITY, MENTAL_HEALTH, PROSECUTOR, SOCIAL_SERVICES, MEE);

  /** The core team: GGD, social work, housing corporation and police; MEE is a shell partner. */
  static final Network DIRECTORY = Network.builder().id(NETWORK).name("LON Oost").area("Oost")
      .inhabitants(40_000).principal(MUNICIPALITY.getId()).contractor(GGD.getId())
      .addCoreTeam(GGD.getId(), AMW.getId(), HOUSING.getId(), POLICE.getId())
      .addShellPartners(MEE.getId()).build();

  static final Professional NETWORK_DIRECTOR =
      professional("nd-1", "Netwerkregisseur", GGD, ProfessionalRole.NETWORK_DIRECTOR);
  static final Professional TRAJECTORY_DIRECTOR =
      professional("td-1", "Trajectregisseur", AMW, ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER);
  /** Has the trajectory director role in the network, but is not this case's trajectory director. */
  static final Professional OTHER_TRAJECTORY_DIRECTOR =
      professional("td-2", "Andere trajectregisseur", AMW, ProfessionalRole.TRAJECTORY_DIRECTOR);
  static final Professional HOUSING_OFFICER =
      professional("ho-1", "Woonconsulent", HOUSING, ProfessionalRole.CORE_MEMBER);
  static final Professional POLICE_OFFICER =
      professional("po-1", "Wijkagent", POLICE, ProfessionalRole.CORE_MEMBER);
  static final Professional MUNICIPAL_OFFICER =
      professional("mo-1", "Beleidsmedewerker OGGZ", MUNICIPALITY, ProfessionalRole.CORE_MEMBER);
  static final Professional PSYCHIATRIST =
      professional("ps-1", "Psychiater", MENTAL_HEALTH, ProfessionalRole.CORE_MEMBER);
  static final Professional PUBLIC_PROSECUTOR =
      professional("om-1", "Officier van justitie", PROSECUTOR, ProfessionalRole.SHELL_MEMBER);
  static final Professional BENEFIT_INSPECTOR =
      professional("sd-1", "Handhaver sociale dienst", SOCIAL_SERVICES, ProfessionalRole.SHELL_MEMBER);

  static PartnerOrganisation org(String id, String name, PartnerKind kind) {
    return PartnerOrganisation.builder().id(OrganisationId.of(id)).name(name).kind(kind).build();
  }

  static Professional professional(String id, String name, PartnerOrganisation organisation,
      ProfessionalRole... roles) {
    return Professional.builder().id(ProfessionalId.of(id)).displayName(name).organisation(organisation.getId())
        .network(NETWORK).addRoles(roles).build();
  }

  /**
   * The actor's own organisation from the directory.
   *
   * @param actor the actor
   * @return the organisation
   */
  static PartnerOrganisation organisationOf(Professional actor) {
    return ORGANISATIONS.stream().filter(o -> o.getId().equals(actor.getOrganisation())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no organisation for " + actor.getId()));
  }

  static Instant recordedAt(LocalDate date) {
    return date.atTime(10, 30).toInstant(ZoneOffset.UTC);
  }

  /** A context with the actor's organisation and the network: all directory facts known. */
  static CommandContext fullCtx(Professional actor, LocalDate date) {
    return new CommandContext(date, recordedAt(date), actor, Optional.of(organisationOf(actor)),
        Optional.of(DIRECTORY));
  }

  /** A context without directory facts (the 3-argument constructor). */
  static CommandContext bareCtx(Professional actor, LocalDate date) {
    return new CommandContext(date, recordedAt(date), actor);
  }

  // ------------------------------------------------------------------ presets

  static MethodologyProfile preset(String name) {
    return switch (name) {
      case "rotterdam" -> MethodologyProfile.rotterdam();
      case "enschede" -> MethodologyProfile.enschede();
      case "leeuwarden" -> MethodologyProfile.leeuwarden();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static Stream<String> presets() {
    return Stream.of("rotterdam", "enschede", "leeuwarden");
  }

  // ------------------------------------------------------------------ sample values

  static final Household SINGLE = Household.single();
  static final Household FAMILY = Household.of(2, 2);

  static final Set<TargetGroupAssignment> CARE_AVOIDER =
      Set.of(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "refuses every offer of help; five domains"));

  static Signal signal(LocalDate receivedOn) {
    return Signal.builder().id(SignalId.of("sig-iv-1")).sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
        .signallerOrganisation(HOUSING.getId()).signallerKind(PartnerKind.HOUSING_CORPORATION)
        .channel(SignalChannel.VIA_NETWORK_MEMBER).receivedOn(receivedOn)
        .addConcerns(Concern.NUISANCE, Concern.DEBTS, Concern.PSYCHOLOGICAL_PROBLEMS, Concern.RENT_ARREARS)
        .description("neighbours complain; rent arrears; door stays shut").clientInformed(true).build();
  }

  static CoordinationDecision coordinate(LocalDate feedbackOn) {
    return CoordinationDecision.builder().outcome(CoordinationOutcome.COORDINATE)
        .reason("several partners involved; nobody has the lead")
        .feedback(SignallerFeedback.of(feedbackOn, "the network takes the case on")).build();
  }

  static LifeDomainScan scan(LocalDate scoredOn) {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT);
    }
    scores.put(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.MENTAL_HEALTH, SelfRelianceLevel.NOT_SELF_RELIANT);
    return LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2017).scoredOn(scoredOn).scores(scores).build();
  }

  static PlanOfApproach plan(int version, LocalDate today) {
    return PlanOfApproach.builder().version(version).context("care avoider with rent arrears (v" + version + ")")
        .addGoals(Goal.of("g-housing", LifeDomain.HOUSING, "keep the home"),
            Goal.of("g-income", LifeDomain.INCOME, "debts under administration"))
        .addActivities(
            Activity.builder().description("agree a payment plan with the housing corporation")
                .responsible(Responsible.of(AMW.getId(), TRAJECTORY_DIRECTOR.getId())).dueOn(today.plusDays(14))
                .goalCode("g-housing").build(),
            Activity.builder().description("apply for debt counselling")
                .responsible(Responsible.of(AMW.getId())).dueOn(today.plusDays(42)).goalCode("g-income").build())
        .build();
  }

  static Meeting caseConference(LocalDate heldOn, boolean clientInvited) {
    return Meeting.builder().id(MeetingId.of("m-cc-" + heldOn)).kind(MeetingKind.CASE_CONFERENCE).heldOn(heldOn)
        .addParticipants(NETWORK_DIRECTOR.getId(), TRAJECTORY_DIRECTOR.getId())
        .addOrganisations(GGD.getId(), AMW.getId()).technicalChair(NETWORK_DIRECTOR.getId())
        .contentCoordinator(TRAJECTORY_DIRECTOR.getId()).clientInvited(clientInvited).clientPresent(false).build();
  }

  // ------------------------------------------------------------------ assertions

  /**
   * Asserts that the violations name exactly the given rules, each explained in English and in
   * Dutch with two different, non-blank texts.
   *
   * @param violations the violations
   * @param rules the expected rule ids
   */
  static void assertViolations(List<Violation> violations, String... rules) {
    assertEquals(new TreeSet<>(List.of(rules)),
        violations.stream().map(Violation::rule).collect(Collectors.toCollection(TreeSet::new)),
        () -> "violated rules of " + violations);
    for (Violation v : violations) {
      assertFalse(v.reasonEn().isBlank(), () -> "English reason of " + v.rule());
      assertFalse(v.reasonNl().isBlank(), () -> "Dutch reason of " + v.rule());
      assertNotEquals(v.reasonEn(), v.reasonNl(), () -> "the reasons of " + v.rule() + " are translated");
    }
  }

  // ------------------------------------------------------------------ driver

  static TestCase newCase(MethodologyProfile profile) {
    return new TestCase(profile);
  }

  /**
   * One case under one profile: decides commands and folds accepted events. Not thread-safe.
   */
  static final class TestCase {
    final MethodologyProfile profile;
    final ProcessRules rules;
    CaseState state = CaseState.empty();
    LocalDate today = DAY_0;

    TestCase(MethodologyProfile profile) {
      this.profile = profile;
      this.rules = ProcessRules.of(profile);
    }

    TestCase advance(int days) {
      today = today.plusDays(days);
      return this;
    }

    Decision decide(CaseCommand command, Professional actor) {
      return rules.decide(state, command, fullCtx(actor, today));
    }

    /** Asserts acceptance with all directory facts, folds the events, and returns them. */
    List<CaseEvent> accept(CaseCommand command, Professional actor) {
      return accept(command, fullCtx(actor, today));
    }

    List<CaseEvent> accept(CaseCommand command, CommandContext ctx) {
      Decision d = rules.decide(state, command, ctx);
      assertTrue(d.isAccepted(), () -> "expected " + command + " to be accepted, but " + d);
      long version = state.getVersion();
      for (CaseEvent e : d.getEvents()) {
        assertEquals(++version, e.getSequence(), "events are numbered from version + 1");
        state = state.apply(e);
      }
      return d.getEvents();
    }

    /** Asserts the command is refused, yields no events and leaves the state alone. */
    List<Violation> refuse(CaseCommand command, Professional actor) {
      return refuse(command, fullCtx(actor, today));
    }

    List<Violation> refuse(CaseCommand command, CommandContext ctx) {
      CaseState before = state;
      Decision d = rules.decide(state, command, ctx);
      assertFalse(d.isAccepted(), () -> "expected " + command + " to be refused, but " + d);
      assertTrue(d.getEvents().isEmpty(), "a refusal yields no events");
      assertSame(before, state);
      return d.getViolations();
    }

    // -------------------------------------------------------------- happy path

    TestCase signal(Household household) {
      accept(new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, InterventionFixtures.signal(today), household),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase judged() {
      accept(new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem care avoider", CARE_AVOIDER),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase coordinated() {
      accept(new CaseCommand.DecideCoordination(coordinate(today)), NETWORK_DIRECTOR);
      return this;
    }

    TestCase appointed() {
      accept(new CaseCommand.AppointTrajectoryDirector(TRAJECTORY_DIRECTOR.getId(), AMW.getId(),
          profile.getAppointedBy(), false), NETWORK_DIRECTOR);
      return this;
    }

    TestCase pictured() {
      if (profile.isScanBeforeIntegralPicture()) {
        accept(new CaseCommand.RecordScan(scan(today)), TRAJECTORY_DIRECTOR);
      }
      accept(new CaseCommand.FormIntegralPicture("care avoider; housing and finances acute", Set.of()),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase planned() {
      accept(new CaseCommand.AdoptPlan(plan(1, today)), TRAJECTORY_DIRECTOR);
      return this;
    }

    /** Signal, judgement and coordination: the case is in step 3 (gather information). */
    TestCase toGatherInformation(Household household) {
      signal(household).judged();
      assertEquals(ProcessStep.GATHER_INFORMATION, state.getStep());
      return this;
    }

    /** Up to and including the appointment: the case is in step 4 (integral picture). */
    TestCase toIntegralPicture(Household household) {
      toGatherInformation(household).coordinated().appointed();
      assertEquals(ProcessStep.INTEGRAL_PICTURE, state.getStep());
      return this;
    }

    /** The whole way to a running plan: step 6 (execute). */
    TestCase toExecute(Household household) {
      toIntegralPicture(household).pictured();
      assertEquals(ProcessStep.PLAN_OF_APPROACH, state.getStep());
      planned();
      assertEquals(ProcessStep.EXECUTE, state.getStep());
      return this;
    }

    TestCase toExecute() {
      return toExecute(SINGLE);
    }
  }
}

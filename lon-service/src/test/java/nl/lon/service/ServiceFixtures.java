package nl.lon.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
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
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.time.TestClock;

/**
 * Test data for the case service, the access rules and the agenda: one network with its partners
 * and professionals, a second network, commands for the happy path, and a {@link World} that wires
 * a {@link CaseService} to the in-memory adapters and a {@link TestClock}.
 */
public final class ServiceFixtures {

  private ServiceFixtures() {}

  // ---------------------------------------------------------------- networks and organisations

  /** The network of every case. */
  public static final NetworkId NETWORK = NetworkId.of("lon-west");
  /** Another network. */
  public static final NetworkId OTHER_NETWORK = NetworkId.of("lon-oost");

  /** The coordinating organisation (contractor). */
  public static final OrganisationId GGD = OrganisationId.of("ggd");
  /** General social work: the trajectory director's organisation. */
  public static final OrganisationId AMW = OrganisationId.of("amw");
  /** The housing corporation: signals every sample case, so it is involved. */
  public static final OrganisationId HOUSING = OrganisationId.of("woonstad");
  /** The police: a core partner not involved in the sample cases. */
  public static final OrganisationId POLICE = OrganisationId.of("politie");
  /** The municipality: principal, executes Wvggz measures. */
  public static final OrganisationId MUNICIPALITY = OrganisationId.of("gemeente");
  /** MEE: a shell partner. */
  public static final OrganisationId MEE = OrganisationId.of("mee");
  /** The public prosecutor (OM): a shell partner that applies for Wvggz authorisations. */
  public static final OrganisationId PROSECUTOR = OrganisationId.of("om");
  /** Regular care the client is guided to. */
  public static final OrganisationId REGULAR_CARE = OrganisationId.of("ggz-regulier");

  /** The organisations as directory entries. */
  public static final List<PartnerOrganisation> ORGANISATIONS = List.of(
      org(GGD, "GGD", PartnerKind.GGD),
      org(AMW, "Algemeen maatschappelijk werk", PartnerKind.SOCIAL_WORK),
      org(HOUSING, "Woonstad", PartnerKind.HOUSING_CORPORATION),
      org(POLICE, "Politie", PartnerKind.POLICE),
      org(MUNICIPALITY, "Gemeente", PartnerKind.MUNICIPALITY),
      org(MEE, "MEE", PartnerKind.MEE),
      org(PROSECUTOR, "Openbaar Ministerie", PartnerKind.PUBLIC_PROSECUTOR));

  /** The network: the GGD coordinates. */
  public static final Network LON = Network.builder().id(NETWORK).name("LON West").area("West")
      .inhabitants(30_000).principal(MUNICIPALITY).contractor(GGD)
      .addCoreTeam(GGD, AMW, HOUSING, POLICE, MUNICIPALITY).addShellPartners(MEE, PROSECUTOR).build();

  /** The other network. */
  public static final Network OTHER_LON = Network.builder().id(OTHER_NETWORK).name("LON Oost").area("Oost")
      .inhabitants(28_000).principal(MUNICIPALITY).contractor(GGD).addCoreTeam(GGD, AMW).build();

  // ---------------------------------------------------------------- professionals

  /** The network director, of the GGD. */
  public static final Professional DIRECTOR = professional("nd-1", GGD, NETWORK, ProfessionalRole.NETWORK_DIRECTOR);
  /** The trajectory director, of AMW, also a core member. */
  public static final Professional TRAJECTORY_DIRECTOR = professional("td-1", AMW, NETWORK,
      ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER);
  /** A core member of the coordinating organisation. */
  public static final Professional GGD_MEMBER = professional("ggd-2", GGD, NETWORK, ProfessionalRole.CORE_MEMBER);
  /** A core member of the housing corporation, which signalled the case. */
  public static final Professional HOUSING_MEMBER = professional("woon-1", HOUSING, NETWORK,
      ProfessionalRole.CORE_MEMBER);
  /** A core member of the police, not involved in the case. */
  public static final Professional POLICE_MEMBER = professional("pol-1", POLICE, NETWORK, ProfessionalRole.CORE_MEMBER);
  /** A shell member of MEE. */
  public static final Professional SHELL_MEMBER = professional("mee-1", MEE, NETWORK, ProfessionalRole.SHELL_MEMBER);
  /** A team supporter of the GGD. */
  public static final Professional TEAM_SUPPORT = professional("ts-1", GGD, NETWORK, ProfessionalRole.TEAM_SUPPORT);
  /** A steering-group member of the municipality. */
  public static final Professional STEERING_MEMBER = professional("sg-1", MUNICIPALITY, NETWORK,
      ProfessionalRole.STEERING_GROUP_MEMBER);
  /** A municipal officer who records Wvggz measures. */
  public static final Professional MUNICIPAL_OFFICER = professional("gem-1", MUNICIPALITY, NETWORK,
      ProfessionalRole.CORE_MEMBER);
  /** A public prosecutor who records court authorisations. */
  public static final Professional PROSECUTOR_OFFICER = professional("om-1", PROSECUTOR, NETWORK,
      ProfessionalRole.SHELL_MEMBER);
  /** The network director of the other network. */
  public static final Professional FOREIGN_DIRECTOR = professional("nd-x", GGD, OTHER_NETWORK,
      ProfessionalRole.NETWORK_DIRECTOR);

  /** Everyone. */
  public static final List<Professional> PROFESSIONALS = List.of(DIRECTOR, TRAJECTORY_DIRECTOR, GGD_MEMBER,
      HOUSING_MEMBER, POLICE_MEMBER, SHELL_MEMBER, TEAM_SUPPORT, STEERING_MEMBER, MUNICIPAL_OFFICER, PROSECUTOR_OFFICER, FOREIGN_DIRECTOR);

  /** The three presets, for parameterised tests. */
  public static List<MethodologyProfile> presets() {
    return List.of(MethodologyProfile.rotterdam(), MethodologyProfile.enschede(), MethodologyProfile.leeuwarden());
  }

  /**
   * A professional.
   *
   * @param id the id
   * @param organisation the employer
   * @param network the network
   * @param roles the roles
   * @return the professional
   */
  public static Professional professional(String id, OrganisationId organisation, NetworkId network,
      ProfessionalRole... roles) {
    return Professional.builder().id(ProfessionalId.of(id)).displayName("Professional " + id)
        .organisation(organisation).network(network).addRoles(roles).build();
  }

  /**
   * An organisation.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @return the organisation
   */
  public static PartnerOrganisation org(OrganisationId id, String name, PartnerKind kind) {
    return PartnerOrganisation.builder().id(id).name(name).kind(kind).build();
  }

  /**
   * The directory entry of an organisation.
   *
   * @param id the id
   * @return the organisation
   */
  public static PartnerOrganisation orgOf(OrganisationId id) {
    return ORGANISATIONS.stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- sample values

  /** A target group for a case taken on. */
  public static final Set<TargetGroupAssignment> CARE_MISSER =
      Set.of(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "problems on five life domains"));

  /** Goals of the sample plan. */
  public static final List<Goal> GOALS = List.of(
      Goal.of("g-housing", LifeDomain.HOUSING, "keep the home"),
      Goal.of("g-income", LifeDomain.INCOME, "debts under administration"));

  /** A client's personal data, to be kept out of events and audit records. */
  public static final String NAME = "Jantje Zwartewaal-Oudegeest";
  /** The client's address. */
  public static final String ADDRESS = "Zonnebloemstraat 17b";

  /** The sample personal data. */
  public static PersonalData personalData() {
    return PersonalData.builder().name(NAME).address(ADDRESS).residence("Westdorp").phone("0612345678")
        .dateOfBirth(LocalDate.of(1971, 6, 30)).build();
  }

  /**
   * The housing corporation's signal.
   *
   * @param receivedOn the day it came in
   * @return the signal
   */
  public static Signal signal(LocalDate receivedOn) {
    return signalFrom(HOUSING, PartnerKind.HOUSING_CORPORATION, receivedOn);
  }

  /**
   * A partner's signal.
   *
   * @param organisation the signalling partner, which becomes involved in the case
   * @param kind its kind
   * @param receivedOn the day it came in
   * @return the signal
   */
  public static Signal signalFrom(OrganisationId organisation, PartnerKind kind, LocalDate receivedOn) {
    return Signal.builder().id(SignalId.of("sig-" + receivedOn)).sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
        .signallerOrganisation(organisation).signallerKind(kind)
        .channel(SignalChannel.VIA_NETWORK_MEMBER).receivedOn(receivedOn)
        .addConcerns(Concern.NUISANCE, Concern.DEBTS, Concern.PSYCHOLOGICAL_PROBLEMS, Concern.DOMESTIC_SQUALOR)
        .description("neighbours complain; rent arrears; house neglected").clientInformed(true).build();
  }

  /**
   * Report a signal received on a day.
   *
   * @param caseId the case
   * @param client the client
   * @param receivedOn the day
   * @return the command
   */
  public static CaseCommand.ReportSignal reportSignal(CaseId caseId, ClientNumber client, LocalDate receivedOn) {
    return new CaseCommand.ReportSignal(caseId, NETWORK, client, signal(receivedOn), Household.single());
  }

  /** @return judge the report in scope */
  public static CaseCommand.JudgeReport judgeInScope() {
    return new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem household", CARE_MISSER);
  }

  /**
   * Coordinate in the network.
   *
   * @param feedbackOn the day of the feedback to the signaller
   * @return the command
   */
  public static CaseCommand.DecideCoordination coordinate(LocalDate feedbackOn) {
    return new CaseCommand.DecideCoordination(CoordinationDecision.builder().outcome(CoordinationOutcome.COORDINATE)
        .reason("several partners involved; nobody has the lead")
        .feedback(SignallerFeedback.of(feedbackOn, "the network takes the case on")).build());
  }

  /**
   * Appoint the sample trajectory director the profile's way.
   *
   * @param profile the profile
   * @return the command
   */
  public static CaseCommand.AppointTrajectoryDirector appoint(MethodologyProfile profile) {
    return new CaseCommand.AppointTrajectoryDirector(TRAJECTORY_DIRECTOR.getId(), AMW, profile.getAppointedBy(), false);
  }

  /**
   * A full ZRM scan.
   *
   * @param scoredOn the day
   * @return the command
   */
  public static CaseCommand.RecordScan scan(LocalDate scoredOn) {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT);
    }
    scores.put(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.MENTAL_HEALTH, SelfRelianceLevel.NOT_SELF_RELIANT);
    return new CaseCommand.RecordScan(
        LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2017).scoredOn(scoredOn).scores(scores).build());
  }

  /** @return form the integral picture */
  public static CaseCommand.FormIntegralPicture picture() {
    return new CaseCommand.FormIntegralPicture("integral picture of the household", Set.of());
  }

  /**
   * A plan whose activities fall due after a day.
   *
   * @param version the version
   * @param today the day of adoption
   * @return the plan
   */
  public static PlanOfApproach planOf(int version, LocalDate today) {
    return PlanOfApproach.builder().version(version).context("nuisance, debts, psychological problems")
        .addAllGoals(GOALS)
        .addActivities(
            Activity.builder().description("payment plan with the housing corporation")
                .responsible(Responsible.of(AMW, TRAJECTORY_DIRECTOR.getId())).dueOn(today.plusDays(14))
                .goalCode("g-housing").build(),
            Activity.builder().description("apply for debt counselling")
                .responsible(Responsible.of(OrganisationId.of("stadsbank"))).dueOn(today.plusDays(42))
                .goalCode("g-income").build())
        .build();
  }

  /**
   * Adopt plan version 1.
   *
   * @param today the day of adoption
   * @return the command
   */
  public static CaseCommand.AdoptPlan adoptPlan(LocalDate today) {
    return new CaseCommand.AdoptPlan(planOf(1, today));
  }

  /**
   * Report progress.
   *
   * @param deviates whether the plan is deviated from
   * @return the command
   */
  public static CaseCommand.ReportProgress progress(boolean deviates) {
    return new CaseCommand.ReportProgress(ProgressReport.of("client keeps the agreements", deviates));
  }

  /**
   * Evaluate every goal as reached.
   *
   * @param decision the decision
   * @return the command
   */
  public static CaseCommand.Evaluate evaluate(EvaluationDecision decision) {
    return new CaseCommand.Evaluate(Evaluation.builder().putGoalResults("g-housing", GoalResult.REACHED)
        .putGoalResults("g-income", GoalResult.REACHED).agreementsKept(true).decision(decision)
        .remarks("evaluated with the client").build());
  }

  /**
   * Close the case by the profile's criterion.
   *
   * @param profile the profile
   * @return the command
   */
  public static CaseCommand.Close close(MethodologyProfile profile) {
    return new CaseCommand.Close(profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
        ? Closure.builder().reason(ClosureReason.GUIDED_TO_REGULAR_CARE).regularCare(REGULAR_CARE).build()
        : Closure.of(ClosureReason.SELF_RELIANT_AGAIN));
  }

  /**
   * Record a follow-up check.
   *
   * @param outcome the outcome
   * @return the command
   */
  public static CaseCommand.RecordFollowUp followUp(FollowUpOutcome outcome) {
    return new CaseCommand.RecordFollowUp(FollowUpCheck.of(outcome, "checked with the regular-care provider"));
  }

  /**
   * Record consent for all partners.
   *
   * @param signedOn the day it was signed
   * @return the command
   */
  public static CaseCommand.RecordConsent consent(LocalDate signedOn) {
    return new CaseCommand.RecordConsent(
        Consent.builder().scope(ConsentScope.NETWORK_PARTNERS).signedOn(signedOn).build());
  }

  // ---------------------------------------------------------------- a pure driver

  /**
   * A driver that applies commands to one case through the pure rules, without a service.
   *
   * @param profile the profile
   * @return the driver, with an empty case
   */
  public static Driver driver(MethodologyProfile profile) {
    return new Driver(profile);
  }

  /** Applies commands through {@link ProcessRules} and folds the events; not thread-safe. */
  public static final class Driver {
    private final ProcessRules rules;
    private CaseState state = CaseState.empty();

    Driver(MethodologyProfile profile) {
      this.rules = ProcessRules.of(profile);
    }

    /** @return the case state */
    public CaseState state() {
      return state;
    }

    /** @return the profile */
    public MethodologyProfile profile() {
      return rules.getProfile();
    }

    /**
     * Applies a command, with the actor's organisation and network known.
     *
     * @param command the command
     * @param actor the actor
     * @param date the business date
     * @return this driver
     * @throws AssertionError when the rules refuse the command
     */
    public Driver apply(CaseCommand command, Professional actor, LocalDate date) {
      CommandContext ctx = new CommandContext(date, date.atTime(TestClock.START_OF_DAY).atZone(TestClock.AMSTERDAM).toInstant(), actor,
          Optional.of(orgOf(actor.getOrganisation())), Optional.of(actor.getNetwork().equals(NETWORK) ? LON : OTHER_LON));
      Decision d = rules.decide(state, command, ctx);
      if (!d.isAccepted()) {
        throw new AssertionError("expected " + command + " to be accepted on " + date + ", but " + d);
      }
      for (CaseEvent e : d.getEvents()) {
        state = state.apply(e);
      }
      return this;
    }
  }

  // ---------------------------------------------------------------- the world

  /**
   * A case service under a profile over fresh in-memory adapters, its clock at a day.
   *
   * @param profile the profile of both networks
   * @param today the clock's day
   * @return the world
   */
  public static World world(MethodologyProfile profile, LocalDate today) {
    return new World(profile, today);
  }

  /** A case service wired to in-memory adapters, with handles on every adapter. */
  public static final class World {
    /** The profile. */
    public final MethodologyProfile profile;
    /** The clock. */
    public final TestClock clock;
    /** The in-memory storage all adapters belong to. */
    public final InMemoryStores memory = new InMemoryStores();
    /** Every audit record written, across the network chains, in writing order. */
    final AuditView audit = new AuditView(memory);
    /** The storage the services use: the in-memory one, with its audit records noted. */
    public final Stores stores = audit.recordingStores();
    /** The event store. */
    public final InMemoryEventStore store = memory.eventStore();
    /** The vault. */
    public final InMemoryPersonalDataVault vault = memory.vault();
    /** The directory. */
    public final InMemoryDirectory directory = memory.directory();
    /** The service. */
    public final CaseService service;

    World(MethodologyProfile profile, LocalDate today) {
      this.profile = profile;
      this.clock = TestClock.at(today);
      directory.put(LON);
      directory.put(OTHER_LON);
      ORGANISATIONS.forEach(directory::put);
      PROFESSIONALS.forEach(directory::put);
      this.service = newService();
    }

    /**
     * Another service instance over the same storage, profiles and clock (as a second node
     * would be).
     *
     * @return a new service
     */
    public CaseService newService() {
      return CaseService.builder().stores(stores)
          .profile(NETWORK, profile).profile(OTHER_NETWORK, profile).clock(clock).build();
    }

    /** @return today, by the clock */
    public LocalDate today() {
      return clock.today();
    }
  }
}

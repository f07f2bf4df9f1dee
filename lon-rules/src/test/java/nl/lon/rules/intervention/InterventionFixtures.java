package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.CASE;
import static nl.lon.rules.testing.RulesFixtures.CLIENT;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.network.Professional;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;

/**
 * Test data for the intervention rules on the shared cast ({@link nl.lon.core.testing.Cast}): a
 * care avoider's case and a {@link TestCase} that drives it to an early step, every command
 * carrying the directory facts.
 */
final class InterventionFixtures {

  private InterventionFixtures() {}

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

  static final Set<TargetGroupAssignment> CARE_AVOIDER =
      Set.of(
          TargetGroupAssignment.of(
              TargetGroup.CARE_AVOIDER, "refuses every offer of help; five domains"));

  /** The housing corporation's signal about a care avoider with rent arrears. */
  static Signal signal(LocalDate receivedOn) {
    return RulesFixtures.signal(
        receivedOn,
        Concern.NUISANCE,
        Concern.DEBTS,
        Concern.PSYCHOLOGICAL_PROBLEMS,
        Concern.RENT_ARREARS);
  }

  static Meeting caseConference(LocalDate heldOn, boolean clientInvited) {
    return RulesFixtures.meeting(MeetingKind.CASE_CONFERENCE, heldOn, clientInvited);
  }

  // ------------------------------------------------------------------ driver

  static TestCase newCase(MethodologyProfile profile) {
    return new TestCase(profile);
  }

  /**
   * One care avoider's case under one profile, on a {@link RulesFixtures.Driver} that passes the
   * directory facts. Not thread-safe.
   */
  static final class TestCase {
    private final RulesFixtures.Driver driver;

    TestCase(MethodologyProfile profile) {
      this.driver = RulesFixtures.driverWithDirectory(profile);
    }

    MethodologyProfile profile() {
      return driver.profile();
    }

    CaseState state() {
      return driver.state();
    }

    LocalDate today() {
      return driver.today();
    }

    TestCase advance(int days) {
      driver.advance(days);
      return this;
    }

    Decision decide(CaseCommand command, Professional actor) {
      return driver.decide(command, actor, today());
    }

    /** Asserts acceptance with all directory facts, folds the events, and returns them. */
    List<CaseEvent> accept(CaseCommand command, Professional actor) {
      return driver.apply(command, actor).getEvents();
    }

    List<CaseEvent> accept(CaseCommand command, CommandContext ctx) {
      return driver.apply(command, ctx).getEvents();
    }

    /** Asserts the command is refused, yields no events and leaves the state alone. */
    List<Violation> refuse(CaseCommand command, Professional actor) {
      return driver.refused(command, actor);
    }

    List<Violation> refuse(CaseCommand command, CommandContext ctx) {
      return driver.refused(command, ctx);
    }

    // -------------------------------------------------------------- happy path

    TestCase signal(Household household) {
      accept(
          new CaseCommand.ReportSignal(
              CASE, NETWORK, CLIENT, InterventionFixtures.signal(today()), household),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase judged() {
      accept(
          new CaseCommand.JudgeReport(
              ReportJudgement.IN_SCOPE, "multi-problem care avoider", CARE_AVOIDER),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase coordinated() {
      accept(Commands.coordinate(today()), NETWORK_DIRECTOR);
      return this;
    }

    TestCase appointed() {
      accept(Commands.appoint(profile()), NETWORK_DIRECTOR);
      return this;
    }

    TestCase pictured() {
      if (profile().isScanBeforeIntegralPicture()) {
        accept(Commands.scan(today()), TRAJECTORY_DIRECTOR);
      }
      accept(
          new CaseCommand.FormIntegralPicture("care avoider; housing and finances acute", Set.of()),
          NETWORK_DIRECTOR);
      return this;
    }

    TestCase planned() {
      if (profile().isOwnershipAcceptedBeforePlan() && state().getOwnershipAcceptedOn().isEmpty()) {
        // Enschede: the problem owner accepts before the plan (seeds/004 l.1482-1484)
        accept(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR);
      }
      accept(Commands.adoptPlan(today()), TRAJECTORY_DIRECTOR);
      return this;
    }

    /** Signal and judgement: the case is in step 3 (gather information). */
    TestCase toGatherInformation(Household household) {
      signal(household).judged();
      assertEquals(ProcessStep.GATHER_INFORMATION, state().getStep());
      return this;
    }

    /** Up to and including the appointment: the case is in step 4 (integral picture). */
    TestCase toIntegralPicture(Household household) {
      toGatherInformation(household).coordinated().appointed();
      assertEquals(ProcessStep.INTEGRAL_PICTURE, state().getStep());
      return this;
    }

    /** The whole way to a running plan: step 6 (execute). */
    TestCase toExecute(Household household) {
      toIntegralPicture(household).pictured();
      assertEquals(ProcessStep.PLAN_OF_APPROACH, state().getStep());
      planned();
      assertEquals(ProcessStep.EXECUTE, state().getStep());
      return this;
    }

    TestCase toExecute() {
      return toExecute(SINGLE);
    }
  }
}

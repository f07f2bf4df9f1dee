package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_TRAJECTORY_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.intervention.InterventionFixtures.newCase;
import static nl.lon.rules.intervention.InterventionFixtures.preset;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.ProcessStep;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.intervention.InterventionFixtures.TestCase;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escalation up the content and the organisational ladder (opschaling), per preset: one rung at a
 * time, emergency jumps and the emergency-only mayor, who escalates and who asks, resolving, and
 * the open escalation on the agenda.
 */
class EscalationRulesTest {

  private static final String BOTTLENECK = "client categorically refuses every offer of care";

  static Stream<String> presets() {
    return InterventionFixtures.presets();
  }

  static Stream<Arguments> presetsAndResolutions() {
    return presets().flatMap(p -> Stream.of(ResolutionKind.values()).map(k -> Arguments.of(p, k)));
  }

  private static CaseCommand.Escalate escalate(EscalationKind kind, int rung) {
    return new CaseCommand.Escalate(kind, rung, BOTTLENECK, Optional.empty());
  }

  private static CaseCommand.Escalate emergency(EscalationKind kind, int rung) {
    return new CaseCommand.Escalate(
        kind, rung, BOTTLENECK, Optional.of("acute danger to the children next door"));
  }

  private static CaseCommand.ResolveEscalation resolve(String id, ResolutionKind kind) {
    return new CaseCommand.ResolveEscalation(
        EscalationId.of(id),
        EscalationResolution.of(
            kind, "the corporation offers a one-off exception", "waiting list for housing"));
  }

  private static TestCase executing(String preset) {
    return newCase(preset(preset)).toExecute();
  }

  private static EscalationLadder ladder(MethodologyProfile profile, EscalationKind kind) {
    return kind == EscalationKind.CONTENT
        ? profile.getIntervention().getContentLadder()
        : profile.getIntervention().getOrganisationalLadder();
  }

  /** Escalates and checks the single EscalationRaised event against the ladder's rung. */
  private static Escalation raise(TestCase c, CaseCommand.Escalate cmd, int expectedNumber) {
    long version = c.state().getVersion();
    List<CaseEvent> events = c.accept(cmd, NETWORK_DIRECTOR);
    assertEquals(1, events.size());
    EscalationRaised raised = assertInstanceOf(EscalationRaised.class, events.get(0));
    assertEquals(version + 1, raised.getSequence());
    assertEquals(NETWORK_DIRECTOR.getId(), raised.getActor());
    assertEquals(c.today(), raised.getBusinessDate());
    Escalation e = raised.getEscalation();
    assertEquals(EscalationId.of("esc-" + expectedNumber), e.getId());
    assertEquals(cmd.kind(), e.getKind());
    assertEquals(cmd.rung(), e.getRung());
    assertEquals(ladder(c.profile(), cmd.kind()).rung(cmd.rung()).get().getBody(), e.getBody());
    assertEquals(BOTTLENECK, e.getBottleneck());
    assertEquals(cmd.emergencyReason(), e.getEmergencyReason());
    assertTrue(c.state().getOpenEscalations().containsKey(e.getId()), "the escalation is open");
    assertEquals(raised, c.state().getOpenEscalations().get(e.getId()));
    return e;
  }

  // ------------------------------------------------------------------ climbing

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_contentLadderOneRungAtATime_raisesEachRungWithItsBody(String preset) {
    TestCase c = executing(preset);
    assertEquals(5, ladder(c.profile(), EscalationKind.CONTENT).getRungs().size());
    for (int rung = 1; rung <= 5; rung++) {
      raise(c, escalate(EscalationKind.CONTENT, rung), rung);
      assertEquals(rung, c.state().getOpenEscalations().size());
      assertEquals(rung, c.state().getEscalations().size());
    }
    assertEquals("case conference", c.state().getEscalations().get(0).getEscalation().getBody());
    assertEquals(
        "city intervention team", c.state().getEscalations().get(4).getEscalation().getBody());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_organisationalRungsOneToThree_allowed(String preset) {
    TestCase c = executing(preset);
    for (int rung = 1; rung <= 3; rung++) {
      raise(c, escalate(EscalationKind.ORGANISATIONAL, rung), rung);
    }
    assertEquals(3, c.state().getOpenEscalations().size());
    assertEquals(
        "city chain director or city marine",
        c.state().getEscalations().get(2).getEscalation().getBody());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_mayorWithoutEmergencyReason_refusedAsEmergencyOnly(String preset) {
    TestCase c = executing(preset);
    for (int rung = 1; rung <= 3; rung++) {
      c.accept(escalate(EscalationKind.ORGANISATIONAL, rung), NETWORK_DIRECTOR);
    }
    assertTrue(ladder(c.profile(), EscalationKind.ORGANISATIONAL).rung(4).get().isEmergencyOnly());

    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 4), NETWORK_DIRECTOR),
        "escalation.emergency-only");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_mayorWithEmergencyReason_allowed(String preset) {
    TestCase c = executing(preset);
    for (int rung = 1; rung <= 3; rung++) {
      c.accept(escalate(EscalationKind.ORGANISATIONAL, rung), NETWORK_DIRECTOR);
    }

    Escalation mayor = raise(c, emergency(EscalationKind.ORGANISATIONAL, 4), 4);

    assertEquals("the mayor", mayor.getBody());
    assertEquals(Optional.of("acute danger to the children next door"), mayor.getEmergencyReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_jumpOverRungsWithoutEmergency_refusedOneRungAtATime(String preset) {
    TestCase c = executing(preset);
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 2), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time");
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 3), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time");
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 3), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_jumpOverRungsWithEmergencyReason_allowed(String preset) {
    TestCase c = executing(preset);
    raise(c, emergency(EscalationKind.CONTENT, 5), 1);
    raise(c, emergency(EscalationKind.ORGANISATIONAL, 3), 2);
    assertEquals(2, c.state().getOpenEscalations().size());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_jumpToMayorWithoutReason_refusedForBothRules(String preset) {
    TestCase c = executing(preset);
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 4), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time",
        "escalation.emergency-only");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_sameOrLowerRungAgain_allowedWithoutReason(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.accept(escalate(EscalationKind.CONTENT, 2), NETWORK_DIRECTOR);
    raise(c, escalate(EscalationKind.CONTENT, 1), 3);
    raise(c, escalate(EscalationKind.CONTENT, 3), 4);
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_laddersClimbIndependently_contentRungsDoNotOpenOrganisationalRungs(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.accept(escalate(EscalationKind.CONTENT, 2), NETWORK_DIRECTOR);
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 2), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time");
    raise(c, escalate(EscalationKind.ORGANISATIONAL, 1), 3);
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_afterResolution_climbContinuesFromHighestRungAndIdsKeepCounting(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.accept(resolve("esc-1", ResolutionKind.NONE), NETWORK_DIRECTOR);
    assertTrue(c.state().getOpenEscalations().isEmpty());

    Escalation second = raise(c, escalate(EscalationKind.CONTENT, 2), 2);

    assertEquals(1, c.state().getOpenEscalations().size());
    assertEquals(2, second.getRung());
  }

  // ------------------------------------------------------------------ refusals

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_nonExistentRung_refusedNoSuchRung(String preset) {
    TestCase c = executing(preset);
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 6), NETWORK_DIRECTOR), "escalation.no-such-rung");
    assertViolations(
        c.refuse(emergency(EscalationKind.CONTENT, 6), NETWORK_DIRECTOR),
        "escalation.no-such-rung");
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 5), NETWORK_DIRECTOR),
        "escalation.no-such-rung");
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 0), NETWORK_DIRECTOR), "escalation.no-such-rung");
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, -1), NETWORK_DIRECTOR),
        "escalation.no-such-rung");
    assertTrue(c.state().getEscalations().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_pressureAndCoercionKind_refusedUseCoercionMeasure(String preset) {
    TestCase c = executing(preset);
    assertViolations(
        c.refuse(escalate(EscalationKind.PRESSURE_AND_COERCION, 1), NETWORK_DIRECTOR),
        "escalation.use-coercion-measure");
    assertViolations(
        c.refuse(emergency(EscalationKind.PRESSURE_AND_COERCION, 1), NETWORK_DIRECTOR),
        "escalation.use-coercion-measure");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_byTrajectoryDirector_refusedNetworkDirectorRole(String preset) {
    TestCase c = executing(preset);
    assertFalse(TRAJECTORY_DIRECTOR.hasRole(ProfessionalRole.NETWORK_DIRECTOR));
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 1), TRAJECTORY_DIRECTOR),
        "role.network-director");
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 1), POLICE_MEMBER),
        "role.network-director");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_beforeIntegralPictureStep_refusedOutOfOrder(String preset) {
    TestCase c = newCase(preset(preset)).toGatherInformation(SINGLE);
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR), "step.out-of-order");
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 1), NETWORK_DIRECTOR),
        "step.out-of-order");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_inIntegralPictureStep_allowed(String preset) {
    TestCase c = newCase(preset(preset)).toIntegralPicture(SINGLE);
    assertEquals(ProcessStep.INTEGRAL_PICTURE, c.state().getStep());
    raise(c, escalate(EscalationKind.ORGANISATIONAL, 1), 1);
  }

  // ------------------------------------------------------------------ requests

  @ParameterizedTest
  @MethodSource("presets")
  void requestEscalation_byTrajectoryDirector_emitsEscalationRequestedWithoutOpeningOne(
      String preset) {
    TestCase c = executing(preset);
    long version = c.state().getVersion();

    List<CaseEvent> events =
        c.accept(
            new CaseCommand.RequestEscalation(
                EscalationKind.ORGANISATIONAL, "core partner withdrew silently"),
            TRAJECTORY_DIRECTOR);

    assertEquals(1, events.size());
    EscalationRequested requested = assertInstanceOf(EscalationRequested.class, events.get(0));
    assertEquals(EscalationKind.ORGANISATIONAL, requested.getKind());
    assertEquals("core partner withdrew silently", requested.getBottleneck());
    assertEquals(TRAJECTORY_DIRECTOR.getId(), requested.getActor());
    assertEquals(version + 1, c.state().getVersion());
    assertTrue(c.state().getOpenEscalations().isEmpty(), "a request does not escalate");
    assertTrue(c.state().getEscalations().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void requestEscalation_byNonTrajectoryDirector_refused(String preset) {
    TestCase c = executing(preset);
    CaseCommand.RequestEscalation cmd =
        new CaseCommand.RequestEscalation(EscalationKind.CONTENT, BOTTLENECK);
    assertViolations(
        c.refuse(cmd, OTHER_TRAJECTORY_DIRECTOR), "escalation.request-by-trajectory-director");
    assertViolations(c.refuse(cmd, NETWORK_DIRECTOR), "escalation.request-by-trajectory-director");
    assertViolations(c.refuse(cmd, POLICE_MEMBER), "escalation.request-by-trajectory-director");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void requestEscalation_beforeIntegralPictureStep_refusedOutOfOrder(String preset) {
    TestCase c = newCase(preset(preset)).toGatherInformation(SINGLE);
    assertViolations(
        c.refuse(
            new CaseCommand.RequestEscalation(EscalationKind.CONTENT, BOTTLENECK),
            TRAJECTORY_DIRECTOR),
        "step.out-of-order",
        "escalation.request-by-trajectory-director");
  }

  // ------------------------------------------------------------------ resolving

  @ParameterizedTest
  @MethodSource("presetsAndResolutions")
  void resolveEscalation_openEscalation_recordsResolutionAndClosesIt(
      String preset, ResolutionKind kind) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.ORGANISATIONAL, 1), NETWORK_DIRECTOR);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);

    List<CaseEvent> events = c.accept(resolve("esc-1", kind), NETWORK_DIRECTOR);

    assertEquals(1, events.size());
    EscalationResolved resolved = assertInstanceOf(EscalationResolved.class, events.get(0));
    assertEquals(EscalationId.of("esc-1"), resolved.getEscalationId());
    assertEquals(kind, resolved.getResolution().getKind());
    assertEquals("waiting list for housing", resolved.getResolution().getBlocker());
    assertFalse(c.state().getOpenEscalations().containsKey(EscalationId.of("esc-1")));
    assertTrue(
        c.state().getOpenEscalations().containsKey(EscalationId.of("esc-2")),
        "the other stays open");
    assertEquals(List.of(resolved), c.state().getResolutions());
    assertEquals(2, c.state().getEscalations().size(), "the history keeps every escalation");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void resolveEscalation_notOpen_refused(String preset) {
    TestCase c = executing(preset);
    assertViolations(
        c.refuse(resolve("esc-1", ResolutionKind.AD_HOC), NETWORK_DIRECTOR), "escalation.not-open");
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.accept(resolve("esc-1", ResolutionKind.STRUCTURAL), NETWORK_DIRECTOR);
    assertViolations(
        c.refuse(resolve("esc-1", ResolutionKind.AD_HOC), NETWORK_DIRECTOR), "escalation.not-open");
    assertViolations(
        c.refuse(resolve("esc-7", ResolutionKind.NONE), NETWORK_DIRECTOR), "escalation.not-open");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void resolveEscalation_byTrajectoryDirector_refusedNetworkDirectorRole(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    assertViolations(
        c.refuse(resolve("esc-1", ResolutionKind.AD_HOC), TRAJECTORY_DIRECTOR),
        "role.network-director");
  }

  // ------------------------------------------------------------------ agenda

  private static List<Obligation> escalationsOnAgenda(TestCase c) {
    Agenda agenda = AgendaRules.of(c.profile()).forCase(c.state(), c.today());
    return agenda.filter(o -> o.getKind() == ObligationKind.ESCALATION).getObligations();
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_openEscalation_listedWithRungBodyUntilResolved(String preset) {
    TestCase c = executing(preset);
    assertTrue(escalationsOnAgenda(c).isEmpty());
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.advance(3);
    c.accept(escalate(EscalationKind.CONTENT, 2), NETWORK_DIRECTOR);

    List<Obligation> open = escalationsOnAgenda(c);
    assertEquals(2, open.size());
    Obligation second =
        open.stream()
            .filter(
                o ->
                    o.getBody()
                        .equals(
                            Optional.of(
                                ladder(c.profile(), EscalationKind.CONTENT)
                                    .rung(2)
                                    .get()
                                    .getBody())))
            .findFirst()
            .orElseThrow();
    assertEquals(
        Optional.of("case discussion with fellow network directors and a psychiatrist"),
        second.getBody());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, second.getRole());
    assertEquals(c.today(), second.getSince());
    assertEquals(
        c.today().plusDays(c.profile().getIntervention().getEscalationResponseDays()),
        second.getDueOn());
    assertFalse(second.isOverdue());
    assertTrue(open.stream().anyMatch(o -> o.getBody().equals(Optional.of("case conference"))));

    c.accept(resolve("esc-1", ResolutionKind.AD_HOC), NETWORK_DIRECTOR);
    List<Obligation> left = escalationsOnAgenda(c);
    assertEquals(1, left.size());
    assertEquals(second.getBody(), left.get(0).getBody());

    c.accept(resolve("esc-2", ResolutionKind.STRUCTURAL), NETWORK_DIRECTOR);
    assertTrue(escalationsOnAgenda(c).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_openEscalationPastResponseDays_overdue(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.ORGANISATIONAL, 1), NETWORK_DIRECTOR);
    int days = c.profile().getIntervention().getEscalationResponseDays();
    List<Obligation> onTime = escalationsOnAgenda(c.advance(days));
    assertFalse(onTime.get(0).isOverdue());
    List<Obligation> late = escalationsOnAgenda(c.advance(1));
    assertTrue(late.get(0).isOverdue());
    assertEquals(
        Optional.of("higher managers of the partners or the municipality"), late.get(0).getBody());
  }

  // ------------------------------------------------------------------ ladders are data

  @Test
  void ladder_pressureAndCoercionKind_rejected() {
    org.junit.jupiter.api.Assertions.assertThrows(
        nl.lon.core.error.InvalidValueException.class,
        () ->
            EscalationLadder.builder()
                .kind(EscalationKind.PRESSURE_AND_COERCION)
                .emergencyJumpAllowed(false)
                .addRungs(EscalationLadder.standardContent().getRungs().get(0))
                .build());
  }

  @Test
  void escalate_ladderWithoutEmergencyJumps_refusesJumpEvenWithReason() {
    MethodologyProfile strict =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .intervention(
                InterventionPolicy.builder()
                    .contentLadder(
                        EscalationLadder.builder()
                            .from(EscalationLadder.standardContent())
                            .emergencyJumpAllowed(false)
                            .build())
                    .build())
            .build();
    TestCase c = newCase(strict).toExecute();
    assertViolations(
        c.refuse(emergency(EscalationKind.CONTENT, 3), NETWORK_DIRECTOR),
        "escalation.one-rung-at-a-time");
    raise(c, emergency(EscalationKind.CONTENT, 1), 1);
  }
}

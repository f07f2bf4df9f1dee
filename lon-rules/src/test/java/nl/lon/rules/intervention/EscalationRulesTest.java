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
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.MeetingKind;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escalation (opschaling) per preset: the content options and the organisational steps are a
 * choice, not a ladder (seeds/004_ca47ed76719141bc.txt l.1645-1656, l.1674-1690); the mayor only in
 * a serious emergency (l.1686-1688); each city's administrative body (l.836-841); Enschede's
 * escalation straight to the city intervention team for pressure and coercion (l.1698); who
 * escalates and who asks, resolving, and the open escalation on the agenda.
 */
class EscalationRulesTest {

  private static final String BOTTLENECK = "client categorically refuses every offer of care";

  static Stream<String> presets() {
    return InterventionFixtures.presets();
  }

  static Stream<Arguments> presetsAndResolutions() {
    return presets().flatMap(p -> Stream.of(ResolutionKind.values()).map(k -> Arguments.of(p, k)));
  }

  static Stream<Arguments> presetsAndContentOptions() {
    return presets().flatMap(p -> IntStream.rangeClosed(1, 5).mapToObj(n -> Arguments.of(p, n)));
  }

  private static CaseCommand.Escalate escalate(EscalationKind kind, int option) {
    return new CaseCommand.Escalate(kind, option, BOTTLENECK, Optional.empty());
  }

  private static CaseCommand.Escalate emergency(EscalationKind kind, int option) {
    return new CaseCommand.Escalate(
        kind, option, BOTTLENECK, Optional.of("acute danger to the children next door"));
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

  private static EscalationOptions options(MethodologyProfile profile, EscalationKind kind) {
    return profile.getIntervention().escalation(kind).orElseThrow();
  }

  /** Escalates and checks the single EscalationRaised event against the chosen option. */
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
    assertEquals(options(c.profile(), cmd.kind()).option(cmd.rung()).get().getBody(), e.getBody());
    assertEquals(BOTTLENECK, e.getBottleneck());
    assertEquals(cmd.emergencyReason(), e.getEmergencyReason());
    assertTrue(c.state().getOpenEscalations().containsKey(e.getId()), "the escalation is open");
    assertEquals(raised, c.state().getOpenEscalations().get(e.getId()));
    return e;
  }

  // ------------------------------------------------------------------ a choice, not a ladder

  /** l.1645-1656: "Op casusinhoudelijk niveau zijn de mogelijkheden: ..." - any one first. */
  @ParameterizedTest
  @MethodSource("presetsAndContentOptions")
  void escalate_anyContentOptionAsTheFirstEscalation_allowedWithoutEmergencyReason(
      String preset, int option) {
    TestCase c = executing(preset);
    assertEquals(5, options(c.profile(), EscalationKind.CONTENT).getOptions().size());
    raise(c, escalate(EscalationKind.CONTENT, option), 1);
  }

  /** l.1645-1656: the source's five content options, in its order, with their Dutch names. */
  @ParameterizedTest
  @MethodSource("presets")
  void contentOptions_everyPreset_theSourcesFiveOptions(String preset) {
    List<String> nl =
        options(preset(preset), EscalationKind.CONTENT).getOptions().stream()
            .map(EscalationOption::getBodyNl)
            .toList();
    assertEquals("casusoverleg", nl.get(0));
    assertEquals(
        "casu\u00efstiekbespreking met collega-netwerkregisseurs en psychiater", nl.get(1));
    assertEquals("intervisie", nl.get(2));
    assertEquals("stedelijk interventieteam", nl.get(4));
    assertTrue(
        options(preset(preset), EscalationKind.CONTENT).getOptions().stream()
            .noneMatch(EscalationOption::isEmergencyOnly),
        "l.1686-1688: only the mayor is for serious emergencies; no content option needs one");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_contentOptionsInAnyOrderAndAtOnce_eachRaisedWithItsBody(String preset) {
    TestCase c = executing(preset);
    raise(c, escalate(EscalationKind.CONTENT, 5), 1);
    raise(c, escalate(EscalationKind.CONTENT, 2), 2);
    raise(c, escalate(EscalationKind.CONTENT, 1), 3);
    raise(c, escalate(EscalationKind.CONTENT, 1), 4);
    assertEquals(4, c.state().getOpenEscalations().size());
    assertEquals(
        "city intervention team", c.state().getEscalations().get(0).getEscalation().getBody());
    assertEquals("case conference", c.state().getEscalations().get(2).getEscalation().getBody());
  }

  /** l.1674: "Er zijn vaak meerdere stappen mogelijk" - the steps in any order, several at once. */
  @ParameterizedTest
  @MethodSource("presets")
  void escalate_organisationalStepsInAnyOrder_allowedWithoutEmergencyReason(String preset) {
    TestCase c = executing(preset);
    raise(c, escalate(EscalationKind.ORGANISATIONAL, 3), 1);
    raise(c, escalate(EscalationKind.ORGANISATIONAL, 1), 2);
    raise(c, escalate(EscalationKind.ORGANISATIONAL, 2), 3);
    assertEquals(3, c.state().getOpenEscalations().size());
  }

  /** l.1683-1684: "een stedelijk ketenregisseur of stadsmariniers / jeugdconsuls". */
  @ParameterizedTest
  @MethodSource("presets")
  void organisationalOptions_thirdStep_namesChainDirectorCityMarinesAndYouthConsuls(String preset) {
    TestCase c = executing(preset);
    EscalationOption third = options(c.profile(), EscalationKind.ORGANISATIONAL).option(3).get();
    assertEquals("stedelijk ketenregisseur of stadsmariniers / jeugdconsuls", third.getBodyNl());
    assertEquals("a large mandate", third.getPowers());
    Escalation e = raise(c, escalate(EscalationKind.ORGANISATIONAL, 3), 1);
    assertEquals("city chain director or city marines / youth consuls", e.getBody());
  }

  /** l.1686-1688: the mayor "in ernstige noodsituaties, vanuit het openbare ordebeleid". */
  @ParameterizedTest
  @MethodSource("presets")
  void escalate_mayorWithoutEmergencyReason_refusedAsEmergencyOnly(String preset) {
    TestCase c = executing(preset);
    for (int step = 1; step <= 3; step++) {
      c.accept(escalate(EscalationKind.ORGANISATIONAL, step), NETWORK_DIRECTOR);
    }
    assertTrue(
        options(c.profile(), EscalationKind.ORGANISATIONAL).option(4).get().isEmergencyOnly());
    assertViolations(
        c.refuse(escalate(EscalationKind.ORGANISATIONAL, 4), NETWORK_DIRECTOR),
        "escalation.emergency-only");
  }

  /** l.1686-1688: in a serious emergency the mayor is called, without the other steps first. */
  @ParameterizedTest
  @MethodSource("presets")
  void escalate_mayorFirstWithEmergencyReason_allowed(String preset) {
    TestCase c = executing(preset);
    Escalation mayor = raise(c, emergency(EscalationKind.ORGANISATIONAL, 4), 1);
    assertEquals("the mayor", mayor.getBody());
    assertEquals(Optional.of("acute danger to the children next door"), mayor.getEmergencyReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_contentOptionWithEmergencyReason_allowedAndReasonKept(String preset) {
    TestCase c = executing(preset);
    Escalation e = raise(c, emergency(EscalationKind.CONTENT, 3), 1);
    assertEquals(Optional.of("acute danger to the children next door"), e.getEmergencyReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void escalate_afterResolution_idsKeepCounting(String preset) {
    TestCase c = executing(preset);
    c.accept(escalate(EscalationKind.CONTENT, 1), NETWORK_DIRECTOR);
    c.accept(resolve("esc-1", ResolutionKind.NONE), NETWORK_DIRECTOR);
    assertTrue(c.state().getOpenEscalations().isEmpty());

    Escalation second = raise(c, escalate(EscalationKind.CONTENT, 4), 2);

    assertEquals(1, c.state().getOpenEscalations().size());
    assertEquals(4, second.getRung());
  }

  // ------------------------------------------------------------------ each city's bodies

  /** l.836-841: "Stuurgroep (R, E)". */
  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "enschede"})
  void administrativeBody_rotterdamAndEnschede_isTheStuurgroep(String preset) {
    MethodologyProfile p = preset(preset);
    EscalationOption content = options(p, EscalationKind.CONTENT).option(4).get();
    EscalationOption organisational = options(p, EscalationKind.ORGANISATIONAL).option(2).get();
    assertEquals("stuurgroep", content.getBodyNl());
    assertEquals("steering group", content.getBody());
    assertEquals("stuurgroep", organisational.getBodyNl());
    assertEquals(
        p.getTerminology().meeting(MeetingKind.STEERING_GROUP, Locale.forLanguageTag("nl")),
        organisational.getBodyNl());
  }

  /** l.836-841: "Begeleidings-commissie (L)". */
  @Test
  void administrativeBody_leeuwarden_isTheBegeleidingscommissie() {
    MethodologyProfile p = MethodologyProfile.leeuwarden();
    assertEquals(
        "begeleidingscommissie", options(p, EscalationKind.CONTENT).option(4).get().getBodyNl());
    assertEquals(
        "begeleidingscommissie",
        options(p, EscalationKind.ORGANISATIONAL).option(2).get().getBodyNl());
    assertEquals(
        "supervisory committee",
        options(p, EscalationKind.ORGANISATIONAL).option(2).get().getBody());
  }

  // ------------------------------------------------------------------ pressure and coercion

  /** l.1698: "In Enschede wordt er voor drang- en dwangmaatregelen opgeschaald naar het SIT". */
  @Test
  void escalate_enschedePressureAndCoercion_straightToTheCityInterventionTeam() {
    TestCase c = executing("enschede");
    assertTrue(c.profile().getIntervention().getCoercionEscalation().isPresent());
    Escalation e = raise(c, escalate(EscalationKind.PRESSURE_AND_COERCION, 1), 1);
    assertEquals("city intervention team", e.getBody());
    assertEquals(EscalationKind.PRESSURE_AND_COERCION, e.getKind());
    assertTrue(c.state().getEscalations().size() == 1, "no content option needed first");
    assertViolations(
        c.refuse(escalate(EscalationKind.PRESSURE_AND_COERCION, 2), NETWORK_DIRECTOR),
        "escalation.no-such-rung");
  }

  /** l.1698: the trajectory director (Enschede's probleemhouder) may ask for it. */
  @Test
  void requestEscalation_enschedePressureAndCoercion_allowed() {
    TestCase c = executing("enschede");
    List<CaseEvent> events =
        c.accept(
            new CaseCommand.RequestEscalation(
                EscalationKind.PRESSURE_AND_COERCION, "client refuses any help; danger grows"),
            TRAJECTORY_DIRECTOR);
    EscalationRequested r = assertInstanceOf(EscalationRequested.class, events.get(0));
    assertEquals(EscalationKind.PRESSURE_AND_COERCION, r.getKind());
  }

  /**
   * Rotterdam's continuum (l.1692-1696) and Leeuwarden's measures (l.1702-1716) name no body to
   * escalate pressure and coercion to: the measures are recorded from the catalogue.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "leeuwarden"})
  void escalate_pressureAndCoercionWithoutABody_refusedUseCoercionMeasure(String preset) {
    TestCase c = executing(preset);
    assertTrue(c.profile().getIntervention().getCoercionEscalation().isEmpty());
    assertViolations(
        c.refuse(escalate(EscalationKind.PRESSURE_AND_COERCION, 1), NETWORK_DIRECTOR),
        "escalation.use-coercion-measure");
    assertViolations(
        c.refuse(emergency(EscalationKind.PRESSURE_AND_COERCION, 1), NETWORK_DIRECTOR),
        "escalation.use-coercion-measure");
    assertViolations(
        c.refuse(
            new CaseCommand.RequestEscalation(EscalationKind.PRESSURE_AND_COERCION, BOTTLENECK),
            TRAJECTORY_DIRECTOR),
        "escalation.use-coercion-measure");
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
                                options(c.profile(), EscalationKind.CONTENT)
                                    .option(2)
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

  // ------------------------------------------------------------------ options are data

  @Test
  void policy_optionsOfTheWrongKind_rejected() {
    org.junit.jupiter.api.Assertions.assertThrows(
        nl.lon.core.error.InvalidValueException.class,
        () ->
            InterventionPolicy.builder()
                .contentEscalation(EscalationOptions.standardOrganisational())
                .build());
    org.junit.jupiter.api.Assertions.assertThrows(
        nl.lon.core.error.InvalidValueException.class,
        () ->
            InterventionPolicy.builder()
                .coercionEscalation(EscalationOptions.standardContent())
                .build());
  }

  @Test
  void escalate_networkWithItsOwnOptions_choosesAmongThem() {
    MethodologyProfile own =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .intervention(
                InterventionPolicy.builder()
                    .contentEscalation(
                        EscalationOptions.builder()
                            .kind(EscalationKind.CONTENT)
                            .addOptions(
                                EscalationOptions.standardContent().option(1).get(),
                                EscalationOption.builder()
                                    .body("regional expertise team")
                                    .bodyNl("regionaal expertiseteam")
                                    .chair("GGZ")
                                    .powers("advice on complex cases")
                                    .build())
                            .build())
                    .build())
            .build();
    TestCase c = newCase(own).toExecute();
    assertEquals(
        "regional expertise team", raise(c, escalate(EscalationKind.CONTENT, 2), 1).getBody());
    assertViolations(
        c.refuse(escalate(EscalationKind.CONTENT, 3), NETWORK_DIRECTOR), "escalation.no-such-rung");
  }
}

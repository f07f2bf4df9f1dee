package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.BENEFIT_INSPECTOR;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.MUNICIPALITY;
import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.core.testing.Cast.PSYCHIATRIST;
import static nl.lon.core.testing.Cast.PUBLIC_PROSECUTOR;
import static nl.lon.rules.intervention.InterventionFixtures.newCase;
import static nl.lon.rules.intervention.InterventionFixtures.preset;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.assertViolations;
import static nl.lon.rules.testing.RulesFixtures.ctx;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.testing.Cast;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.intervention.InterventionFixtures.TestCase;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pressure and coercion continuum (drang en dwang): the catalogue as data, who records a
 * measure, rising with a reason, historical and unknown measures, and the statutory clocks on the
 * agenda.
 */
class CoercionRulesTest {

  static Stream<String> presets() {
    return InterventionFixtures.presets();
  }

  private static CaseCommand.RecordCoercionMeasure measure(String code) {
    return new CaseCommand.RecordCoercionMeasure(code, Optional.empty());
  }

  private static CaseCommand.RecordCoercionMeasure measure(String code, String reason) {
    return new CaseCommand.RecordCoercionMeasure(code, Optional.of(reason));
  }

  private static CoercionMeasureRecorded recorded(List<CaseEvent> events) {
    assertEquals(1, events.size());
    return assertInstanceOf(CoercionMeasureRecorded.class, events.get(0));
  }

  // ------------------------------------------------------------------ the catalogue is data

  @Nested
  class Catalogue {
    private final CoercionCatalogue standard = CoercionCatalogue.standard();

    @Test
    void standard_always_containsThe2008MeasuresAndTheWvggzNames() {
      Set<String> codes =
          standard.getMeasures().stream().map(CoercionMeasure::getCode).collect(Collectors.toSet());
      assertEquals(
          Set.of(
              CoercionCatalogue.UNSOLICITED_HELP,
              CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT,
              CoercionCatalogue.BENEFIT_HOME_VISIT,
              CoercionCatalogue.POLICE_MEASURE,
              CoercionCatalogue.WVGGZ_REPORT,
              CoercionCatalogue.WVGGZ_INQUIRY_CONCLUDED,
              CoercionCatalogue.COMPULSORY_CLEANING,
              CoercionCatalogue.CARE_AUTHORISATION,
              CoercionCatalogue.CRISIS_MEASURE,
              CoercionCatalogue.CRISIS_CONTINUATION,
              CoercionCatalogue.BOPZ_RM,
              CoercionCatalogue.BOPZ_IBS),
          codes);
      assertTrue(
          standard
              .measure(CoercionCatalogue.CARE_AUTHORISATION)
              .get()
              .getName()
              .contains("care authorisation"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.CARE_AUTHORISATION)
              .get()
              .getNameNl()
              .contains("zorgmachtiging"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.CRISIS_MEASURE)
              .get()
              .getName()
              .contains("crisis measure"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.CRISIS_MEASURE)
              .get()
              .getNameNl()
              .contains("crisismaatregel"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.WVGGZ_REPORT)
              .get()
              .getName()
              .contains("exploratory inquiry"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.WVGGZ_REPORT)
              .get()
              .getNameNl()
              .contains("verkennend onderzoek"));
      assertTrue(
          standard
              .measure(CoercionCatalogue.COMPULSORY_CLEANING)
              .get()
              .getExecutedBy()
              .contains(PartnerKind.GGD));
      assertEquals(
          Set.of(PartnerKind.HOUSING_CORPORATION),
          standard.measure(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT).get().getExecutedBy());
      assertEquals(
          Set.of(PartnerKind.SOCIAL_SERVICES),
          standard.measure(CoercionCatalogue.BENEFIT_HOME_VISIT).get().getExecutedBy());
      assertTrue(
          standard
              .measure(CoercionCatalogue.POLICE_MEASURE)
              .get()
              .getExecutedBy()
              .contains(PartnerKind.POLICE));
    }

    @Test
    void standard_bopzMeasures_markedHistoricalAndWvggzMeasuresInForce() {
      for (CoercionMeasure m : standard.getMeasures()) {
        boolean bopz = m.getCode().startsWith("bopz-");
        assertEquals(bopz, m.isHistorical(), m.getCode());
        assertFalse(m.getLegalBasis().isBlank(), m.getCode());
        assertFalse(m.getExecutedBy().isEmpty(), m.getCode());
      }
      assertTrue(
          standard.measure(CoercionCatalogue.BOPZ_RM).get().getLegalBasis().contains("BOPZ"));
    }

    @Test
    void standard_levels_nonDecreasingFromLeastToMostInterference() {
      List<CoercionMeasure> measures = standard.getMeasures();
      for (int i = 1; i < measures.size(); i++) {
        assertTrue(
            measures.get(i - 1).getLevel() <= measures.get(i).getLevel(),
            measures.get(i - 1).getCode() + " before " + measures.get(i).getCode());
      }
      assertEquals(CoercionCatalogue.UNSOLICITED_HELP, measures.get(0).getCode());
      assertTrue(
          standard.measure(CoercionCatalogue.CARE_AUTHORISATION).get().getLevel()
              > standard.measure(CoercionCatalogue.POLICE_MEASURE).get().getLevel());
    }

    /**
     * Regression (review D43): the corporation's lease-enforced home visit (seeds/004 l.1713-1714)
     * is no eviction; the standard catalogue holds none.
     */
    @Test
    void standard_noEvictionMeasure_notEvenTheLeaseEnforcedHomeVisit() {
      assertEquals(
          Set.of(),
          standard.getMeasures().stream()
              .filter(CoercionMeasure::isInvolvesEviction)
              .map(CoercionMeasure::getCode)
              .collect(Collectors.toSet()));
    }

    @Test
    void standard_statutoryClocks_carryDaysSourceAndWhatMeetsThem() {
      StatutoryClock report =
          standard.measure(CoercionCatalogue.WVGGZ_REPORT).get().getClock().get();
      assertEquals(14, report.getDays());
      assertTrue(report.getLegalSource().contains("Wvggz art. 5:2"));
      assertTrue(report.getMetBy().contains(CoercionCatalogue.WVGGZ_INQUIRY_CONCLUDED));
      StatutoryClock crisis =
          standard.measure(CoercionCatalogue.CRISIS_MEASURE).get().getClock().get();
      assertEquals(3, crisis.getDays());
      assertTrue(crisis.getMetBy().contains(CoercionCatalogue.CRISIS_CONTINUATION));
      assertEquals(
          183,
          standard.measure(CoercionCatalogue.CARE_AUTHORISATION).get().getClock().get().getDays());
      assertTrue(standard.measure(CoercionCatalogue.POLICE_MEASURE).get().getClock().isEmpty());
      assertTrue(standard.measure("no-such-measure").isEmpty());
    }

    @Test
    void builder_levelsOutOfOrder_rejected() {
      CoercionMeasure high = standard.measure(CoercionCatalogue.CRISIS_MEASURE).get();
      CoercionMeasure low = standard.measure(CoercionCatalogue.UNSOLICITED_HELP).get();
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> CoercionCatalogue.builder().addMeasures(high, low).build());
      assertTrue(e.getMessage().contains("CoercionCatalogue.measures"), e.getMessage());
    }

    @Test
    void builder_duplicateCode_rejected() {
      CoercionMeasure help = standard.measure(CoercionCatalogue.UNSOLICITED_HELP).get();
      assertThrows(
          InvalidValueException.class,
          () -> CoercionCatalogue.builder().addMeasures(help, help).build());
    }

    @Test
    void builder_noMeasures_rejected() {
      assertThrows(InvalidValueException.class, () -> CoercionCatalogue.builder().build());
    }
  }

  // ------------------------------------------------------------------ who records

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_crisisMeasureByPolice_refusedAuthority(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    assertViolations(
        c.refuse(measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"), POLICE_MEMBER),
        "coercion.authority");
    assertViolations(
        c.refuse(
            measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"), NETWORK_DIRECTOR),
        "coercion.authority");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_crisisMeasureByMunicipality_recordedWithLevelOrganisationAndReason(
      String preset) {
    TestCase c = newCase(preset(preset)).toExecute();

    CoercionMeasureRecorded m =
        recorded(
            c.accept(
                measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"),
                MUNICIPAL_OFFICER));

    assertEquals(CoercionCatalogue.CRISIS_MEASURE, m.getMeasureCode());
    assertEquals(7, m.getLevel());
    assertEquals(MUNICIPALITY, m.getExecutedBy());
    assertEquals("acute danger to self", m.getReason());
    assertEquals(MUNICIPAL_OFFICER.getId(), m.getActor());
    assertEquals(List.of(m), c.state().getCoercionMeasures());
    assertTrue(c.state().getInvolvedOrganisations().contains(MUNICIPALITY));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_eachMeasureByItsExecutingKind_accepted(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    c.accept(measure(CoercionCatalogue.UNSOLICITED_HELP, "client avoids care"), NETWORK_DIRECTOR);
    c.accept(
        measure(CoercionCatalogue.BENEFIT_HOME_VISIT, "suspicion of benefit fraud"),
        BENEFIT_INSPECTOR);
    c.accept(measure(CoercionCatalogue.POLICE_MEASURE, "threatened the neighbours"), POLICE_MEMBER);
    c.accept(
        measure(CoercionCatalogue.CARE_AUTHORISATION, "psychosis, refuses treatment"),
        PSYCHIATRIST);
    c.accept(measure(CoercionCatalogue.COMPULSORY_CLEANING), MUNICIPAL_OFFICER);
    c.accept(measure(CoercionCatalogue.CRISIS_CONTINUATION, "danger persists"), PUBLIC_PROSECUTOR);
    assertEquals(6, c.state().getCoercionMeasures().size());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_withoutActorOrganisation_refusedAuthority(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    assertViolations(
        c.refuse(
            measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"),
            ctx(MUNICIPAL_OFFICER, c.today())),
        "coercion.authority");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_organisationNotTheActorsOwn_refusedAuthority(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    CommandContext borrowed =
        new CommandContext(
            c.today(),
            recordedAt(c.today()),
            POLICE_MEMBER,
            Optional.of(Cast.organisation(MUNICIPALITY)),
            Optional.of(Cast.LON));
    assertViolations(
        c.refuse(measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"), borrowed),
        "coercion.authority");
  }

  // ------------------------------------------------------------------ the continuum

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_risingWithoutReason_refused(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    assertViolations(
        c.refuse(measure(CoercionCatalogue.UNSOLICITED_HELP), NETWORK_DIRECTOR),
        "coercion.reason-required-to-rise");
    c.accept(measure(CoercionCatalogue.UNSOLICITED_HELP, "client avoids care"), NETWORK_DIRECTOR);
    assertViolations(
        c.refuse(measure(CoercionCatalogue.POLICE_MEASURE), POLICE_MEMBER),
        "coercion.reason-required-to-rise");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_risingWithReason_allowed(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    c.accept(measure(CoercionCatalogue.UNSOLICITED_HELP, "client avoids care"), NETWORK_DIRECTOR);
    CoercionMeasureRecorded m =
        recorded(
            c.accept(
                measure(CoercionCatalogue.POLICE_MEASURE, "threatened the neighbours"),
                POLICE_MEMBER));
    assertEquals(3, m.getLevel());
    assertEquals("threatened the neighbours", m.getReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_sameOrLowerLevelWithoutReason_allowed(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    c.accept(measure(CoercionCatalogue.WVGGZ_REPORT, "neighbours fear a fire"), MUNICIPAL_OFFICER);

    CoercionMeasureRecorded same =
        recorded(c.accept(measure(CoercionCatalogue.WVGGZ_INQUIRY_CONCLUDED), MUNICIPAL_OFFICER));
    CoercionMeasureRecorded lower =
        recorded(c.accept(measure(CoercionCatalogue.UNSOLICITED_HELP), NETWORK_DIRECTOR));

    assertEquals(4, same.getLevel());
    assertEquals(1, lower.getLevel());
    assertFalse(same.getReason().isBlank(), "a reason is recorded even when none was given");
    assertTrue(lower.getReason().contains("no rise"), lower.getReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_historicalBopzMeasure_refused(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    assertViolations(
        c.refuse(measure(CoercionCatalogue.BOPZ_RM, "psychosis"), PSYCHIATRIST),
        "coercion.historical");
    assertViolations(
        c.refuse(measure(CoercionCatalogue.BOPZ_IBS, "acute danger"), MUNICIPAL_OFFICER),
        "coercion.historical");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_unknownCode_refused(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    assertViolations(
        c.refuse(measure("house-arrest", "no such thing"), MUNICIPAL_OFFICER),
        "coercion.unknown-measure");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void recordCoercion_beforeGatheringInformation_refusedOutOfOrder(String preset) {
    TestCase c = newCase(preset(preset)).signal(SINGLE);
    assertViolations(
        c.refuse(
            measure(CoercionCatalogue.WVGGZ_REPORT, "neighbours fear a fire"), MUNICIPAL_OFFICER),
        "step.out-of-order");
    c.judged();
    c.accept(measure(CoercionCatalogue.WVGGZ_REPORT, "neighbours fear a fire"), MUNICIPAL_OFFICER);
  }

  @Test
  void recordCoercion_networkOwnCatalogue_recordsItsOwnMeasuresOnly() {
    CoercionMeasure curfew =
        CoercionMeasure.builder()
            .code("area-ban")
            .name("mayor's area ban")
            .nameNl("gebiedsverbod van de burgemeester")
            .level(3)
            .legalBasis("Gemeentewet art. 172a")
            .executedBy(ImmutableSet.of(PartnerKind.MUNICIPALITY))
            .build();
    MethodologyProfile own =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .intervention(
                InterventionPolicy.builder()
                    .coercionCatalogue(CoercionCatalogue.builder().addMeasures(curfew).build())
                    .build())
            .build();
    TestCase c = newCase(own).toExecute();

    CoercionMeasureRecorded m =
        recorded(c.accept(measure("area-ban", "repeated nuisance at night"), MUNICIPAL_OFFICER));

    assertEquals(3, m.getLevel());
    assertViolations(
        c.refuse(measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger"), MUNICIPAL_OFFICER),
        "coercion.unknown-measure");
  }

  // ------------------------------------------------------------------ statutory clocks on the
  // agenda

  private static List<Obligation> deadlines(TestCase c, LocalDate on) {
    return AgendaRules.of(c.profile())
        .forCase(c.state(), on)
        .filter(o -> o.getKind() == ObligationKind.STATUTORY_DEADLINE)
        .getObligations();
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_wvggzReport_deadlineFourteenDaysUntilInquiryConcluded(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    LocalDate reported = c.today();
    c.accept(measure(CoercionCatalogue.WVGGZ_REPORT, "neighbours fear a fire"), MUNICIPAL_OFFICER);

    List<Obligation> open = deadlines(c, reported);
    assertEquals(1, open.size());
    Obligation o = open.get(0);
    assertEquals(reported, o.getSince());
    assertEquals(reported.plusDays(14), o.getDueOn());
    assertTrue(o.getBasis().contains("Wvggz art. 5:2"), o.getBasis());
    assertEquals(Optional.of("finish the exploratory inquiry"), o.getBody());
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, o.getRole());
    assertFalse(o.isOverdue());
    assertTrue(deadlines(c, reported.plusDays(15)).get(0).isOverdue());

    c.advance(10).accept(measure(CoercionCatalogue.WVGGZ_INQUIRY_CONCLUDED), MUNICIPAL_OFFICER);

    assertTrue(deadlines(c, c.today()).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_crisisMeasure_deadlineThreeDaysUntilContinuation(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    LocalDate imposed = c.today();
    c.accept(measure(CoercionCatalogue.CRISIS_MEASURE, "acute danger to self"), MUNICIPAL_OFFICER);

    List<Obligation> open = deadlines(c, imposed);
    assertEquals(1, open.size());
    assertEquals(imposed.plusDays(3), open.get(0).getDueOn());
    assertTrue(open.get(0).getBasis().contains("Wvggz art. 7:7"), open.get(0).getBasis());

    c.advance(2).accept(measure(CoercionCatalogue.CRISIS_CONTINUATION), PUBLIC_PROSECUTOR);

    assertTrue(deadlines(c, c.today()).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_careAuthorisation_deadlineHalfAYearAndRenewalRestartsIt(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    LocalDate granted = c.today();
    c.accept(
        measure(CoercionCatalogue.CARE_AUTHORISATION, "psychosis, refuses treatment"),
        PSYCHIATRIST);

    List<Obligation> open = deadlines(c, granted);
    assertEquals(1, open.size());
    assertEquals(granted.plusDays(183), open.get(0).getDueOn());
    assertTrue(open.get(0).getBasis().contains("Wvggz"), open.get(0).getBasis());

    c.advance(170).accept(measure(CoercionCatalogue.CARE_AUTHORISATION), PUBLIC_PROSECUTOR);

    List<Obligation> renewed = deadlines(c, c.today());
    assertEquals(1, renewed.size());
    assertEquals(c.today().plusDays(183), renewed.get(0).getDueOn());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void agenda_wvggzReportFollowedByCrisisMeasure_reportClockMetAndCrisisClockRuns(String preset) {
    TestCase c = newCase(preset(preset)).toExecute();
    c.accept(measure(CoercionCatalogue.WVGGZ_REPORT, "neighbours fear a fire"), MUNICIPAL_OFFICER);
    c.advance(1)
        .accept(measure(CoercionCatalogue.CRISIS_MEASURE, "fire in the flat"), MUNICIPAL_OFFICER);

    List<Obligation> open = deadlines(c, c.today());
    assertEquals(1, open.size());
    assertEquals(c.today().plusDays(3), open.get(0).getDueOn());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CoercionCatalogue.UNSOLICITED_HELP,
        CoercionCatalogue.POLICE_MEASURE,
        CoercionCatalogue.COMPULSORY_CLEANING
      })
  void agenda_measureWithoutClock_noStatutoryDeadline(String code) {
    TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
    var actor = code.equals(CoercionCatalogue.POLICE_MEASURE) ? POLICE_MEMBER : MUNICIPAL_OFFICER;
    c.accept(
        measure(code, "needed"),
        code.equals(CoercionCatalogue.UNSOLICITED_HELP) ? NETWORK_DIRECTOR : actor);
    assertEquals(1, c.state().getCoercionMeasures().size());
    assertTrue(deadlines(c, c.today()).isEmpty());
  }

  @Test
  void recordCoercion_leaseEnforcedHomeVisitByHousingCorporation_accepted() {
    TestCase c = newCase(MethodologyProfile.rotterdam()).toExecute();
    CoercionMeasureRecorded m =
        recorded(
            c.accept(
                measure(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, "heavy nuisance"),
                HOUSING_OFFICER));
    assertEquals(2, m.getLevel());
    assertViolations(
        c.refuse(measure(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT), MUNICIPAL_OFFICER),
        "coercion.authority");
  }
}

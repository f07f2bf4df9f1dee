package nl.lon.core.escalation;

import static nl.lon.core.testing.CaseFixtures.ESCALATION;
import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of escalations, resolutions, rungs, coercion measures and statutory clocks. */
class EscalationValuesTest {

  // ------------------------------------------------------------ Escalation

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void build_rungOutOfRange_throwsRange(int rung) {
    assertRejected(
        "Escalation.rung",
        "range-1-100",
        () -> Escalation.builder().from(CaseFixtures.escalation(ESCALATION)).rung(rung).build());
  }

  @Test
  void build_blankBody_throwsNotBlank() {
    assertRejected(
        "Escalation.body",
        "not-blank",
        () -> Escalation.builder().from(CaseFixtures.escalation(ESCALATION)).body("").build());
  }

  @Test
  void build_blankBottleneck_throwsNotBlank() {
    assertRejected(
        "Escalation.bottleneck",
        "not-blank",
        () ->
            Escalation.builder().from(CaseFixtures.escalation(ESCALATION)).bottleneck(" ").build());
  }

  @Test
  void build_blankEmergencyReason_throwsNotBlank() {
    assertRejected(
        "Escalation.emergencyReason",
        "not-blank",
        () ->
            Escalation.builder()
                .from(CaseFixtures.escalation(ESCALATION))
                .emergencyReason("  ")
                .build());
  }

  @Test
  void build_emergencyReasonGiven_keepsReason() {
    Escalation e =
        Escalation.builder()
            .from(CaseFixtures.escalation(ESCALATION))
            .rung(4)
            .emergencyReason("acute danger to the children")
            .build();
    assertEquals(Optional.of("acute danger to the children"), e.getEmergencyReason());
    assertEquals(4, e.getRung());
    assertTrue(CaseFixtures.escalation(ESCALATION).getEmergencyReason().isEmpty());
  }

  @Test
  void build_escalationWithoutKind_throwsRequired() {
    assertRequired(
        "Escalation.kind",
        () ->
            Escalation.builder()
                .id(ESCALATION)
                .rung(1)
                .body("case conference")
                .bottleneck("x")
                .build());
  }

  // ------------------------------------------------------------ EscalationResolution

  @Test
  void of_resolutionWithBlankDescription_throwsNotBlank() {
    assertRejected(
        "EscalationResolution.description",
        "not-blank",
        () -> EscalationResolution.of(ResolutionKind.STRUCTURAL, "", "rule"));
  }

  @Test
  void of_resolutionWithBlankBlocker_throwsNotBlank() {
    assertRejected(
        "EscalationResolution.blocker",
        "not-blank",
        () -> EscalationResolution.of(ResolutionKind.NONE, "nothing helped", " "));
  }

  @Test
  void of_resolutionWithNullKind_throwsRequired() {
    assertRequired("EscalationResolution.kind", () -> EscalationResolution.of(null, "d", "b"));
  }

  // ------------------------------------------------------------ EscalationOption

  @Test
  void build_rungWithBlankChair_throwsNotBlank() {
    assertRejected(
        "EscalationOption.chair",
        "not-blank",
        () ->
            EscalationOption.builder().from(CaseFixtures.steeringGroupOption()).chair("").build());
  }

  @Test
  void build_rungWithBlankDutchBody_throwsNotBlank() {
    assertRejected(
        "EscalationOption.bodyNl",
        "not-blank",
        () ->
            EscalationOption.builder()
                .from(CaseFixtures.steeringGroupOption())
                .bodyNl(" ")
                .build());
  }

  @Test
  void build_rungWithoutEmergencyFlag_isNotEmergencyOnly() {
    assertFalse(CaseFixtures.steeringGroupOption().isEmergencyOnly());
    assertTrue(
        EscalationOption.builder()
            .from(CaseFixtures.steeringGroupOption())
            .emergencyOnly(true)
            .build()
            .isEmergencyOnly());
  }

  // ------------------------------------------------------------ CoercionMeasure

  @Test
  void build_measureWithMalformedCode_throwsIdentifierFormat() {
    assertRejected(
        "CoercionMeasure.code",
        "identifier-format",
        () ->
            CoercionMeasure.builder()
                .from(CaseFixtures.compulsoryCleaning())
                .code("compulsory cleaning")
                .build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101})
  void build_measureLevelOutOfRange_throwsRange(int level) {
    assertRejected(
        "CoercionMeasure.level",
        "range-1-100",
        () ->
            CoercionMeasure.builder().from(CaseFixtures.compulsoryCleaning()).level(level).build());
  }

  @Test
  void build_measureWithoutExecutors_throwsNotEmpty() {
    assertRejected(
        "CoercionMeasure.executedBy",
        "not-empty",
        () ->
            CoercionMeasure.builder()
                .from(CaseFixtures.compulsoryCleaning())
                .executedBy(List.of())
                .build());
  }

  @Test
  void build_measureWithBlankLegalBasis_throwsNotBlank() {
    assertRejected(
        "CoercionMeasure.legalBasis",
        "not-blank",
        () ->
            CoercionMeasure.builder()
                .from(CaseFixtures.compulsoryCleaning())
                .legalBasis("")
                .build());
  }

  @Test
  void build_measure_isCurrentByDefaultAndKeepsClock() {
    CoercionMeasure m = CaseFixtures.compulsoryCleaning();
    assertFalse(m.isHistorical());
    assertFalse(m.isInvolvesEviction());
    assertEquals(14, m.getClock().orElseThrow().getDays());
    assertTrue(m.getExecutedBy().contains(PartnerKind.GGD));
  }

  // ------------------------------------------------------------ StatutoryClock

  @ParameterizedTest
  @ValueSource(ints = {0, 3661})
  void build_clockDaysOutOfRange_throwsRange(int days) {
    assertRejected(
        "StatutoryClock.days",
        "range-1-3660",
        () -> StatutoryClock.builder().from(CaseFixtures.statutoryClock()).days(days).build());
  }

  @Test
  void build_clockWithoutMeasuresMeetingIt_throwsNotEmpty() {
    assertRejected(
        "StatutoryClock.metBy",
        "not-empty",
        () ->
            StatutoryClock.builder().from(CaseFixtures.statutoryClock()).metBy(List.of()).build());
  }

  @Test
  void build_clock_keepsMeasuresMeetingIt() {
    assertEquals(java.util.Set.of("compulsory-cleaning"), CaseFixtures.statutoryClock().getMetBy());
  }

  @Test
  void build_clockWithBlankLegalSource_throwsNotBlank() {
    assertRejected(
        "StatutoryClock.legalSource",
        "not-blank",
        () ->
            StatutoryClock.builder().from(CaseFixtures.statutoryClock()).legalSource(" ").build());
  }
}

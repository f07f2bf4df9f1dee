package nl.lon.core.client;

import static nl.lon.core.testing.CaseFixtures.DEBT_BANK;
import static nl.lon.core.testing.CaseFixtures.GGZ;
import static nl.lon.core.testing.CaseFixtures.POLICE;
import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation and behaviour of households, consent and target-group assignments. */
class ClientValuesTest {

  private static final LocalDate SIGNED = LocalDate.of(2026, 3, 5);
  private static final LocalDate WITHDRAWN = LocalDate.of(2026, 6, 1);

  // ------------------------------------------------------------ Household

  @ParameterizedTest
  @CsvSource({"0,0", "0,3", "-1,0", "51,0"})
  void of_adultsOutOfRange_throwsRangeOnAdults(int adults, int children) {
    assertRejected("Household.adults", "range-1-50", () -> Household.of(adults, children));
  }

  @ParameterizedTest
  @CsvSource({"1,-1", "2,51"})
  void of_childrenOutOfRange_throwsRangeOnChildren(int adults, int children) {
    assertRejected("Household.children", "range-0-50", () -> Household.of(adults, children));
  }

  @Test
  void hasChildren_withAndWithoutChildren_followsCount() {
    assertTrue(Household.of(1, 1).hasChildren());
    assertTrue(CaseFixtures.household().hasChildren());
    assertFalse(Household.of(2, 0).hasChildren());
  }

  @Test
  void single_noArguments_isOneAdultNoChildren() {
    assertEquals(Household.of(1, 0), Household.single());
    assertEquals(1, Household.single().getAdults());
    assertFalse(Household.single().hasChildren());
  }

  @Test
  void of_boundaryValues_areValid() {
    Household h = Household.of(50, 50);
    assertEquals(50, h.getAdults());
    assertEquals(50, h.getChildren());
  }

  // ------------------------------------------------------------ Consent

  @Test
  void build_namedOrganisationsWithoutOrganisations_throwsNamedOrganisations() {
    assertRejected(
        "Consent.organisations",
        "named-organisations",
        () -> Consent.builder().scope(ConsentScope.NAMED_ORGANISATIONS).signedOn(SIGNED).build());
  }

  @Test
  void build_networkScopeWithOrganisations_throwsNamedOrganisations() {
    assertRejected(
        "Consent.organisations",
        "named-organisations",
        () ->
            Consent.builder()
                .scope(ConsentScope.NETWORK_PARTNERS)
                .addOrganisations(GGZ)
                .signedOn(SIGNED)
                .build());
  }

  @Test
  void build_withdrawnBeforeSigned_throwsNotBeforeSigned() {
    assertRejected(
        "Consent.withdrawnOn",
        "not-before-signed",
        () -> CaseFixtures.consent(SIGNED).withdrawnOn(SIGNED.minusDays(1)));
  }

  @Test
  void build_withdrawnBeforeSignedInBuilder_throwsNotBeforeSigned() {
    assertRejected(
        "Consent.withdrawnOn",
        "not-before-signed",
        () ->
            Consent.builder()
                .scope(ConsentScope.CASE_PARTNERS)
                .signedOn(SIGNED)
                .withdrawnOn(SIGNED.minusYears(1))
                .build());
  }

  @Test
  void build_consentWithoutScopeAndDate_throwsRequired() {
    assertRequired("Consent.scope", () -> Consent.builder().build());
  }

  @Test
  void withdrawnOn_sameDayAsSigned_isAllowedAndNeverInForce() {
    Consent c = CaseFixtures.consent(SIGNED).withdrawnOn(SIGNED);
    assertEquals(Optional.of(SIGNED), c.getWithdrawnOn());
    assertFalse(c.isInForceOn(SIGNED));
  }

  @Test
  void isInForceOn_aroundSigningAndWithdrawal_inForceFromSigningUntilDayBeforeWithdrawal() {
    Consent c = CaseFixtures.consent(SIGNED).withdrawnOn(WITHDRAWN);
    assertFalse(c.isInForceOn(SIGNED.minusDays(1)));
    assertTrue(c.isInForceOn(SIGNED));
    assertTrue(c.isInForceOn(WITHDRAWN.minusDays(1)));
    assertFalse(c.isInForceOn(WITHDRAWN));
    assertFalse(c.isInForceOn(WITHDRAWN.plusDays(1)));
  }

  @Test
  void isInForceOn_neverWithdrawn_inForceFromSigningOn() {
    Consent c = CaseFixtures.consent(SIGNED);
    assertFalse(c.isInForceOn(SIGNED.minusDays(1)));
    assertTrue(c.isInForceOn(SIGNED));
    assertTrue(c.isInForceOn(SIGNED.plusYears(30)));
  }

  @Test
  void covers_networkPartnersScope_coversEveryOrganisation() {
    Consent c = CaseFixtures.consent(SIGNED);
    assertTrue(c.covers(GGZ, true));
    assertTrue(c.covers(GGZ, false));
  }

  @Test
  void covers_casePartnersScope_coversOnlyInvolvedOrganisations() {
    Consent c = Consent.builder().scope(ConsentScope.CASE_PARTNERS).signedOn(SIGNED).build();
    assertTrue(c.covers(GGZ, true));
    assertFalse(c.covers(GGZ, false));
  }

  @Test
  void covers_namedScope_coversOnlyNamedOrganisationsRegardlessOfInvolvement() {
    Consent c = CaseFixtures.namedConsent(SIGNED, GGZ, DEBT_BANK);
    assertTrue(c.covers(GGZ, false));
    assertTrue(c.covers(DEBT_BANK, true));
    assertFalse(c.covers(POLICE, true));
    assertFalse(c.covers(POLICE, false));
  }

  // ------------------------------------------------------------ TargetGroupAssignment

  @Test
  void of_assignmentWithBlankReason_throwsNotBlank() {
    assertRejected(
        "TargetGroupAssignment.reason",
        "not-blank",
        () -> TargetGroupAssignment.of(TargetGroup.CARE_MISSER, " "));
  }

  @Test
  void of_assignmentWithReasonOver2000_throwsMaxLength() {
    assertRejected(
        "TargetGroupAssignment.reason",
        "max-length-2000",
        () -> TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "r".repeat(2001)));
  }

  @Test
  void of_assignmentWithNullGroup_throwsRequired() {
    assertRequired(
        "TargetGroupAssignment.targetGroup", () -> TargetGroupAssignment.of(null, "reason"));
  }

  @Test
  void of_sameGroupDifferentReason_areDifferentAssignments() {
    TargetGroupAssignment a = TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "noise");
    TargetGroupAssignment b = TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "smell");
    assertEquals(TargetGroup.NUISANCE_CAUSER, a.getTargetGroup());
    assertFalse(a.equals(b));
  }
}

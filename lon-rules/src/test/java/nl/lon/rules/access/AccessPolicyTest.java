package nl.lon.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  @Test
  void rotterdam_onlyTheCoordinatingOrganisationViews_noConsentNamesAllowed() {
    AccessPolicy p = AccessPolicy.rotterdam();

    assertEquals(ViewerScope.COORDINATING_ORGANISATION, p.getViewers());
    assertFalse(p.isConsentRequired());
    assertFalse(p.isClientNumbersOnly());
    assertTrue(p.isEmergencyOverrideAllowed());
    assertEquals(p, MethodologyProfile.rotterdam().getAccess());
  }

  @Test
  void enschede_casePartnersView_noConsentNamesAllowed() {
    AccessPolicy p = AccessPolicy.enschede();

    assertEquals(ViewerScope.CASE_PARTNERS, p.getViewers());
    assertFalse(p.isConsentRequired());
    assertFalse(p.isClientNumbersOnly());
    assertEquals(p, MethodologyProfile.enschede().getAccess());
  }

  @Test
  void leeuwarden_consentRequiredAndClientNumbersOnly() {
    AccessPolicy p = AccessPolicy.leeuwarden();

    assertEquals(ViewerScope.CASE_PARTNERS, p.getViewers());
    assertTrue(p.isConsentRequired());
    assertTrue(p.isClientNumbersOnly());
    assertEquals(p, MethodologyProfile.leeuwarden().getAccess());
  }

  @Test
  void legalBasis_standardCatalogue_findsWvggzReportByCodeAndNothingElse() {
    AccessPolicy p = AccessPolicy.leeuwarden();

    assertEquals(4, p.getLegalBases().size());
    assertEquals("wvggz-report", p.legalBasis("wvggz-report").get().getCode());
    assertFalse(p.legalBasis("wvggz-report").get().getSource().isBlank());
    assertEquals(Optional.empty(), p.legalBasis("gut-feeling"));
  }

  @Test
  void auditRetentionYears_belowFive_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                AccessPolicy.builder()
                    .viewers(ViewerScope.CASE_PARTNERS)
                    .consentRequired(false)
                    .clientNumbersOnly(false)
                    .auditRetentionYears(4)
                    .build());

    assertEquals("AccessPolicy.auditRetentionYears", e.getField());
    assertEquals(5, AccessPolicy.enschede().getAuditRetentionYears());
  }

  @Test
  void legalBasisOf_blankName_isRefused() {
    assertThrows(
        InvalidValueException.class, () -> LegalBasis.of("court-order", " ", "bevel", "Rv"));
  }
}

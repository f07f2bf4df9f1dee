package nl.lon.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.vault.PersonalData;
import org.junit.jupiter.api.Test;

/** A vault change names the case of a put and none for an erasure; a unit keeps it to its case. */
class VaultChangeTest {

  private static final NetworkId NETWORK = NetworkId.of("n1");
  private static final ClientNumber CLIENT = ClientNumber.of("C-1");
  private static final CaseId CASE = CaseId.of("c-1");
  private static final PersonalData DATA =
      PersonalData.builder().name("Jan Jansen").address("Straat 1").residence("Noord").build();

  @Test
  void put_namesItsCase_erasureNone() {
    VaultChange put = VaultChange.put(NETWORK, CLIENT, CASE, DATA);
    assertEquals(Optional.of(CASE), put.caseId());
    assertFalse(put.isErasure());
    VaultChange erase = VaultChange.erase(NETWORK, CLIENT);
    assertEquals(Optional.empty(), erase.caseId());
    assertTrue(erase.isErasure());
    assertFalse(put.toString().contains("Jan"), "the data never show in toString");
  }

  @Test
  void caseWithoutDataOrDataWithoutCase_isRefusedNamingTheCase() {
    InvalidValueException erasureWithCase =
        assertThrows(
            InvalidValueException.class,
            () -> new VaultChange(NETWORK, CLIENT, Optional.of(CASE), Optional.empty()));
    assertEquals("VaultChange.caseId", erasureWithCase.getField());
    assertEquals("case-with-data", erasureWithCase.getRule());
    InvalidValueException putWithoutCase =
        assertThrows(
            InvalidValueException.class,
            () -> new VaultChange(NETWORK, CLIENT, Optional.empty(), Optional.of(DATA)));
    assertEquals("VaultChange.caseId", putWithoutCase.getField());
    assertEquals(
        "VaultChange.caseId",
        assertThrows(
                InvalidValueException.class, () -> VaultChange.put(NETWORK, CLIENT, null, DATA))
            .getField());
  }

  @Test
  void unitOfWork_putForAnotherCaseThanItsAppend_isRefused() {
    CaseId other = CaseId.of("c-2");
    StreamAppend append =
        new StreamAppend(
            CASE,
            NETWORK,
            0,
            List.of(CaseFixtures.signalReceived(CASE, NETWORK)),
            Optional.empty());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new UnitOfWork(
                    Optional.of(append),
                    entry(),
                    Optional.of(VaultChange.put(NETWORK, CLIENT, other, DATA))));
    assertEquals("UnitOfWork.vaultChange.caseId", e.getField());
    assertEquals("same-case", e.getRule());
    UnitOfWork same =
        new UnitOfWork(
            Optional.of(append),
            entry(),
            Optional.of(VaultChange.put(NETWORK, CLIENT, CASE, DATA)));
    assertEquals(Optional.of(CASE), same.vaultChange().get().caseId());
    UnitOfWork erasure =
        new UnitOfWork(Optional.empty(), entry(), Optional.of(VaultChange.erase(NETWORK, CLIENT)));
    assertTrue(erasure.vaultChange().get().isErasure());
  }

  @Test
  void unitOfWork_vaultChangeTheAuditRecordDoesNotName_isRefused() {
    StreamAppend append =
        new StreamAppend(
            CASE,
            NETWORK,
            0,
            List.of(CaseFixtures.signalReceived(CASE, NETWORK)),
            Optional.empty());
    VaultChange put = VaultChange.put(NETWORK, CLIENT, CASE, DATA);
    assertEquals(
        "UnitOfWork.vaultChange.caseId",
        assertThrows(
                InvalidValueException.class,
                () -> new UnitOfWork(Optional.empty(), entry(), Optional.of(put)))
            .getField(),
        "a put without the append of its case");
    AuditEntry otherClient =
        AuditEntry.builder().from(entry()).client(ClientNumber.of("C-2")).build();
    assertEquals(
        "UnitOfWork.audit.client",
        assertThrows(
                InvalidValueException.class,
                () -> new UnitOfWork(Optional.of(append), otherClient, Optional.of(put)))
            .getField());
    assertEquals(
        "UnitOfWork.audit.client",
        assertThrows(
                InvalidValueException.class,
                () ->
                    new UnitOfWork(
                        Optional.empty(),
                        otherClient,
                        Optional.of(VaultChange.erase(NETWORK, CLIENT))))
            .getField(),
        "an erasure whose record names another client");
    AuditEntry otherCase = AuditEntry.builder().from(entry()).caseId(CaseId.of("c-2")).build();
    assertEquals(
        "UnitOfWork.audit.caseId",
        assertThrows(
                InvalidValueException.class,
                () -> new UnitOfWork(Optional.of(append), otherCase, Optional.of(put)))
            .getField());
  }

  private static AuditEntry entry() {
    return AuditEntry.builder()
        .eventId("00000000-0000-4000-8000-000000000001")
        .occurredAt(Instant.parse("2026-03-02T09:15:00Z"))
        .actor(ProfessionalId.of("p-1"))
        .onBehalfOf("NETWORK_DIRECTOR")
        .client(CLIENT)
        .caseId(CASE)
        .network(NETWORK)
        .action(AuditAction.CREATE)
        .operation("report-signal")
        .addDataCategories(DataCategory.CASE_EVENTS)
        .purpose("register report")
        .checks(
            AccessChecks.builder()
                .authorised(true)
                .relationshipToCase(true)
                .consentOrLegalBasis(true)
                .emergencyOverride(false)
                .outcome(AuditOutcome.ALLOWED)
                .build())
        .build();
  }
}

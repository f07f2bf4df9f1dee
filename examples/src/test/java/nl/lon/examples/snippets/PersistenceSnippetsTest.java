package nl.lon.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.testkit.sample.SampleAuditEntries;
import nl.lon.testkit.sample.SampleDirectory;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Runs the in-memory examples of {@code lon-persistence-spi}'s Javadoc, as compiled in {@link
 * PersistenceSnippets}.
 */
class PersistenceSnippetsTest {

  private static final NetworkId NETWORK = SampleAuditEntries.NETWORK;

  @Test
  void codec_roundTripsAnEvent() {
    CaseEvent event = SampleEvents.signal(CaseId.of("c-1"), NetworkId.of("n-1"));
    assertEquals(event, PersistenceSnippets.codec(event));
  }

  @Test
  void appendResult_isVersionOne_forTheFirstEvent() {
    EventStore store = new InMemoryEventStore();
    CaseId caseId = CaseId.of("c-1");
    assertEquals(
        1,
        PersistenceSnippets.appendResult(
            store,
            caseId,
            NetworkId.of("n-1"),
            SampleEvents.signal(caseId, NetworkId.of("n-1")),
            "r-1"));
    assertEquals(1, store.version(caseId));
  }

  @Test
  void vault_putsReadsAndErases() {
    InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    ClientNumber client = ClientNumber.of("C-1");
    PersonalData data = PersistenceSnippets.personalData();
    assertEquals("J. de Vries", data.getName());
    CaseId caseId = CaseId.of("c-1");
    assertTrue(PersistenceSnippets.vault(vault, NETWORK, client, caseId, data));
    assertEquals(Optional.empty(), vault.get(NETWORK, client, caseId));
  }

  @Test
  void directory_findsTheProfessionalItWasGiven() {
    InMemoryDirectory directory = new InMemoryDirectory();
    assertTrue(
        PersistenceSnippets.directory(
                directory,
                SampleDirectory.network("n-1", "Noord"),
                SampleDirectory.professional(
                    "p-jansen", "ggd", "n-1", ProfessionalRole.CORE_MEMBER))
            .isPresent());
  }

  @Test
  void sealedLog_andItsCheckpoint_verify() {
    AuditLog log =
        PersistenceSnippets.sealed(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    List<AuditRecord> forCase =
        PersistenceSnippets.auditLog(
            log, SampleAuditEntries.entry(1), NETWORK, SampleAuditEntries.CASE);
    assertEquals(1, forCase.size());
    assertEquals(1, forCase.get(0).getSequence());
    log.append(SampleAuditEntries.entry(2));
    AuditVerification v = PersistenceSnippets.checkpoint(log, NETWORK);
    assertTrue(v.isOk());
    PersistenceSnippets.verifyAll(log);
    PersistenceSnippets.verifyNetwork(log, NETWORK);
  }

  @Test
  void verifier_acceptsTheStoredChain_andRefusesAReorderedOne() {
    AuditLog log = PersistenceSnippets.inMemoryAuditLogs(new byte[32]).get(0);
    log.append(SampleAuditEntries.entry(1));
    log.append(SampleAuditEntries.entry(2));
    List<AuditRecord> stored = log.read(NETWORK, 1, 10);
    AuditCheckpoint head = log.checkpoint(NETWORK);
    assertTrue(PersistenceSnippets.verifyStream(AuditSeal.sha256(), head, head, stored).isOk());
    assertFalse(
        PersistenceSnippets.verifyStream(
                AuditSeal.sha256(), head, head, List.of(stored.get(1), stored.get(0)))
            .isOk());
  }
}

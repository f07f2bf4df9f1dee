package nl.lon.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.persistence.audit.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the in-memory audit log does beyond the contract rules, which the conformance kit checks
 * against it ({@code InMemoryConformanceTest} in lon-testkit): its tampering hooks, its write lock,
 * its keyed seal argument and entries without a case.
 */
class InMemoryAuditLogTest {

  private final AuditLog log = new InMemoryAuditLog();

  static AuditEntry entry(int i, String caseId, String client, String network) {
    return AuditEntry.builder()
        .eventId(String.format("00000000-0000-4000-8000-%012d", i))
        .occurredAt(Instant.parse("2026-03-02T09:15:00.5Z").plusSeconds(i))
        .actor(ProfessionalId.of("p1"))
        .actorOrganisation(OrganisationId.of("ggd"))
        .onBehalfOf("NETWORK_DIRECTOR")
        .client(ClientNumber.of(client))
        .caseId(CaseId.of(caseId))
        .network(NetworkId.of(network))
        .action(i % 2 == 0 ? AuditAction.UPDATE : AuditAction.READ)
        .operation(i % 2 == 0 ? "append" : "read-timeline")
        .addDataCategories(DataCategory.CASE_EVENTS)
        .purpose("case work")
        .checks(
            AccessChecks.builder()
                .authorised(true)
                .relationshipToCase(i % 3 != 0)
                .consentOrLegalBasis(true)
                .emergencyOverride(false)
                .outcome(i % 3 != 0 ? AuditOutcome.ALLOWED : AuditOutcome.DENIED)
                .build())
        .build();
  }

  private static final NetworkId N1 = NetworkId.of("n1");

  @Test
  void readForCase_entryWithoutCase_isNotListed() {
    log.append(
        AuditEntry.builder()
            .from(entry(1, "c1", "C1", "n1"))
            .caseId(Optional.empty())
            .client(Optional.empty())
            .operation("search")
            .action(AuditAction.EXECUTE)
            .build());
    assertEquals(List.of(), log.readForCase(N1, CaseId.of("c1")));
    assertEquals(1, log.size(N1));
  }

  @Test
  void keyedLog_sealsWithItsKey() {
    byte[] key = new byte[32];
    key[5] = 7;
    InMemoryAuditLog keyed = new InMemoryAuditLog(AuditSeal.hmacSha256(key));
    AuditRecord r = keyed.append(entry(1, "c1", "C1", "n1"));
    assertEquals(
        AuditSeal.hmacSha256(key).hash(AuditChain.GENESIS_HASH, AuditChain.canonicalText(r)),
        r.getHash());
    assertFalse(AuditChain.verify(List.of(r)).isOk(), "not a plain SHA-256 chain");
    assertTrue(keyed.verify().isOk());
    assertThrows(InvalidValueException.class, () -> new InMemoryAuditLog(null));
  }

  @Test
  void tamperingThroughTheHooks_isFound() {
    InMemoryAuditLog mem = (InMemoryAuditLog) log;
    for (int i = 1; i <= 5; i++) {
      mem.append(entry(i, "c1", "C1", "n1"));
    }
    AuditCheckpoint cp = mem.checkpoint(N1);
    AuditRecord last = mem.read(N1, 5, 1).get(0);
    mem.storage(N1).add(last);
    assertEquals(Problem.BEYOND_HEAD, mem.verify(N1).getProblem().orElseThrow());
    assertFalse(mem.verify().isOk());
    mem.storage(N1).remove(5);
    assertTrue(mem.verify(cp).isOk());
    mem.storage(N1).clear();
    mem.moveHead(N1, 0, AuditChain.GENESIS_HASH);
    assertTrue(mem.verify(N1).isOk(), "a wipe with the head reset looks like an empty chain");
    assertEquals(
        Problem.MISSING, mem.verify(cp).getProblem().orElseThrow(), "but not to a checkpoint");
  }

  @Test
  @Timeout(30)
  void writeLock_excludesOtherThreadsAppendsToItsNetwork_butNotTheHolders_norOtherNetworks()
      throws Exception {
    InMemoryAuditLog mem = (InMemoryAuditLog) log;
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      mem.writeLock(N1).lock();
      Future<AuditRecord> blocked;
      try {
        assertEquals(
            1, mem.append(entry(1, "c1", "C1", "n1")).getSequence(), "the holder may append");
        assertEquals(
            1,
            other
                .submit(() -> mem.append(entry(2, "c2", "C2", "n2")))
                .get(10, TimeUnit.SECONDS)
                .getSequence(),
            "another network's chain does not wait");
        blocked = other.submit(() -> mem.append(entry(3, "c1", "C1", "n1")));
        assertThrows(
            java.util.concurrent.TimeoutException.class,
            () -> blocked.get(300, TimeUnit.MILLISECONDS),
            "an append to the locked network waits for the write lock");
      } finally {
        mem.writeLock(N1).unlock();
      }
      assertEquals(2, blocked.get(10, TimeUnit.SECONDS).getSequence());
    } finally {
      other.shutdownNow();
    }
  }
}

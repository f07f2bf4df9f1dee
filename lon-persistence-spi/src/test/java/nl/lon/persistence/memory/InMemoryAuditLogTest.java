package nl.lon.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
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
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  @Test
  void append_givesSequencesAndChainsHashes() {
    AuditRecord first = log.append(entry(1, "c1", "C1", "n1"));
    AuditRecord second = log.append(entry(2, "c1", "C1", "n1"));
    assertEquals(1, first.getSequence());
    assertEquals(AuditChain.GENESIS_HASH, first.getPreviousHash());
    assertEquals(
        AuditChain.hash(AuditChain.GENESIS_HASH, AuditChain.canonicalText(first)), first.getHash());
    assertEquals(2, second.getSequence());
    assertEquals(first.getHash(), second.getPreviousHash());
    assertEquals(Instant.parse("2026-03-02T09:15:01Z"), first.getOccurredAt());
    assertEquals(2, log.size());
  }

  @Test
  void verify_afterAppends_isOk() {
    assertTrue(log.verify().isOk());
    for (int i = 1; i <= 10; i++) {
      log.append(entry(i, "c" + (i % 3), "C" + (i % 2), "n1"));
    }
    assertTrue(log.verify().isOk());
    assertEquals(10, log.verify().getRecordsChecked());
  }

  @Test
  void read_pagesInSequenceOrder() {
    for (int i = 1; i <= 5; i++) {
      log.append(entry(i, "c1", "C1", "n1"));
    }
    assertEquals(List.of(2L, 3L), log.read(2, 2).stream().map(AuditRecord::getSequence).toList());
    assertEquals(List.of(5L), log.read(5, 10).stream().map(AuditRecord::getSequence).toList());
    assertEquals(List.of(), log.read(6, 10));
    assertThrows(InvalidValueException.class, () -> log.read(0, 10));
    assertThrows(InvalidValueException.class, () -> log.read(1, 0));
    assertTrue(AuditChain.verify(log.read(1, 100)).isOk());
  }

  @Test
  void readForCaseAndClient_filterInSequenceOrder() {
    log.append(entry(1, "c1", "C1", "n1"));
    log.append(entry(2, "c2", "C2", "n1"));
    log.append(entry(3, "c1", "C1", "n1"));
    log.append(entry(4, "c9", "C1", "n2"));
    assertEquals(
        List.of(1L, 3L),
        log.readForCase(CaseId.of("c1")).stream().map(AuditRecord::getSequence).toList());
    assertEquals(
        List.of(1L, 3L),
        log.readForClient(NetworkId.of("n1"), ClientNumber.of("C1")).stream()
            .map(AuditRecord::getSequence)
            .toList());
    assertEquals(List.of(), log.readForCase(CaseId.of("nope")));
  }

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
    assertEquals(List.of(), log.readForCase(CaseId.of("c1")));
    assertEquals(1, log.size());
  }

  @Test
  @Timeout(60)
  void append_concurrently_chainStaysIntact() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    log.append(entry(thread * 1000 + i, "c" + thread, "C1", "n1"));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(800, log.size());
    assertTrue(log.verify().isOk(), () -> log.verify().toString());
  }
}

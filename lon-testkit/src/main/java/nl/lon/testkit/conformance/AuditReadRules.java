package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Test;

/** Rules L2 and L3: records never change; reads are ordered, filtered and immutable. */
abstract class AuditReadRules extends AuditLogGroup {

  /** L2: records read earlier are read back unchanged after later appends. */
  @Test
  void l2_earlierRecords_neverChange() {
    appendEntries(log, 20);
    List<AuditRecord> before = readAll(log, NETWORK);
    appendEntries(log, 5);
    assertEquals(
        before,
        readAll(log, NETWORK).subList(0, 20),
        "L2: appends must never change earlier records");
  }

  /** L3: reading pages from a sequence returns the records in sequence order. */
  @Test
  void l3_read_pagesInSequenceOrder() {
    appendEntries(log, 30);
    List<AuditRecord> all = log.read(NETWORK, 1, 100);
    assertEquals(30, all.size(), "L3: read returns every record up to maxCount");
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, all.get(i).getSequence(), "L3: records in ascending sequence order");
    }
    List<AuditRecord> paged = new ArrayList<>();
    for (long from = 1; from <= 30; from += 7) {
      List<AuditRecord> page = log.read(NETWORK, from, 7);
      assertTrue(page.size() <= 7, "L3: at most maxCount records");
      assertEquals(from, page.get(0).getSequence(), "L3: a page starts at the sequence asked for");
      paged.addAll(page);
    }
    assertEquals(all, paged, "L3: pages read one after another make up the whole log");
    assertEquals(List.of(), log.read(NETWORK, 31, 10), "L3: beyond the last sequence reads empty");
  }

  /** L3: arguments below 1 or null are refused. */
  @Test
  void l3_read_refusesArgumentsBelowOneOrNull() {
    appendEntries(log, 2);
    assertThrows(
        InvalidValueException.class,
        () -> log.read(NETWORK, 0, 10),
        "L3: a sequence below 1 must be refused with InvalidValueException");
    assertThrows(
        InvalidValueException.class,
        () -> log.read(NETWORK, 1, 0),
        "L3: maxCount 0 must be refused with InvalidValueException");
    assertThrows(
        InvalidValueException.class,
        () -> log.read(null, 1, 1),
        "L3: a null network must be refused with InvalidValueException");
  }

  /** L3: readForCase returns the records of that case in that network only, in order. */
  @Test
  void l3_readForCase_returnsOnlyThatCaseOfThatNetworkInOrder() {
    CaseId a = CaseId.of("kit-audit-case-a");
    CaseId b = CaseId.of("kit-audit-case-b");
    NetworkId n = NetworkId.of("kit-audit-net");
    List<Long> expected = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      CaseId c = i % 3 == 0 ? a : b;
      AuditRecord r = log.append(SampleAuditEntries.entry(i, c, ClientNumber.of("C-" + i % 2), n));
      if (c.equals(a)) {
        expected.add(r.getSequence());
      }
    }
    log.append(SampleAuditEntries.entry(99, a, ClientNumber.of("C-1"), OTHER));
    List<Long> found = new ArrayList<>();
    for (AuditRecord r : log.readForCase(n, a)) {
      assertEquals(Optional.of(a), r.getCaseId(), "L3: readForCase returns that case only");
      assertEquals(n, r.getNetwork(), "L3: readForCase returns that network's records only");
      found.add(r.getSequence());
    }
    assertEquals(expected, found, "L3: readForCase returns every record of the case, in order");
    assertEquals(List.of(), log.readForCase(n, CaseId.of("kit-audit-none")), "L3: unknown case");
  }

  /** L3: readForClient returns that client's records in that network only. */
  @Test
  void l3_readForClient_returnsOnlyThatClientOfThatNetwork() {
    ClientNumber client = ClientNumber.of("C-shared");
    NetworkId n1 = NetworkId.of("kit-audit-net-1");
    NetworkId n2 = NetworkId.of("kit-audit-net-2");
    CaseId c = CaseId.of("kit-audit-case");
    List<Long> expected = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      NetworkId n = i % 2 == 0 ? n1 : n2;
      ClientNumber who = i % 3 == 0 ? ClientNumber.of("C-other") : client;
      AuditRecord r = log.append(SampleAuditEntries.entry(i, c, who, n));
      if (n.equals(n1) && who.equals(client)) {
        expected.add(r.getSequence());
      }
    }
    List<Long> found = new ArrayList<>();
    for (AuditRecord r : log.readForClient(n1, client)) {
      assertEquals(n1, r.getNetwork(), "L3: readForClient returns that network only");
      assertEquals(
          Optional.of(client), r.getClient(), "L3: readForClient returns that client only");
      found.add(r.getSequence());
    }
    assertEquals(expected, found, "L3: readForClient returns every record of the client, in order");
  }

  /** L3: reads return immutable snapshots. */
  @Test
  void l3_reads_returnImmutableSnapshots() {
    appendEntries(log, 3);
    List<AuditRecord> read = log.read(NETWORK, 1, 10);
    List<AuditRecord> forCase = log.readForCase(NETWORK, SampleAuditEntries.CASE);
    List<AuditRecord> forClient = log.readForClient(NETWORK, SampleAuditEntries.CLIENT);
    Set<NetworkId> networks = log.networks();
    AuditRecord any = read.get(0);
    assertThrows(UnsupportedOperationException.class, () -> read.add(any), "L3: read is immutable");
    assertThrows(
        UnsupportedOperationException.class,
        () -> forCase.add(any),
        "L3: readForCase is immutable");
    assertThrows(
        UnsupportedOperationException.class,
        () -> forClient.add(any),
        "L3: readForClient is immutable");
    assertThrows(
        UnsupportedOperationException.class,
        () -> networks.add(OTHER),
        "L7: networks() is immutable");
    appendEntries(log, 2);
    assertEquals(3, read.size(), "L3: an earlier read must not grow with later appends");
  }
}

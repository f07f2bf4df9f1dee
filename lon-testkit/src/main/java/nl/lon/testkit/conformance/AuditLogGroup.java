package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every rule group of {@link AuditLogConformance} shares: the log under test and the helpers
 * its tests use.
 */
abstract class AuditLogGroup {

  /** Threads appending at once in the L1 concurrency test. */
  static final int APPEND_THREADS = AuditLogConformance.APPEND_THREADS;

  /** The network of the sample entries, whose chain most tests use. */
  static final NetworkId NETWORK = AuditLogConformance.NETWORK;

  /** A second network. */
  static final NetworkId OTHER = AuditLogConformance.OTHER;

  /** The key of the keyed log in the L9 tests. */
  static final byte[] KEY = AuditLogConformance.KEY;

  AuditLog log;
  List<AuditLog> alsoCreated;

  /** The kit this group runs in; its {@code @BeforeEach} has created the log. */
  abstract AuditLogConformance kit();

  @BeforeEach
  final void bindToLogUnderTest() {
    AuditLogConformance kit = kit();
    log = kit.log;
    alsoCreated = kit.alsoCreated;
  }

  Capabilities capabilities() {
    return kit().capabilities();
  }

  AuditLog createKeyedLog(AuditSeal seal) {
    return kit().createKeyedLog(seal);
  }

  AuditTampering tampering(AuditLog l) {
    return kit().tampering(l);
  }

  /** Reads every record of a network's chain through the port, page by page. */
  static List<AuditRecord> readAll(AuditLog log, NetworkId network) {
    List<AuditRecord> all = new ArrayList<>();
    long from = 1;
    while (true) {
      List<AuditRecord> page = log.read(network, from, 500);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      from += page.size();
    }
  }

  List<AuditEntry> appendEntries(AuditLog to, int count) {
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      AuditEntry e = SampleAuditEntries.entry(i);
      to.append(e);
      entries.add(e);
    }
    return entries;
  }

  AuditTampering tamperingOf(AuditLog l, AuditSeal seal) {
    AuditTampering t = tampering(l);
    if (t == null) {
      throw new IllegalStateException(
          "tampering(log) returned null; return AuditTampering.onCopy(log) at least");
    }
    if (t instanceof CopiedAuditRecords) {
      ((CopiedAuditRecords) t).seal(seal);
    }
    return t;
  }

  static String where(AuditTampering t) {
    return t.changesStorage() ? "in storage" : "in a copy of the records";
  }

  /**
   * Asserts a tampering was found as expected and, when storage was changed, exactly as {@link
   * AuditChain} finds it on what is stored (or, when the copy was changed, that the log itself is
   * still intact).
   */
  static void assertFound(
      AuditLog l,
      AuditTampering t,
      AuditSeal seal,
      AuditVerification v,
      String rule,
      String what,
      long brokenAt,
      Problem problem,
      boolean compareWithChain) {
    assertFalse(
        v.isOk(),
        rule
            + ": after "
            + what
            + " "
            + where(t)
            + ", verification must report the chain broken,"
            + " but it reported it intact");
    assertEquals(
        Optional.of(problem),
        v.getProblem(),
        rule
            + ": after "
            + what
            + ", verification must report "
            + problem
            + ": "
            + v.getExplanation().orElse(""));
    assertEquals(
        OptionalLong.of(brokenAt),
        v.getBrokenSequence(),
        rule
            + ": after "
            + what
            + ", verification must report the chain broken at sequence "
            + brokenAt
            + ": "
            + v.getExplanation().orElse(""));
    if (t.changesStorage()) {
      if (compareWithChain) {
        assertEquals(
            AuditChain.verify(readAll(l, NETWORK), l.checkpoint(NETWORK), seal),
            t.verify(l, NETWORK),
            rule
                + ": verify() must check what is actually stored, as AuditChain.verify does on"
                + " the stored records and the head");
      }
    } else {
      assertTrue(
          l.verify().isOk(),
          rule + ": only a copy was tampered with; the log itself must still verify as intact");
    }
  }

  /** Overwrites a chain from a sequence on with recomputed SHA-256 hashes and moves the head. */
  static void rewrite(AuditTampering t, List<AuditRecord> chain, long fromSequence) {
    List<AuditRecord> forged =
        AuditTampering.rewritten(
            chain,
            fromSequence,
            e -> AuditEntry.builder().from(e).purpose("rewritten by an intruder").build());
    for (int i = (int) fromSequence - 1; i < forged.size(); i++) {
      t.overwrite(forged.get(i));
    }
    AuditRecord last = forged.get(forged.size() - 1);
    t.moveHead(last.getNetwork(), last.getSequence(), last.getHash());
  }
}

package nl.lon.testkit.broken;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.ListTampering;

/**
 * An audit log with one deliberate defect; its record lists and heads are open to tampering.
 * Without a defect it is a correct (if simple) log.
 */
final class BrokenAuditLog implements AuditLog {

  /** The deliberate defects. */
  enum Defect {
    /** No defect: a correct log. */
    NONE,
    /** verify() trusts the log and always reports an intact chain. */
    VERIFY_ALWAYS_OK,
    /**
     * Records are not chained: each is sealed after the genesis hash, and verify() only checks each
     * record's own hash.
     */
    HASHES_NOT_CHAINED,
    /** All networks share one chain: sequences and previous hashes run across networks. */
    ONE_CHAIN_FOR_ALL_NETWORKS,
    /** verify() checks only the records the head counts, like a walk bounded by the head. */
    VERIFY_STOPS_AT_HEAD,
    /** verify(checkpoint) ignores the checkpoint and checks the chain only. */
    CHECKPOINT_IGNORED,
    /** verify(checkpoint) compares sizes only, not the hash at the checkpoint. */
    CHECKPOINT_SIZE_ONLY,
    /** The log is given a keyed seal but seals and verifies with plain SHA-256. */
    SEAL_IGNORED,
    /** Appends read the head and write the record without a lock, so racing appends fork. */
    APPENDS_WITHOUT_LOCK,
    /** An entry whose event id is already logged replaces the earlier record (rule L2). */
    UPSERTS_BY_EVENT_ID,
    /** readForCase returns the case's records of every network (rule L3). */
    READ_FOR_CASE_IGNORES_NETWORK
  }

  private final Defect defect;
  private final AuditSeal seal;
  private final Map<NetworkId, List<AuditRecord>> records = new ConcurrentHashMap<>();
  private final Map<NetworkId, AuditCheckpoint> heads = new ConcurrentHashMap<>();

  /** The one chain of {@link Defect#ONE_CHAIN_FOR_ALL_NETWORKS}: its size and last hash. */
  private long sharedSize;

  private String sharedHash = AuditChain.GENESIS_HASH;

  BrokenAuditLog(Defect defect) {
    this(defect, AuditSeal.sha256());
  }

  BrokenAuditLog(Defect defect, AuditSeal seal) {
    this.defect = defect;
    this.seal = defect == Defect.SEAL_IGNORED ? AuditSeal.sha256() : seal;
  }

  /** Tampering on the storage. */
  AuditTampering tampering() {
    return new ListTampering(this::storage, (n, size, hash) -> moveHead(n, size, hash));
  }

  private List<AuditRecord> storage(NetworkId network) {
    return records.computeIfAbsent(network, n -> Collections.synchronizedList(new ArrayList<>()));
  }

  private synchronized void moveHead(NetworkId network, long size, String hash) {
    heads.put(network, AuditCheckpoint.of(network, size, hash));
  }

  private AuditCheckpoint head(NetworkId network) {
    return heads.getOrDefault(network, AuditCheckpoint.empty(network));
  }

  @Override
  public AuditRecord append(AuditEntry entry) {
    if (defect == Defect.APPENDS_WITHOUT_LOCK) {
      AuditCheckpoint head = head(entry.getNetwork());
      LockSupport.parkNanos(200_000); // widen the window between reading the head and writing
      AuditRecord r = AuditChain.link(head.getSize() + 1, head.getHeadHash(), entry, seal);
      storage(entry.getNetwork()).add(r);
      heads.put(
          entry.getNetwork(), AuditCheckpoint.of(entry.getNetwork(), r.getSequence(), r.getHash()));
      return r;
    }
    synchronized (this) {
      NetworkId n = entry.getNetwork();
      AuditCheckpoint head = head(n);
      long sequence =
          defect == Defect.ONE_CHAIN_FOR_ALL_NETWORKS ? sharedSize + 1 : head.getSize() + 1;
      String previous =
          defect == Defect.HASHES_NOT_CHAINED
              ? AuditChain.GENESIS_HASH
              : defect == Defect.ONE_CHAIN_FOR_ALL_NETWORKS ? sharedHash : head.getHeadHash();
      AuditRecord r = AuditChain.link(sequence, previous, entry, seal);
      if (defect == Defect.UPSERTS_BY_EVENT_ID) {
        storage(n).removeIf(earlier -> earlier.getEventId().equals(entry.getEventId()));
      }
      storage(n).add(r);
      heads.put(n, AuditCheckpoint.of(n, r.getSequence(), r.getHash()));
      sharedSize = r.getSequence();
      sharedHash = r.getHash();
      return r;
    }
  }

  @Override
  public synchronized List<AuditRecord> read(
      NetworkId network, long fromSequenceInclusive, int maxCount) {
    AuditLog.checkRead(network, fromSequenceInclusive, maxCount);
    List<AuditRecord> list = storage(network);
    if (fromSequenceInclusive > list.size()) {
      return ImmutableList.of();
    }
    int from = (int) fromSequenceInclusive - 1;
    return ImmutableList.copyOf(
        list.subList(from, (int) Math.min(list.size(), (long) from + maxCount)));
  }

  @Override
  public synchronized List<AuditRecord> readForCase(NetworkId network, CaseId caseId) {
    if (defect == Defect.READ_FOR_CASE_IGNORES_NETWORK) {
      filter(network, r -> true);
      return records.values().stream()
          .flatMap(List::stream)
          .filter(r -> r.getCaseId().equals(Optional.of(caseId)))
          .sorted(java.util.Comparator.comparing(AuditRecord::getSequence))
          .collect(ImmutableList.toImmutableList());
    }
    return filter(network, r -> r.getCaseId().equals(Optional.of(caseId)));
  }

  @Override
  public synchronized List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    return filter(network, r -> r.getClient().equals(Optional.of(client)));
  }

  private List<AuditRecord> filter(NetworkId network, Predicate<AuditRecord> p) {
    if (network == null) {
      throw new InvalidValueException("AuditLog.network");
    }
    return storage(network).stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized long size(NetworkId network) {
    return head(network).getSize();
  }

  @Override
  public synchronized Set<NetworkId> networks() {
    ImmutableSortedSet.Builder<NetworkId> b = ImmutableSortedSet.naturalOrder();
    records.forEach(
        (n, list) -> {
          if (!list.isEmpty()) {
            b.add(n);
          }
        });
    heads.forEach(
        (n, h) -> {
          if (h.getSize() > 0) {
            b.add(n);
          }
        });
    return b.build();
  }

  @Override
  public synchronized AuditVerification verify(NetworkId network) {
    List<AuditRecord> list = ImmutableList.copyOf(storage(network));
    AuditCheckpoint head = head(network);
    switch (defect) {
      case VERIFY_ALWAYS_OK:
        return AuditVerification.ok(list.size());
      case HASHES_NOT_CHAINED:
        long checked = 0;
        for (AuditRecord r : list) {
          if (!seal.hash(r.getPreviousHash(), AuditChain.canonicalText(r)).equals(r.getHash())) {
            return AuditVerification.broken(
                checked,
                r.getSequence(),
                AuditVerification.Problem.ALTERED,
                "record " + r.getSequence() + " was altered");
          }
          checked++;
        }
        return AuditVerification.ok(checked);
      case VERIFY_STOPS_AT_HEAD:
        return AuditChain.verify(
            list.subList(0, (int) Math.min(list.size(), head.getSize())), head, seal);
      default:
        return AuditChain.verify(list, head, seal);
    }
  }

  @Override
  public synchronized AuditCheckpoint checkpoint(NetworkId network) {
    return head(network);
  }

  @Override
  public synchronized AuditVerification verify(AuditCheckpoint checkpoint) {
    NetworkId n = checkpoint.getNetwork();
    AuditVerification chain = verify(n);
    if (!chain.isOk() || defect == Defect.CHECKPOINT_IGNORED || defect == Defect.VERIFY_ALWAYS_OK) {
      return chain;
    }
    if (defect == Defect.CHECKPOINT_SIZE_ONLY) {
      long size = head(n).getSize();
      return size >= checkpoint.getSize()
          ? chain
          : AuditVerification.broken(
              size, size + 1, AuditVerification.Problem.MISSING, "shorter than the checkpoint");
    }
    AuditChain.Verifier v = AuditChain.verifier(seal).head(head(n)).checkpoint(checkpoint);
    for (AuditRecord r : ImmutableList.copyOf(storage(n))) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }
}

package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
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

/**
 * An {@link AuditLog} that keeps its hash chains in memory (logging in het werkgeheugen).
 *
 * <p>Fulfils rules L1-L9 of the {@link AuditLog} contract. Each network's chain is a list of
 * records and a head (the size and last hash its last append recorded), behind a lock of its own:
 * appends to one network are serialised, so its chain never forks, while appends to two networks
 * run in parallel; reads run in parallel and copy what they return.
 *
 * <pre>{@code
 * AuditLog log = new InMemoryAuditLog();                            // SHA-256
 * AuditLog keyed = new InMemoryAuditLog(AuditSeal.hmacSha256(key)); // HMAC-SHA-256
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryAuditLog implements AuditLog {

  private final ConcurrentMap<NetworkId, Chain> chains = new ConcurrentHashMap<>();
  private final AuditSeal seal;

  /** One network's chain: its records in storage order and its head, behind its own lock. */
  private static final class Chain {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final List<AuditRecord> records = new ArrayList<>();
    long headSize;
    String headHash = AuditChain.GENESIS_HASH;
  }

  /** Creates an empty log sealed with {@link AuditSeal#sha256()}. */
  public InMemoryAuditLog() {
    this(AuditSeal.sha256());
  }

  /**
   * Creates an empty log with a seal.
   *
   * @param seal how records are sealed, for example {@link AuditSeal#hmacSha256(byte[])}
   * @throws InvalidValueException when the seal is null
   */
  public InMemoryAuditLog(AuditSeal seal) {
    this.seal = AuditLog.required(seal, "seal");
  }

  /**
   * The lock of a network's chain, which excludes every other append to (and read of) that chain
   * while held; the in-memory unit of work holds it across a commit to that network. The holding
   * thread may still append: the lock is reentrant.
   */
  Lock writeLock(NetworkId network) {
    return chain(network).lock.writeLock();
  }

  private Chain chain(NetworkId network) {
    return chains.computeIfAbsent(network, n -> new Chain());
  }

  @Override
  public AuditRecord append(AuditEntry entry) {
    AuditLog.required(entry, "entry");
    Chain chain = chain(entry.getNetwork());
    chain.lock.writeLock().lock();
    try {
      AuditRecord record = AuditChain.link(chain.headSize + 1, chain.headHash, entry, seal);
      chain.records.add(record);
      chain.headSize = record.getSequence();
      chain.headHash = record.getHash();
      return record;
    } finally {
      chain.lock.writeLock().unlock();
    }
  }

  @Override
  public List<AuditRecord> read(NetworkId network, long fromSequenceInclusive, int maxCount) {
    AuditLog.checkRead(network, fromSequenceInclusive, maxCount);
    return withChain(
        network,
        ImmutableList.of(),
        chain -> {
          List<AuditRecord> records = chain.records;
          if (fromSequenceInclusive > records.size()) {
            return ImmutableList.of();
          }
          int from = (int) (fromSequenceInclusive - 1);
          int to = (int) Math.min(records.size(), (long) from + maxCount);
          return ImmutableList.copyOf(records.subList(from, to));
        });
  }

  @Override
  public List<AuditRecord> readForCase(NetworkId network, CaseId caseId) {
    AuditLog.required(network, "network");
    AuditLog.required(caseId, "caseId");
    return filter(network, r -> r.getCaseId().equals(Optional.of(caseId)));
  }

  @Override
  public List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    AuditLog.required(network, "network");
    AuditLog.required(client, "client");
    return filter(network, r -> r.getClient().equals(Optional.of(client)));
  }

  private List<AuditRecord> filter(NetworkId network, Predicate<AuditRecord> predicate) {
    return withChain(
        network,
        ImmutableList.of(),
        chain -> chain.records.stream().filter(predicate).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public long size(NetworkId network) {
    AuditLog.required(network, "network");
    return withChain(network, 0L, chain -> chain.headSize);
  }

  @Override
  public Set<NetworkId> networks() {
    ImmutableSortedSet.Builder<NetworkId> b = ImmutableSortedSet.naturalOrder();
    for (NetworkId n : chains.keySet()) {
      if (withChain(n, false, chain -> chain.headSize > 0 || !chain.records.isEmpty())) {
        b.add(n);
      }
    }
    return b.build();
  }

  @Override
  public AuditVerification verify(NetworkId network) {
    AuditLog.required(network, "network");
    return verify(network, null);
  }

  @Override
  public AuditCheckpoint checkpoint(NetworkId network) {
    AuditLog.required(network, "network");
    Snapshot s = snapshot(network);
    return AuditCheckpoint.of(network, s.headSize(), s.headHash());
  }

  @Override
  public AuditVerification verify(AuditCheckpoint checkpoint) {
    AuditLog.required(checkpoint, "checkpoint");
    return verify(checkpoint.getNetwork(), checkpoint);
  }

  private AuditVerification verify(NetworkId network, AuditCheckpoint checkpoint) {
    Snapshot s = snapshot(network);
    AuditChain.Verifier v = AuditChain.verifier(seal).head(network, s.headSize(), s.headHash());
    if (checkpoint != null) {
      v.checkpoint(checkpoint);
    }
    for (AuditRecord r : s.records()) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }

  private record Snapshot(List<AuditRecord> records, long headSize, String headHash) {}

  /** A consistent copy of a chain's records and head. */
  private Snapshot snapshot(NetworkId network) {
    return withChain(
        network,
        new Snapshot(List.of(), 0, AuditChain.GENESIS_HASH),
        chain -> new Snapshot(ImmutableList.copyOf(chain.records), chain.headSize, chain.headHash));
  }

  private <T> T withChain(NetworkId network, T absent, Function<Chain, T> f) {
    Chain chain = chains.get(network);
    if (chain == null) {
      return absent;
    }
    chain.lock.readLock().lock();
    try {
      return f.apply(chain);
    } finally {
      chain.lock.readLock().unlock();
    }
  }

  // ----------------------------------------------------------------------------- test hooks

  /**
   * Test hook for tampering tests: the live, mutable list of a network's stored records (created
   * empty when the network has none). Whoever changes it plays an intruder with access to the
   * storage; it must not run concurrently with appends.
   */
  List<AuditRecord> storage(NetworkId network) {
    return chains.computeIfAbsent(network, n -> new Chain()).records;
  }

  /**
   * Test hook for tampering tests: sets a network's chain head, as an intruder who also adjusts the
   * head would; {@code (0, GENESIS_HASH)} resets it.
   */
  void moveHead(NetworkId network, long size, String hash) {
    Chain chain = chains.computeIfAbsent(network, n -> new Chain());
    chain.lock.writeLock().lock();
    try {
      chain.headSize = size;
      chain.headHash = hash;
    } finally {
      chain.lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryAuditLog[" + seal + "]";
  }
}

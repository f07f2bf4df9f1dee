package nl.lon.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;

/** {@link AuditTampering} on a copy of the records and heads read through the port. */
final class CopiedAuditRecords implements AuditTampering {

  private final Map<NetworkId, List<AuditRecord>> records = new TreeMap<>();
  private final Map<NetworkId, Long> headSizes = new TreeMap<>();
  private final Map<NetworkId, String> headHashes = new TreeMap<>();
  private AuditSeal seal = AuditSeal.sha256();

  CopiedAuditRecords(AuditLog log) {
    for (NetworkId n : log.networks()) {
      records.put(n, new ArrayList<>(AuditLogGroup.readAll(log, n)));
      AuditCheckpoint head = log.checkpoint(n);
      moveHead(n, head.getSize(), head.getHeadHash());
    }
  }

  /** The kit tells the copy the seal of the log it copied. */
  void seal(AuditSeal seal) {
    this.seal = seal;
  }

  private List<AuditRecord> chain(NetworkId network) {
    return records.computeIfAbsent(network, n -> new ArrayList<>());
  }

  @Override
  public void overwrite(AuditRecord record) {
    List<AuditRecord> c = chain(record.getNetwork());
    c.set(indexOf(c, record.getSequence()), record);
  }

  @Override
  public void remove(NetworkId network, long sequence) {
    List<AuditRecord> c = chain(network);
    c.remove(indexOf(c, sequence));
  }

  @Override
  public void swap(NetworkId network, long first, long second) {
    List<AuditRecord> c = chain(network);
    int a = indexOf(c, first);
    int b = indexOf(c, second);
    AuditRecord r = c.get(a);
    c.set(a, c.get(b));
    c.set(b, r);
  }

  @Override
  public void insertAfterLast(AuditRecord record) {
    chain(record.getNetwork()).add(record);
  }

  @Override
  public void moveHead(NetworkId network, long size, String hash) {
    headSizes.put(network, size);
    headHashes.put(network, hash);
  }

  @Override
  public boolean changesStorage() {
    return false;
  }

  @Override
  public AuditLogVerification verify(AuditLog log) {
    Map<NetworkId, AuditVerification> chains = new TreeMap<>();
    Set<NetworkId> networks = new TreeSet<>(records.keySet());
    networks.addAll(headSizes.keySet());
    for (NetworkId n : networks) {
      if (!records.getOrDefault(n, List.of()).isEmpty() || headSizes.getOrDefault(n, 0L) > 0) {
        chains.put(n, verify(log, n));
      }
    }
    return AuditLogVerification.of(chains);
  }

  @Override
  public AuditVerification verify(AuditLog log, NetworkId network) {
    return walk(verifier(network), network);
  }

  @Override
  public AuditVerification verify(AuditLog log, AuditCheckpoint checkpoint) {
    return walk(verifier(checkpoint.getNetwork()).checkpoint(checkpoint), checkpoint.getNetwork());
  }

  private AuditChain.Verifier verifier(NetworkId network) {
    long size = headSizes.getOrDefault(network, 0L);
    String hash = headHashes.getOrDefault(network, AuditChain.GENESIS_HASH);
    return AuditChain.verifier(seal).head(network, size, hash);
  }

  private AuditVerification walk(AuditChain.Verifier v, NetworkId network) {
    for (AuditRecord r : records.getOrDefault(network, List.of())) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }

  private static int indexOf(List<AuditRecord> chain, long sequence) {
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).getSequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("the copy holds no record with sequence " + sequence);
  }

  @Override
  public String toString() {
    return "AuditTampering.onCopy(" + records.keySet() + ")";
  }
}

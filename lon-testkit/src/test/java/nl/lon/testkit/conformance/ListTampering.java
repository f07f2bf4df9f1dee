package nl.lon.testkit.conformance;

import java.util.List;
import java.util.function.Function;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditRecord;

/**
 * {@link AuditTampering} on the mutable lists in which a test double or the in-memory log keeps its
 * records, one per network, and on its heads: what an intruder with access to the storage would do.
 */
public final class ListTampering implements AuditTampering {

  /** Sets a network's head in the tampered storage. */
  @FunctionalInterface
  public interface HeadMover {
    /**
     * Sets the head.
     *
     * @param network the network
     * @param size the size
     * @param hash the hash
     */
    void move(NetworkId network, long size, String hash);
  }

  private final Function<NetworkId, List<AuditRecord>> storage;
  private final HeadMover heads;

  /**
   * Tampers with a log's storage.
   *
   * @param storage each network's live record list
   * @param heads sets a network's head
   */
  public ListTampering(Function<NetworkId, List<AuditRecord>> storage, HeadMover heads) {
    this.storage = storage;
    this.heads = heads;
  }

  @Override
  public void overwrite(AuditRecord record) {
    List<AuditRecord> c = storage.apply(record.getNetwork());
    c.set(indexOf(c, record.getSequence()), record);
  }

  @Override
  public void remove(NetworkId network, long sequence) {
    List<AuditRecord> c = storage.apply(network);
    c.remove(indexOf(c, sequence));
  }

  @Override
  public void swap(NetworkId network, long first, long second) {
    List<AuditRecord> c = storage.apply(network);
    int a = indexOf(c, first);
    int b = indexOf(c, second);
    AuditRecord r = c.get(a);
    c.set(a, c.get(b));
    c.set(b, r);
  }

  @Override
  public void insertAfterLast(AuditRecord record) {
    storage.apply(record.getNetwork()).add(record);
  }

  @Override
  public void moveHead(NetworkId network, long size, String hash) {
    heads.move(network, size, hash);
  }

  private static int indexOf(List<AuditRecord> records, long sequence) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).getSequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("no stored record with sequence " + sequence);
  }
}

package nl.lon.persistence.memory;

import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.ListTampering;

/**
 * Reaches the test hooks of {@link InMemoryAuditLog} (package-private, so this class lives in its
 * package): the kit's tampering on the in-memory log's storage and heads.
 */
public final class InMemoryAuditHooks {

  private InMemoryAuditHooks() {}

  /**
   * Tampering with the log's stored records and heads, as an intruder with access would.
   *
   * @param log the log
   * @return the tampering
   */
  public static AuditTampering tampering(InMemoryAuditLog log) {
    return new ListTampering(log::storage, log::moveHead);
  }
}

package nl.lon.testkit.conformance;

import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.memory.InMemoryAuditLog;

/**
 * The audit-log kit with {@link AuditTampering#onCopy(AuditLog)}, as an adapter whose storage the
 * kit cannot reach would run it: the tampering tests check a copy and require the log to stay
 * intact.
 */
class InMemoryAuditLogOnCopyTest extends AuditLogConformance {

  @Override
  protected AuditLog createLog() {
    return new InMemoryAuditLog();
  }

  @Override
  protected AuditLog createKeyedLog(AuditSeal seal) {
    return new InMemoryAuditLog(seal);
  }

  @Override
  protected AuditTampering tampering(AuditLog log) {
    return AuditTampering.onCopy(log);
  }
}

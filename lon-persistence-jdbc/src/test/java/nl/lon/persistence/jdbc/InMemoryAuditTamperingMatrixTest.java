package nl.lon.persistence.jdbc;

import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryAuditTampering;
import nl.lon.testkit.conformance.AuditTampering;

/** The tampering matrix on the in-memory reference log, through its test hooks. */
class InMemoryAuditTamperingMatrixTest extends AbstractAuditTamperingMatrix {

  @Override
  AuditLog createLog(AuditSeal seal) {
    return new InMemoryAuditLog(seal);
  }

  @Override
  AuditTampering tampering(AuditLog log) {
    return new InMemoryAuditTampering((InMemoryAuditLog) log);
  }

  @Override
  String storeName() {
    return "in-memory";
  }
}

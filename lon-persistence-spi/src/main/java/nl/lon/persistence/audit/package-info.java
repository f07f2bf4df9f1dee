/**
 * The audit-log port: an append-only, hash-chained log of every access to case data, shaped after
 * NEN 7513 ({@link nl.lon.persistence.audit.AuditLog}), and the chain computation every adapter
 * shares ({@link nl.lon.persistence.audit.AuditChain}).
 *
 * <p>Dutch: <em>logging van toegang (NEN 7513)</em>. A record says who acted (actor, organisation,
 * on whose behalf), which client and case, what was done (action, operation, data categories),
 * when, why (purpose, emergency reason), which access checks held, the outcome ({@link
 * nl.lon.persistence.audit.AuditOutcome}), the ids of the rules behind it and the parameters an
 * auditor needs. It never holds case content or personal data from the vault. Each network's
 * records form a hash chain of their own, sealed by an {@link nl.lon.persistence.audit.AuditSeal}
 * (SHA-256, or HMAC-SHA-256 with a key), so that any altered, removed or reordered record is found
 * by {@link nl.lon.persistence.audit.AuditChain#verify(Iterable)}; an {@link
 * nl.lon.persistence.audit.AuditCheckpoint} kept elsewhere also reveals truncation and rewrites.
 *
 * <p>Values here are immutable and thread-safe; {@link nl.lon.persistence.audit.AuditChain} is a
 * set of pure functions (its {@link nl.lon.persistence.audit.AuditChain.Verifier} is for one
 * thread). Null policy: no method accepts or returns null; absent values are {@link
 * java.util.Optional}. Implementations of the log must be safe for use by many threads.
 */
@LonStyle
package nl.lon.persistence.audit;

import nl.lon.core.internal.LonStyle;

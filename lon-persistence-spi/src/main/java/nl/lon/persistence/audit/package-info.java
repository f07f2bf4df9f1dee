/**
 * The audit-log port: an append-only, hash-chained log of every access to case data, shaped after
 * NEN 7513 ({@link nl.lon.persistence.audit.AuditLog}), and the chain computation every adapter
 * shares ({@link nl.lon.persistence.audit.AuditChain}).
 *
 * <p>Dutch: <em>logging van toegang (NEN 7513)</em>. A record says who acted (actor,
 * organisation, on whose behalf), which client and case, what was done (action, operation, data
 * categories), when, why (purpose, emergency reason) and which access checks held. It never holds
 * case content or personal data from the vault. Records are chained by SHA-256 hashes so that any
 * altered, removed or reordered record is found by {@link
 * nl.lon.persistence.audit.AuditChain#verify(Iterable)}.
 *
 * <p>Values here are immutable and thread-safe; {@link nl.lon.persistence.audit.AuditChain} is a
 * set of pure functions. Null policy: no method accepts or returns null; absent values are {@link
 * java.util.Optional}. Implementations of the log must be safe for use by many threads.
 */
@LonStyle
package nl.lon.persistence.audit;

import nl.lon.core.internal.LonStyle;

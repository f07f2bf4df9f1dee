/**
 * The thread-safe in-memory reference implementation of every port: {@link
 * nl.lon.persistence.memory.InMemoryEventStore}, {@link
 * nl.lon.persistence.memory.InMemoryPersonalDataVault}, {@link
 * nl.lon.persistence.memory.InMemoryAuditLog} and {@link
 * nl.lon.persistence.memory.InMemoryDirectory}.
 *
 * <p>Dutch: <em>opslag in het werkgeheugen</em>. For tests, demos and a single network in one
 * process; nothing survives the process. Each class is safe for use by many threads, keeps the
 * objects it is given (they are immutable) and returns immutable snapshots. Null policy: no method
 * accepts or returns null.
 */
package nl.lon.persistence.memory;

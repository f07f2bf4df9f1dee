/**
 * The conformance kit for persistence adapters: abstract JUnit 5 test classes, one per port of
 * {@code lon-persistence-spi}, that an adapter writer extends with a factory for their
 * implementation (conformiteitstest).
 *
 * <p>Start with {@link nl.lon.testkit.conformance.PersistenceConformanceKit}, which bundles
 * {@link nl.lon.testkit.conformance.EventStoreConformance}, {@link
 * nl.lon.testkit.conformance.AuditLogConformance}, {@link
 * nl.lon.testkit.conformance.PersonalDataVaultConformance} and {@link
 * nl.lon.testkit.conformance.DirectoryConformance} as {@code @Nested} groups, or extend one of
 * them for a single port. Every test is named after the numbered contract rule it checks (for
 * example {@code a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing} checks rule A4
 * of {@link nl.lon.persistence.event.EventStore}) and every assertion message starts with that
 * rule. {@link nl.lon.testkit.conformance.Capabilities} switch optional features off, which turns
 * the tests needing them into skips with a message; {@link
 * nl.lon.testkit.conformance.AuditTampering} is the adapter's hook to tamper with stored audit
 * records and chain heads.
 *
 * <p>Null policy: factories must not return null; no method of the kit accepts or returns null.
 * Thread safety: JUnit creates one kit instance per test; the kit itself starts threads only in
 * the concurrency tests, against the adapter under test. {@link
 * nl.lon.testkit.conformance.Capabilities} is immutable and thread-safe.
 */
package nl.lon.testkit.conformance;

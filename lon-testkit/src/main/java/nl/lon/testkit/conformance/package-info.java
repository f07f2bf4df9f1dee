/**
 * The conformance kit for persistence adapters: abstract JUnit 5 test classes, one per port of
 * {@code lon-persistence-spi}, that an adapter writer extends with a factory for their
 * implementation (conformiteitstest).
 *
 * <p>Start with {@link nl.lon.testkit.conformance.PersistenceConformanceKit}, which bundles {@link
 * nl.lon.testkit.conformance.EventStoreConformance}, {@link
 * nl.lon.testkit.conformance.AuditLogConformance}, {@link
 * nl.lon.testkit.conformance.PersonalDataVaultConformance} and {@link
 * nl.lon.testkit.conformance.DirectoryConformance} as {@code @Nested} groups, or extend one of them
 * for a single port; {@link nl.lon.testkit.conformance.StoresConformance} checks the unit of work
 * of {@link nl.lon.persistence.store.Stores}; {@link
 * nl.lon.testkit.conformance.InvolvementIndexConformance} checks an {@link
 * nl.lon.persistence.index.InvolvementIndex} (rules I1-I5), a port of its own outside the bundle.
 * Each of these classes is composed of {@code @Nested} rule groups, one source file per group (for
 * example {@code EventStoreArgumentRules}, {@code IdempotencyRules}, {@code ConcurrencyRules},
 * {@code AuditChainRules}, {@code VaultRules}, {@code DirectoryRules} and {@code UnitOfWorkRules}),
 * as Micrometer composes its compatibility kit, so an adapter writer still extends one class. Every
 * test is named after the numbered contract rule it checks (for example {@code
 * a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing} checks rule A4 of {@link
 * nl.lon.persistence.event.EventStore}) and every assertion message starts with that rule.
 *
 * <p>{@link nl.lon.testkit.conformance.KitRule} lists every rule of the contracts with how the kit
 * checks it. Rules A8 (an I/O failure in the middle of a batch), L5 (retention), L6 (no case
 * content in audit records) and U5 (durability across a crash) cannot be checked from inside one
 * JVM: they are reported as skipped {@code <rule>_untested_...} tests that give the reason. Rules
 * A5, A7, L1, L7 and V1 are checked by races and concurrent readers that find a broken store with
 * high probability, not certainty; those tests, and one each of A7 across streams and R4, carry
 * {@code stochastic} in their name. Every other rule is checked deterministically.
 *
 * <p>{@link nl.lon.testkit.conformance.Capabilities} switch optional features off, which turns the
 * tests needing them into skips with a message; {@link nl.lon.testkit.conformance.AuditTampering}
 * is the adapter's hook to tamper with stored audit records and chain heads.
 *
 * <p>Null policy: factories must not return null; no method of the kit accepts or returns null.
 * Thread safety: JUnit creates one kit instance per test; the kit itself starts threads only in the
 * concurrency tests, against the adapter under test. {@link
 * nl.lon.testkit.conformance.Capabilities} is immutable and thread-safe.
 */
package nl.lon.testkit.conformance;

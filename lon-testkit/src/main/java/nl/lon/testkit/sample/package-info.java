/**
 * Fixed sample values for storage tests: one case event of every type, numbered audit entries,
 * personal data and directory entries ({@link nl.lon.testkit.sample.SampleEvents}, {@link
 * nl.lon.testkit.sample.SampleAuditEntries}, {@link nl.lon.testkit.sample.SamplePersonalData},
 * {@link nl.lon.testkit.sample.SampleDirectory}).
 *
 * <p>Dutch: <em>voorbeeldwaarden</em>. The samples are deterministic, so a failing test names the
 * same value on every run; for random values use {@link nl.lon.testkit.arbitraries.LonArbitraries}.
 * All personal data are fictitious.
 *
 * <p>Null policy: no method accepts or returns null. Every class is stateless and thread-safe and
 * returns immutable values.
 */
package nl.lon.testkit.sample;

/**
 * jqwik arbitraries for property tests: {@link nl.lon.testkit.arbitraries.LonArbitraries} for every
 * value type and event of lon-core, {@link nl.lon.testkit.arbitraries.CaseHistories} for realistic
 * case histories that a methodology profile's process rules accept, and the opt-in domain {@link
 * nl.lon.testkit.arbitraries.LonDomain}.
 *
 * <p>Dutch: <em>willekeurige waarden en casusgeschiedenissen</em>. Every generated value is valid
 * by construction: building it ran the type's own checks. Generated histories start with a signal,
 * have sequences 1, 2, 3, ... and fold with {@link nl.lon.core.state.CaseState#replay} without
 * error.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Thread safety: the arbitraries are immutable and may be shared between threads and properties;
 * the values they generate are immutable.
 */
package nl.lon.testkit.arbitraries;

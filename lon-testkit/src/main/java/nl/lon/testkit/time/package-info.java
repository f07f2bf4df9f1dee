/**
 * Time for tests and simulations: an advanceable {@link nl.lon.testkit.time.TestClock} (testklok)
 * to hand to {@code CaseService.builder().clock(...)} and move on by hand.
 *
 * <p>Null policy: no method accepts or returns null. The clock is thread-safe.
 */
package nl.lon.testkit.time;

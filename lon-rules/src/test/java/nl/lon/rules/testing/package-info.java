/**
 * Test data for the rules on the shared cast, shipped as the lon-rules test-jar: {@link
 * nl.lon.rules.testing.RulesFixtures} (sample values, one command of every type, assertions on
 * violations and a driver that folds a case through the nine steps) and {@link
 * nl.lon.rules.testing.Commands} (the commands of the happy path).
 *
 * <p>Depend on it in test scope with {@code <type>test-jar</type>}. The values are immutable; a
 * driver is not thread-safe (one per test).
 */
package nl.lon.rules.testing;

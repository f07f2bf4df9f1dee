/**
 * The shared test cast of the project (de vaste testcast), shipped as the lon-core test-jar: {@link
 * nl.lon.core.testing.Cast} (networks, organisations, professionals), {@link
 * nl.lon.core.testing.CaseFixtures} (sample values and one event of every type, stamped by an event
 * factory) and {@link nl.lon.core.testing.InvalidValues} (assertions on validation errors).
 *
 * <p>Depend on it in test scope with {@code <type>test-jar</type>}. Every value is immutable and
 * deterministic; the event factory is not thread-safe (one per test).
 */
package nl.lon.core.testing;

/**
 * JMH benchmarks of a whole case lifecycle: the case service on each store ({@link
 * nl.lon.bench.lifecycle.CaseLifecycleBenchmark}) against a generic BPMN engine ({@link
 * nl.lon.bench.lifecycle.FlowableLifecycleBenchmark}), the persistence floor ({@link
 * nl.lon.bench.lifecycle.RawJdbcLifecycleBenchmark}) and the computation floor ({@link
 * nl.lon.bench.lifecycle.BareFoldBenchmark}).
 *
 * <p>All are measured in lifecycles per second with the same warm-up and measurement; the scenario
 * code lives in {@link nl.lon.bench.scenario}, where a test runs each once.
 *
 * @since 0.1
 */
package nl.lon.bench.lifecycle;

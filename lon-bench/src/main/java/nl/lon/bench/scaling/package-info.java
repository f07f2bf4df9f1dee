/**
 * JMH benchmarks of how the case service scales: one more command on a stream of 10 versus 10,000
 * events ({@link nl.lon.bench.scaling.AppendScalingBenchmark}), the agenda over 1,000 to 100,000
 * open cases ({@link nl.lon.bench.scaling.AgendaBenchmark}) and four threads appending to one case
 * ({@link nl.lon.bench.scaling.ContentionBenchmark}).
 *
 * @since 0.1
 */
package nl.lon.bench.scaling;

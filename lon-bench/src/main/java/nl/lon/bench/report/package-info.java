/**
 * The ratio report: reads the JMH JSON results of a run and prints the README's table of ratios
 * with their targets ({@link nl.lon.bench.report.RatioReport}).
 *
 * @since 0.1
 */
package nl.lon.bench.report;

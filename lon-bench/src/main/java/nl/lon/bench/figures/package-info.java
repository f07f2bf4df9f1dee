/**
 * JMH benchmarks of the management figures over 100,000 and 1,000,000 generated events, streamed
 * case by case, interleaved, split and merged; run with {@code -prof gc} to read the heap used.
 */
package nl.lon.bench.figures;

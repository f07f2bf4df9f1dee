/**
 * JMH benchmarks of the working-day calendar: {@code plusWorkingDays} at 5 and 5,000 working days
 * and {@code workingDaysBetween} over 20 years, to show constant cost per call.
 */
package nl.lon.bench.calendar;

/**
 * The working-day calendar (werkdagenkalender): Dutch national public holidays under the Algemene
 * termijnenwet, a network's closure days and decreed days, and constant-time working-day arithmetic
 * for time limits such as "within five working days".
 *
 * <p>{@link nl.lon.rules.calendar.DutchHolidays} computes the holidays of any year, {@link
 * nl.lon.rules.calendar.PublicHoliday} names them, and {@link
 * nl.lon.rules.calendar.WorkingDayCalendar} adds and counts working days.
 *
 * <p>All types are immutable and thread-safe; there is no mutable static state. Null and validation
 * policy: as in {@link nl.lon.core.error}; years and dates out of range are refused the same way.
 */
package nl.lon.rules.calendar;

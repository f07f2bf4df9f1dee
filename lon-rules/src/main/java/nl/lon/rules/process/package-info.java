/**
 * The process rules of the nine steps (procesregels): commands, their context, the decision, and
 * {@link nl.lon.rules.process.ProcessRules}, a pure function from (profile, state, command, date,
 * actor) to events or violations.
 *
 * <p>Nothing here reads a clock or touches I/O. All types are immutable and thread-safe. Null
 * policy: no null arguments or results.
 */
package nl.lon.rules.process;

/**
 * The process rules of the nine steps (procesregels): commands, their context, the decision, and
 * {@link nl.lon.rules.process.ProcessRules}, a pure function from (profile, state, command, date,
 * actor) to events or violations.
 *
 * <p>The commands are a sealed set; {@link nl.lon.rules.process.CaseCommand.Visitor} has one method
 * per command, so code that must handle every command fails to compile when one is added. Every
 * rule id a violation can carry is catalogued in {@link nl.lon.rules.process.RuleId}, with the
 * steps it can be reported in and its reason in English and Dutch; the ids are stable.
 *
 * <p>Nothing here reads a clock or touches I/O. All types are immutable and thread-safe. Null
 * policy: no null arguments or results.
 */
package nl.lon.rules.process;

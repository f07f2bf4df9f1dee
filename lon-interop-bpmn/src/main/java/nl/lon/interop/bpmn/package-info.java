/**
 * A network's process as a picture (procesdiagram): {@link nl.lon.interop.bpmn.ProcessDiagram}
 * draws a methodology profile's nine steps, the transitions the process rules allow, its
 * working-day deadlines, cadence and follow-up checks as timers and its escalation options as
 * escalation events, as BPMN 2.0 XML with layout (BPMN DI) for a modelling tool or a BPMN engine,
 * and as a self-contained SVG for a report or a slide. Names come from the profile's own
 * terminology in Dutch or English.
 *
 * <p>Null policy: no null arguments or results. Every type here is immutable and thread-safe.
 *
 * @since 0.2
 */
package nl.lon.interop.bpmn;

/**
 * Internals of the process diagram: the layout model one profile's process is built into, and the
 * writers that turn it into BPMN 2.0 XML and SVG. Not API: use {@link
 * nl.lon.interop.bpmn.ProcessDiagram}.
 *
 * <p>Null policy: no null arguments or results. The model is built once and then only read.
 *
 * @since 0.2
 */
package nl.lon.interop.bpmn.internal;

package nl.lon.interop.bpmn.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One profile's process, laid out: the process, its escalations, shapes and connectors, and the
 * size of the drawing. Both the BPMN writer and the SVG writer read this one model.
 *
 * @param processId the process id, also the process definition key
 * @param processName the process name, in the reader's language
 * @param processDocumentation the process's documentation
 * @param processAttributes the process's structured facts
 * @param locale the reader's locale ({@code nl} or English)
 * @param escalations the escalation root elements
 * @param nodes the shapes
 * @param edges the connectors
 * @param width the drawing's width
 * @param height the drawing's height
 */
public record DiagramModel(
    String processId,
    String processName,
    String processDocumentation,
    Map<String, String> processAttributes,
    Locale locale,
    List<Escalation> escalations,
    List<Node> nodes,
    List<Edge> edges,
    int width,
    int height) {}

package nl.lon.interop.bpmn.internal;

import java.util.List;
import java.util.Map;
import nl.lon.interop.bpmn.ElementKind;

/**
 * A connector of the diagram: a sequence flow or an association, with its waypoints.
 *
 * @param id the XML id
 * @param kind {@link ElementKind#SEQUENCE_FLOW} or {@link ElementKind#ASSOCIATION}
 * @param name the name, empty for none
 * @param source the source node's id
 * @param target the target node's id
 * @param condition the condition expression, empty for none
 * @param attributes the structured facts
 * @param waypoints the waypoints, at least two
 * @param label the label's lines, empty for none
 * @param labelBounds the label's bounds
 */
public record Edge(
    String id,
    ElementKind kind,
    String name,
    String source,
    String target,
    String condition,
    Map<String, String> attributes,
    List<Point> waypoints,
    List<String> label,
    Box labelBounds) {}

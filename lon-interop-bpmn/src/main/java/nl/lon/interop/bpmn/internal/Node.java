package nl.lon.interop.bpmn.internal;

import java.util.List;
import java.util.Map;
import nl.lon.interop.bpmn.ElementKind;

/**
 * A shape of the diagram: a flow node or a text annotation, with its bounds and its label's lines
 * and bounds.
 *
 * @param id the XML id
 * @param kind the kind
 * @param name the name, empty for none
 * @param documentation the documentation, empty for none
 * @param attributes the structured facts the element carries (durations, roles, references)
 * @param bounds the shape's bounds
 * @param label the label's lines, empty for none
 * @param labelBounds the label's bounds; for a task, its own bounds
 */
public record Node(
    String id,
    ElementKind kind,
    String name,
    String documentation,
    Map<String, String> attributes,
    Box bounds,
    List<String> label,
    Box labelBounds) {

  /**
   * The attribute with a key.
   *
   * @param key the key
   * @return the value, or the empty string
   */
  public String attribute(String key) {
    return attributes.getOrDefault(key, "");
  }
}

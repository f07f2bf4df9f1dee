package nl.lon.interop.bpmn;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a {@link ProcessDiagram}: its BPMN id, its kind, its name in the diagram's
 * language, and the structured facts it carries (procesdiagram-element).
 *
 * <p>The attributes hold what a profile decides and the diagram shows, with stable keys: {@code
 * timeDuration} or {@code timeCycle} (ISO 8601) and {@code workingDays} or {@code calendarMonths}
 * or {@code calendarDays} for a timer, {@code attachedToRef} and {@code cancelActivity} for a
 * boundary event, {@code escalationRef}, {@code escalationKind}, {@code option}, {@code body} and
 * {@code emergencyOnly} for an escalation, {@code sourceRef}, {@code targetRef} and {@code
 * condition} for a connector, {@code step}, {@code performer} and {@code dueDateAssumed} for a
 * step, the setting's values for an annotation. Names depend on the language and the profile's
 * {@link nl.lon.rules.profile.Terminology}; attributes do not, so comparing two profiles' diagrams
 * by id, kind and attributes shows where their processes differ.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class DiagramElement {

  private final String id;
  private final ElementKind kind;
  private final String name;
  private final String documentation;
  private final ImmutableMap<String, String> attributes;

  private DiagramElement(
      String id,
      ElementKind kind,
      String name,
      String documentation,
      ImmutableMap<String, String> attributes) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.documentation = documentation;
    this.attributes = attributes;
  }

  /**
   * An element.
   *
   * @param id the BPMN id
   * @param kind the kind
   * @param name the name, empty for none
   * @param documentation the documentation, empty for none
   * @param attributes the structured facts
   * @return the element
   * @throws NullPointerException when an argument is null
   */
  public static DiagramElement of(
      String id,
      ElementKind kind,
      String name,
      String documentation,
      Map<String, String> attributes) {
    return new DiagramElement(
        Objects.requireNonNull(id, "id"),
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(documentation, "documentation"),
        ImmutableMap.copyOf(attributes));
  }

  /**
   * The BPMN id, unique in the diagram and the same for the same element of every profile (the
   * process's id is its definition key, which names the profile).
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public ElementKind getKind() {
    return kind;
  }

  /**
   * The name in the diagram's language, with the profile's own names of roles and meetings.
   *
   * @return the name, empty for an element without one
   */
  public String getName() {
    return name;
  }

  /**
   * The documentation in the diagram's language: the rule the element draws and its source.
   *
   * @return the documentation, empty for none
   */
  public String getDocumentation() {
    return documentation;
  }

  /**
   * The structured facts the element carries, independent of the language.
   *
   * @return the attributes, possibly empty
   */
  public ImmutableMap<String, String> getAttributes() {
    return attributes;
  }

  /**
   * Whether this element has the same id, kind and attributes as another: the same part of the
   * process, whatever its name.
   *
   * @param other the other element
   * @return true when id, kind and attributes are equal
   */
  public boolean isSameStructure(DiagramElement other) {
    return id.equals(other.id) && kind == other.kind && attributes.equals(other.attributes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiagramElement
        && isSameStructure((DiagramElement) o)
        && name.equals(((DiagramElement) o).name)
        && documentation.equals(((DiagramElement) o).documentation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, name, documentation, attributes);
  }

  @Override
  public String toString() {
    return kind + " " + id + (name.isEmpty() ? "" : " '" + name + "'") + " " + attributes;
  }
}

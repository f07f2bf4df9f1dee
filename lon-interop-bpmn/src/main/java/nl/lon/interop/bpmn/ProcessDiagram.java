package nl.lon.interop.bpmn;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.lon.interop.bpmn.internal.BpmnXmlWriter;
import nl.lon.interop.bpmn.internal.DiagramModel;
import nl.lon.interop.bpmn.internal.Edge;
import nl.lon.interop.bpmn.internal.Node;
import nl.lon.interop.bpmn.internal.ProcessLayout;
import nl.lon.interop.bpmn.internal.SvgWriter;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * A methodology profile's process as a diagram (procesdiagram): the nine steps and the transitions
 * the process rules allow, the profile's working-day deadlines, reporting cadence, evaluation
 * interval and follow-up checks as timers on the steps, its escalation options as escalation end
 * events, and its settings per step as annotations; laid out once and written both as BPMN 2.0 XML
 * with diagram interchange (BPMN DI) and as a self-contained SVG.
 *
 * <pre>{@code
 * ProcessDiagram diagram = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
 * String bpmn = diagram.toBpmnXml();
 * String svg = diagram.toSvg();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/BpmnSnippets.java}.
 *
 * <p>What is drawn follows the profile, so two profiles' diagrams differ where the profiles do:
 *
 * <ul>
 *   <li>A deadline in working days ({@link nl.lon.rules.profile.ProcessDeadlines}) is a
 *       non-interrupting timer on its step with the duration {@code P<n>D}, documented as working
 *       days of the network's calendar (a BPMN engine counts calendar days unless it is given a
 *       working-day calendar); where the profile sets none, there is no timer and the step says its
 *       due date is assumed: the next network meeting ({@code dueDateAssumed}).
 *   <li>The reporting cadence is a set of timers on executing; an evaluation at every network
 *       meeting, or at a set interval, is an interrupting timer from executing to evaluating; where
 *       the profile sets no interval ("van tijd tot tijd"), there is none.
 *   <li>Each follow-up check of the profile's schedule is a timer on following, months after
 *       closure; a drop-out reopens the case at step 4 or puts the client on the network meeting.
 *   <li>Each escalation option the profile offers is an escalation end event after an inclusive
 *       gateway (any option, more than one at a time), named after the body the network names.
 * </ul>
 *
 * <p>Names are in Dutch for a locale whose language is {@code nl} and in English for any other,
 * with the profile's own names of roles and meetings ({@link nl.lon.rules.profile.Terminology}).
 * The XML is written with the JDK alone; it is BPMN 2.0 that a modelling tool opens and an engine
 * deploys (the process is executable: conditions use the variables {@code judgement}, {@code
 * coordinate}, {@code evaluationDecision}, {@code escalations}, {@code followUpOutcome} and {@code
 * reopen}). The SVG references no style sheet, font, script or image; its ids start with the
 * process key, so several can share one HTML page.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class ProcessDiagram {

  private final DiagramModel model;
  private final ImmutableList<DiagramElement> elements;

  private ProcessDiagram(DiagramModel model) {
    this.model = model;
    ImmutableList.Builder<DiagramElement> out = ImmutableList.builder();
    out.add(
        DiagramElement.of(
            model.processId(),
            ElementKind.PROCESS,
            model.processName(),
            model.processDocumentation(),
            model.processAttributes()));
    model
        .escalations()
        .forEach(
            e ->
                out.add(
                    DiagramElement.of(
                        e.id(),
                        ElementKind.ESCALATION,
                        e.name(),
                        "",
                        java.util.Map.of(
                            "escalationCode",
                            e.code(),
                            "escalationKind",
                            e.kind(),
                            "body",
                            e.body()))));
    for (Node n : model.nodes()) {
      out.add(DiagramElement.of(n.id(), n.kind(), n.name(), n.documentation(), n.attributes()));
    }
    for (Edge e : model.edges()) {
      out.add(DiagramElement.of(e.id(), e.kind(), e.name(), "", e.attributes()));
    }
    this.elements = out.build();
  }

  /**
   * The diagram of a profile's process.
   *
   * @param profile the profile
   * @param locale the reader's locale: Dutch names for the language {@code nl}, English for any
   *     other
   * @return the diagram
   * @throws NullPointerException when an argument is null
   */
  public static ProcessDiagram of(MethodologyProfile profile, Locale locale) {
    return new ProcessDiagram(
        ProcessLayout.build(
            Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The process definition key a profile's diagram gets: {@code lon-process-} and the profile's id,
   * for example {@code lon-process-rotterdam}.
   *
   * @param profile the profile
   * @return the key, also the BPMN process id
   */
  public static String processKey(MethodologyProfile profile) {
    return ProcessLayout.processKey(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The process definition key, the BPMN process id.
   *
   * @return the key, for example {@code lon-process-rotterdam}
   */
  public String getProcessKey() {
    return model.processId();
  }

  /**
   * The diagram's title and the process's name, in the diagram's language.
   *
   * @return the name, for example "The way of working of the local care network"
   */
  public String getName() {
    return model.processName();
  }

  /**
   * The language of the names.
   *
   * @return {@code nl} or English
   */
  public Locale getLocale() {
    return model.locale();
  }

  /**
   * Every element of the diagram: the process, the escalations, the shapes and the connectors, in
   * the order they are written.
   *
   * @return the elements
   */
  public ImmutableList<DiagramElement> getElements() {
    return elements;
  }

  /**
   * The element with an id.
   *
   * @param id the BPMN id
   * @return the element, or empty when the diagram has none with this id
   */
  public Optional<DiagramElement> element(String id) {
    return elements.stream().filter(e -> e.getId().equals(id)).findFirst();
  }

  /**
   * The elements of a kind.
   *
   * @param kind the kind
   * @return the elements, in order
   */
  public ImmutableList<DiagramElement> elements(ElementKind kind) {
    return elements.stream()
        .filter(e -> e.getKind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The diagram as a BPMN 2.0 XML document with diagram interchange: {@code BPMNShape}s with {@code
   * dc:Bounds} and {@code BPMNEdge}s with {@code di:waypoint}s.
   *
   * @return the document, UTF-8
   */
  public String toBpmnXml() {
    return BpmnXmlWriter.write(model);
  }

  /**
   * The diagram as an SVG document drawn from the same layout: boxes for the steps, circles for the
   * events, diamonds for the gateways, arrows for the flows, and the labels; without an XML
   * declaration, so that it can be written to a {@code .svg} file or embedded in HTML as it is.
   *
   * @return the SVG
   */
  public String toSvg() {
    return SvgWriter.write(model);
  }

  @Override
  public String toString() {
    return "ProcessDiagram[" + model.processId() + ", " + model.locale().getLanguage() + "]";
  }
}

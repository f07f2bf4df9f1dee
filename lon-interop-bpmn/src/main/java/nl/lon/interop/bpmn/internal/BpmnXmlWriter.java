package nl.lon.interop.bpmn.internal;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.lon.interop.bpmn.ElementKind;

/**
 * Writes a {@link DiagramModel} as BPMN 2.0 XML with its layout (BPMN DI), with the JDK's StAX
 * writer: the escalations, the process with its flow elements and artifacts, and one diagram with a
 * shape per node and an edge per connector.
 */
public final class BpmnXmlWriter {

  /** The BPMN 2.0 model namespace. */
  public static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** The BPMN 2.0 diagram-interchange namespace. */
  public static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** The target namespace of the generated definitions. */
  public static final String TARGET_NAMESPACE = "https://github.com/lon-sdk/lon-sdk/bpmn";

  private final XMLStreamWriter xml;
  private final StringWriter out = new StringWriter();
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();

  private BpmnXmlWriter() {
    try {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's StAX writer is not available", e);
    }
  }

  /**
   * The model as BPMN 2.0 XML.
   *
   * @param model the model
   * @return the XML document, UTF-8, ending with a line feed
   */
  public static String write(DiagramModel model) {
    try {
      return new BpmnXmlWriter().document(model);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the BPMN XML of " + model.processId(), e);
    }
  }

  private String document(DiagramModel m) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    start("definitions");
    xml.writeDefaultNamespace(MODEL);
    xml.writeNamespace("bpmndi", BPMNDI);
    xml.writeNamespace("dc", DC);
    xml.writeNamespace("di", DI);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("id", "definitions_" + m.processId());
    xml.writeAttribute("targetNamespace", TARGET_NAMESPACE);
    xml.writeAttribute("exporter", "LON SDK lon-interop-bpmn");
    for (Escalation e : m.escalations()) {
      empty("escalation");
      xml.writeAttribute("id", e.id());
      xml.writeAttribute("name", e.name());
      xml.writeAttribute("escalationCode", e.code());
    }
    process(m);
    diagram(m);
    end();
    xml.writeEndDocument();
    xml.close();
    return out.toString() + "\n";
  }

  private void process(DiagramModel m) throws XMLStreamException {
    start("process");
    xml.writeAttribute("id", m.processId());
    xml.writeAttribute("name", m.processName());
    xml.writeAttribute("isExecutable", "true");
    documentation(m.processDocumentation());
    Map<String, List<Edge>> outgoing = new HashMap<>();
    for (Edge e : m.edges()) {
      outgoing.computeIfAbsent(e.source(), k -> new java.util.ArrayList<>()).add(e);
    }
    for (Node n : m.nodes()) {
      if (n.kind() != ElementKind.TEXT_ANNOTATION) {
        flowNode(n);
      }
    }
    for (Edge e : m.edges()) {
      if (e.kind() == ElementKind.SEQUENCE_FLOW) {
        sequenceFlow(e);
      }
    }
    for (Node n : m.nodes()) {
      if (n.kind() == ElementKind.TEXT_ANNOTATION) {
        start("textAnnotation");
        xml.writeAttribute("id", n.id());
        start("text");
        xml.writeCharacters(n.name());
        endInline();
        end();
      }
    }
    for (Edge e : m.edges()) {
      if (e.kind() == ElementKind.ASSOCIATION) {
        empty("association");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("sourceRef", e.source());
        xml.writeAttribute("targetRef", e.target());
        xml.writeAttribute("associationDirection", "None");
      }
    }
    end();
  }

  private void flowNode(Node n) throws XMLStreamException {
    switch (n.kind()) {
      case START_EVENT:
        simple("startEvent", n);
        break;
      case END_EVENT:
        simple("endEvent", n);
        break;
      case STEP:
      case TASK:
        simple("userTask", n);
        break;
      case EXCLUSIVE_GATEWAY:
      case INCLUSIVE_GATEWAY:
        start(n.kind() == ElementKind.EXCLUSIVE_GATEWAY ? "exclusiveGateway" : "inclusiveGateway");
        named(n);
        if (!n.attribute("default").isEmpty()) {
          xml.writeAttribute("default", n.attribute("default"));
        }
        documentation(n.documentation());
        end();
        break;
      case TIMER_BOUNDARY_EVENT:
        start("boundaryEvent");
        named(n);
        xml.writeAttribute("attachedToRef", n.attribute("attachedToRef"));
        xml.writeAttribute("cancelActivity", n.attribute("cancelActivity"));
        documentation(n.documentation());
        start("timerEventDefinition");
        xml.writeAttribute("id", n.id() + "_definition");
        String type = n.attributes().containsKey("timeCycle") ? "timeCycle" : "timeDuration";
        start(type);
        xml.writeAttribute("xsi", XSI, "type", "tFormalExpression");
        xml.writeCharacters(n.attribute(type));
        endInline();
        end();
        end();
        break;
      case ESCALATION_END_EVENT:
        start("endEvent");
        named(n);
        documentation(n.documentation());
        empty("escalationEventDefinition");
        xml.writeAttribute("id", n.id() + "_definition");
        xml.writeAttribute("escalationRef", n.attribute("escalationRef"));
        end();
        break;
      default:
        throw new IllegalStateException("not a flow node: " + n.kind());
    }
  }

  private void simple(String element, Node n) throws XMLStreamException {
    start(element);
    named(n);
    documentation(n.documentation());
    end();
  }

  private void named(Node n) throws XMLStreamException {
    xml.writeAttribute("id", n.id());
    if (!n.name().isEmpty()) {
      xml.writeAttribute("name", n.name());
    }
  }

  private void sequenceFlow(Edge e) throws XMLStreamException {
    start("sequenceFlow");
    xml.writeAttribute("id", e.id());
    if (!e.name().isEmpty()) {
      xml.writeAttribute("name", e.name());
    }
    xml.writeAttribute("sourceRef", e.source());
    xml.writeAttribute("targetRef", e.target());
    if (!e.condition().isEmpty()) {
      start("conditionExpression");
      xml.writeAttribute("xsi", XSI, "type", "tFormalExpression");
      xml.writeCharacters(e.condition());
      endInline();
    }
    end();
  }

  private void documentation(String text) throws XMLStreamException {
    if (!text.isEmpty()) {
      start("documentation");
      xml.writeCharacters(text);
      endInline();
    }
  }

  private void diagram(DiagramModel m) throws XMLStreamException {
    start("bpmndi", "BPMNDiagram");
    xml.writeAttribute("id", "diagram_" + m.processId());
    xml.writeAttribute("name", m.processName());
    start("bpmndi", "BPMNPlane");
    xml.writeAttribute("id", "plane_" + m.processId());
    xml.writeAttribute("bpmnElement", m.processId());
    for (Node n : m.nodes()) {
      start("bpmndi", "BPMNShape");
      xml.writeAttribute("id", n.id() + "_di");
      xml.writeAttribute("bpmnElement", n.id());
      if (n.kind() == ElementKind.EXCLUSIVE_GATEWAY) {
        xml.writeAttribute("isMarkerVisible", "true");
      }
      bounds(n.bounds());
      if (n.labelBounds() != null
          && n.kind() != ElementKind.STEP
          && n.kind() != ElementKind.TASK
          && n.kind() != ElementKind.TEXT_ANNOTATION) {
        start("bpmndi", "BPMNLabel");
        bounds(n.labelBounds());
        end();
      }
      end();
    }
    for (Edge e : m.edges()) {
      start("bpmndi", "BPMNEdge");
      xml.writeAttribute("id", e.id() + "_di");
      xml.writeAttribute("bpmnElement", e.id());
      for (Point p : e.waypoints()) {
        empty("di", "waypoint");
        xml.writeAttribute("x", String.valueOf(p.x()));
        xml.writeAttribute("y", String.valueOf(p.y()));
      }
      if (e.labelBounds() != null) {
        start("bpmndi", "BPMNLabel");
        bounds(e.labelBounds());
        end();
      }
      end();
    }
    end();
    end();
  }

  private void bounds(Box b) throws XMLStreamException {
    empty("dc", "Bounds");
    xml.writeAttribute("x", String.valueOf(b.x()));
    xml.writeAttribute("y", String.valueOf(b.y()));
    xml.writeAttribute("width", String.valueOf(b.width()));
    xml.writeAttribute("height", String.valueOf(b.height()));
  }

  // ------------------------------------------------------------------ indentation

  private void indent() throws XMLStreamException {
    if (!hasChildren.isEmpty()) {
      hasChildren.pop();
      hasChildren.push(true);
    }
    xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
  }

  private void start(String local) throws XMLStreamException {
    indent();
    xml.writeStartElement(local);
    hasChildren.push(false);
  }

  private void start(String prefix, String local) throws XMLStreamException {
    indent();
    xml.writeStartElement(prefix, local, namespace(prefix));
    hasChildren.push(false);
  }

  private void empty(String local) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(local);
  }

  private void empty(String prefix, String local) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(prefix, local, namespace(prefix));
  }

  private static String namespace(String prefix) {
    switch (prefix) {
      case "bpmndi":
        return BPMNDI;
      case "dc":
        return DC;
      default:
        return DI;
    }
  }

  /** Ends an element whose content is text, on the same line. */
  private void endInline() throws XMLStreamException {
    hasChildren.pop();
    xml.writeEndElement();
  }

  private void end() throws XMLStreamException {
    boolean children = hasChildren.pop();
    if (children) {
      xml.writeCharacters("\n" + "  ".repeat(hasChildren.size()));
    }
    xml.writeEndElement();
  }
}

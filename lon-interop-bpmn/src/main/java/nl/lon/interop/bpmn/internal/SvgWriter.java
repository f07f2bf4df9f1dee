package nl.lon.interop.bpmn.internal;

import java.util.List;
import java.util.Locale;
import nl.lon.interop.bpmn.ElementKind;

/**
 * Draws a {@link DiagramModel} as a self-contained SVG document from the same layout as its BPMN
 * DI: rounded boxes for the steps, circles for the events (a clock in a timer, an arrow in an
 * escalation), diamonds for the gateways, arrows for the flows, brackets for the annotations, and
 * every label in the diagram's language. No style sheet, script, font or image is referenced, so
 * the drawing can be embedded in an HTML page as it is; its ids start with the process key.
 */
public final class SvgWriter {

  private static final String INK = "#333333";
  private final StringBuilder svg = new StringBuilder();
  private final String prefix;

  private SvgWriter(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The model as an SVG document (without an XML declaration, so that it can be embedded as it is).
   *
   * @param model the model
   * @return the SVG, ending with a line feed
   */
  public static String write(DiagramModel model) {
    return new SvgWriter(model.processId()).document(model);
  }

  private String document(DiagramModel m) {
    int w = m.width();
    int h = m.height();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(prefix)
        .append("-title\" font-family=\"Helvetica, Arial, sans-serif\" data-process=\"")
        .append(attr(m.processId()))
        .append("\" data-lang=\"")
        .append(m.locale().getLanguage())
        .append("\">\n");
    svg.append("<title id=\"").append(prefix).append("-title\">").append(text(m.processName()));
    svg.append("</title>\n");
    svg.append("<defs><marker id=\"")
        .append(prefix)
        .append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\"")
        .append(" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
        .append(INK)
        .append("\"/></marker></defs>\n");
    svg.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"#ffffff\"/>\n");
    svg.append("<text class=\"title\" x=\"20\" y=\"32\" font-size=\"16\" font-weight=\"bold\"")
        .append(" fill=\"#1b3a5c\">")
        .append(text(m.processName()))
        .append("</text>\n");
    for (Edge e : m.edges()) {
      edge(e);
    }
    for (Node n : m.nodes()) {
      node(n);
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void edge(Edge e) {
    boolean association = e.kind() == ElementKind.ASSOCIATION;
    svg.append("<g class=\"")
        .append(association ? "association" : "flow")
        .append("\" id=\"")
        .append(prefix)
        .append('-')
        .append(e.id())
        .append("\"><polyline points=\"");
    for (Point p : e.waypoints()) {
      svg.append(p.x()).append(',').append(p.y()).append(' ');
    }
    svg.setLength(svg.length() - 1);
    svg.append("\" fill=\"none\" stroke=\"")
        .append(association ? "#888888" : INK)
        .append("\" stroke-width=\"1.3\"");
    if (association) {
      svg.append(" stroke-dasharray=\"3,3\"");
    } else {
      svg.append(" marker-end=\"url(#").append(prefix).append("-arrow)\"");
    }
    svg.append("/>");
    if (e.labelBounds() != null) {
      lines(
          e.label(),
          e.labelBounds().x(),
          e.labelBounds().y(),
          ProcessLayout.LABEL_FONT,
          "#444444",
          false);
    }
    svg.append("</g>\n");
  }

  private void node(Node n) {
    Box b = n.bounds();
    svg.append("<g class=\"")
        .append(n.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append(n.kind() == ElementKind.STEP ? " step" : "")
        .append("\" id=\"")
        .append(prefix)
        .append('-')
        .append(n.id())
        .append('"');
    if (n.kind() == ElementKind.STEP) {
      svg.append(" data-step=\"").append(n.attribute("step")).append('"');
    }
    svg.append('>');
    switch (n.kind()) {
      case STEP:
      case TASK:
        svg.append("<rect x=\"")
            .append(b.x())
            .append("\" y=\"")
            .append(b.y())
            .append("\" width=\"")
            .append(b.width())
            .append("\" height=\"")
            .append(b.height())
            .append("\" rx=\"10\" fill=\"")
            .append(n.kind() == ElementKind.STEP ? "#eaf2fb" : "#f4f4f4")
            .append("\" stroke=\"#2b5d8c\" stroke-width=\"1.5\"/>");
        lines(
            n.label(),
            b.cx(),
            b.cy() - taskTextHeight(n) / 2,
            ProcessLayout.TASK_FONT,
            "#10253a",
            true);
        break;
      case START_EVENT:
        circle(b, b.width() / 2, "#ffffff", "#2a8a4a", 2);
        eventLabel(n);
        break;
      case END_EVENT:
        circle(b, b.width() / 2, "#ffffff", "#a33a3a", 4);
        eventLabel(n);
        break;
      case ESCALATION_END_EVENT:
        circle(b, b.width() / 2, "#ffffff", "#b85c00", 4);
        int cx = b.cx();
        int cy = b.cy();
        svg.append("<path d=\"M")
            .append(cx)
            .append(',')
            .append(cy - 10)
            .append(" L")
            .append(cx + 7)
            .append(',')
            .append(cy + 8)
            .append(" L")
            .append(cx)
            .append(',')
            .append(cy + 2)
            .append(" L")
            .append(cx - 7)
            .append(',')
            .append(cy + 8)
            .append(" z\" fill=\"#b85c00\"/>");
        eventLabel(n);
        break;
      case TIMER_BOUNDARY_EVENT:
        timer(n);
        eventLabel(n);
        break;
      case EXCLUSIVE_GATEWAY:
      case INCLUSIVE_GATEWAY:
        gateway(n);
        eventLabel(n);
        break;
      case TEXT_ANNOTATION:
        svg.append("<path d=\"M")
            .append(b.x() + 14)
            .append(',')
            .append(b.y())
            .append(" L")
            .append(b.x())
            .append(',')
            .append(b.y())
            .append(" L")
            .append(b.x())
            .append(',')
            .append(b.bottom())
            .append(" L")
            .append(b.x() + 14)
            .append(',')
            .append(b.bottom())
            .append("\" fill=\"none\" stroke=\"#888888\" stroke-width=\"1.3\"/>");
        lines(
            n.label(),
            n.labelBounds().x(),
            n.labelBounds().y(),
            ProcessLayout.LABEL_FONT,
            "#333333",
            false);
        break;
      default:
        throw new IllegalStateException("not a shape: " + n.kind());
    }
    svg.append("</g>\n");
  }

  private static int taskTextHeight(Node n) {
    return Text.height(n.label().size(), ProcessLayout.TASK_FONT);
  }

  private void eventLabel(Node n) {
    if (n.labelBounds() != null && !n.label().isEmpty()) {
      lines(
          n.label(),
          n.labelBounds().x(),
          n.labelBounds().y(),
          ProcessLayout.LABEL_FONT,
          "#222222",
          false);
    }
  }

  private void circle(Box b, int r, String fill, String stroke, double width) {
    svg.append("<circle cx=\"")
        .append(b.cx())
        .append("\" cy=\"")
        .append(b.cy())
        .append("\" r=\"")
        .append(r)
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(width)
        .append("\"/>");
  }

  private void timer(Node n) {
    Box b = n.bounds();
    boolean interrupting = Boolean.parseBoolean(n.attribute("cancelActivity"));
    String dash = interrupting ? "" : " stroke-dasharray=\"4,2\"";
    int cx = b.cx();
    int cy = b.cy();
    int r = b.width() / 2;
    svg.append("<circle cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\" r=\"")
        .append(r);
    svg.append("\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"")
        .append(dash)
        .append("/>");
    svg.append("<circle cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\" r=\"")
        .append(r - 3);
    svg.append("\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1\"")
        .append(dash)
        .append("/>");
    svg.append("<path d=\"M")
        .append(cx)
        .append(',')
        .append(cy - 8)
        .append(" L")
        .append(cx)
        .append(',')
        .append(cy)
        .append(" L")
        .append(cx + 6)
        .append(',')
        .append(cy)
        .append("\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\"/>");
  }

  private void gateway(Node n) {
    Box b = n.bounds();
    int cx = b.cx();
    int cy = b.cy();
    svg.append("<polygon points=\"")
        .append(cx)
        .append(',')
        .append(b.y())
        .append(' ')
        .append(b.right())
        .append(',')
        .append(cy)
        .append(' ')
        .append(cx)
        .append(',')
        .append(b.bottom())
        .append(' ')
        .append(b.x())
        .append(',')
        .append(cy)
        .append("\" fill=\"#fffbe8\" stroke=\"#8a6d00\" stroke-width=\"1.5\"/>");
    if (n.kind() == ElementKind.EXCLUSIVE_GATEWAY) {
      svg.append("<path d=\"M")
          .append(cx - 8)
          .append(',')
          .append(cy - 8)
          .append(" L")
          .append(cx + 8)
          .append(',')
          .append(cy + 8)
          .append(" M")
          .append(cx + 8)
          .append(',')
          .append(cy - 8)
          .append(" L")
          .append(cx - 8)
          .append(',')
          .append(cy + 8)
          .append("\" stroke=\"#8a6d00\" stroke-width=\"3\"/>");
    } else {
      svg.append("<circle cx=\"")
          .append(cx)
          .append("\" cy=\"")
          .append(cy)
          .append("\" r=\"10\" fill=\"none\" stroke=\"#8a6d00\" stroke-width=\"2.5\"/>");
    }
  }

  /** A block of lines, its first baseline one font size below {@code top}. */
  private void lines(List<String> lines, int x, int top, int font, String fill, boolean centred) {
    if (lines.isEmpty()) {
      return;
    }
    int lineHeight = Text.lineHeight(font);
    svg.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(top + font)
        .append("\" font-size=\"")
        .append(font)
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (centred) {
      svg.append(" text-anchor=\"middle\"");
    }
    svg.append('>');
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<tspan x=\"").append(x).append('"');
      if (i > 0) {
        svg.append(" dy=\"").append(lineHeight).append('"');
      }
      svg.append('>').append(text(lines.get(i))).append("</tspan>");
    }
    svg.append("</text>");
  }

  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}

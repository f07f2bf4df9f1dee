package nl.lon.interop.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.lon.core.process.ProcessStep;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG is well-formed XML, draws one shape per step, references nothing outside itself, and has
 * its labels in the requested language only.
 */
class ProcessDiagramSvgTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  /** The diagram's own words that belong to one language only. */
  private static final List<String> DUTCH_ONLY =
      List.of(
          "werkwijze",
          "werkdagen",
          "maanden",
          "maand",
          "afgerond",
          "opschalen",
          "heropenen",
          "heropend",
          "uitgevallen",
          "zorgwekkende",
          "situatie",
          "oordeel",
          "melding",
          "wanneer",
          "opgesteld",
          "voorgelegd",
          "aangewezen",
          "nazorgcontrole",
          "vastgelegd",
          "tijdelijk");

  private static final List<String> ENGLISH_ONLY =
      List.of(
          "way",
          "working",
          "days",
          "months",
          "month",
          "completed",
          "escalate",
          "reopen",
          "reopened",
          "dropped",
          "worrying",
          "judgement",
          "report",
          "closes",
          "drafted",
          "presented",
          "appointed",
          "check",
          "recorded",
          "case",
          "the");

  /** Words of both languages that one bundle happens to use only ("sociaal team"). */
  private static final Set<String> BOTH = Set.of("team");

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> bundleWords(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ProcessDiagramSvgTest.class.getResourceAsStream(
            "/nl/lon/core/label/labels_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }
    Set<String> out = new HashSet<>();
    p.values().forEach(v -> out.addAll(words(v.toString())));
    return out;
  }

  /** The words of one language only: its bundle's words not in the other's, and the lists above. */
  private static Set<String> onlyIn(String language) throws IOException {
    Set<String> own = bundleWords(language);
    own.removeAll(bundleWords("nl".equals(language) ? "en" : "nl"));
    own.removeIf(w -> w.length() < 4);
    boolean nl = "nl".equals(language);
    (nl ? DUTCH_ONLY : ENGLISH_ONLY).forEach(w -> own.addAll(words(w)));
    own.removeAll(nl ? words(String.join(" ", ENGLISH_ONLY)) : words(String.join(" ", DUTCH_ONLY)));
    own.removeAll(BOTH);
    return own;
  }

  /** Every text the drawing shows: its title and its text elements. */
  private static String visibleText(Document d) {
    StringBuilder out = new StringBuilder();
    for (String tag : List.of("title", "text")) {
      NodeList nodes = d.getElementsByTagNameNS(SVG, tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        NodeList lines = e.getElementsByTagNameNS(SVG, "tspan");
        if (lines.getLength() == 0) {
          out.append(e.getTextContent());
        }
        // a label's lines, joined as the one text they wrap
        for (int j = 0; j < lines.getLength(); j++) {
          out.append(lines.item(j).getTextContent()).append(' ');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("nl.lon.interop.bpmn.Presets#presetsAndLanguages")
  void toSvg_preset_wellFormedOneShapePerStepLabelsInOneLanguage(
      MethodologyProfile profile, Locale locale) throws Exception {
    ProcessDiagram diagram = ProcessDiagram.of(profile, locale);
    String svg = diagram.toSvg();
    Document d = parse(svg);
    Element root = d.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertTrue(Integer.parseInt(root.getAttribute("width")) > 500);

    // one shape per step, in the order of the process
    NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    Set<String> stepsDrawn = new TreeSet<>();
    int stepShapes = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("step")) {
        stepShapes++;
        stepsDrawn.add(g.getAttribute("data-step"));
        assertEquals(1, g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength());
      }
    }
    assertEquals(9, stepShapes);
    assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), stepsDrawn);
    // the shapes drawn are the diagram's: one per shape element
    int shapes =
        (int)
            diagram.getElements().stream()
                .filter(
                    e ->
                        e.getKind() != ElementKind.PROCESS
                            && e.getKind() != ElementKind.ESCALATION
                            && e.getKind() != ElementKind.SEQUENCE_FLOW
                            && e.getKind() != ElementKind.ASSOCIATION)
                .count();
    int timerCircles = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      if (((Element) groups.item(i)).getAttribute("class").equals("timer-boundary-event")) {
        timerCircles++;
      }
    }
    assertEquals(diagram.elements(ElementKind.TIMER_BOUNDARY_EVENT).size(), timerCircles);
    assertTrue(groups.getLength() >= shapes, "a group per shape and per connector");

    // nothing outside the document: no links, images, scripts or style sheets
    assertTrue(!svg.contains("href"), "no links");
    assertTrue(!svg.contains("<image") && !svg.contains("<script") && !svg.contains("<style"));

    // the labels: the step names in the requested language, no word of the other
    String text = visibleText(d);
    for (ProcessStep step : ProcessStep.values()) {
      assertTrue(text.contains(step.label(locale)), step + " in " + locale);
    }
    String other = "nl".equals(locale.getLanguage()) ? "en" : "nl";
    Set<String> foreign = new TreeSet<>(words(text));
    foreign.retainAll(onlyIn(other));
    assertEquals(Set.of(), foreign, "words of the other language in the " + locale + " drawing");
  }

  @ParameterizedTest
  @MethodSource("nl.lon.interop.bpmn.Presets#presetsAndLanguages")
  void toSvg_languageCheck_canFail(MethodologyProfile profile, Locale locale) throws Exception {
    // the other language's drawing is caught by the same check
    Locale other = "nl".equals(locale.getLanguage()) ? Locale.ENGLISH : Presets.DUTCH;
    String text = visibleText(parse(ProcessDiagram.of(profile, other).toSvg()));
    Set<String> foreign = new TreeSet<>(words(text));
    foreign.retainAll(onlyIn(other.getLanguage()));
    assertTrue(foreign.size() > 10, foreign.toString());
  }
}

package nl.lon.examples.snippets;

import java.util.Locale;
import nl.lon.interop.bpmn.ProcessDiagram;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The Javadoc examples of {@code lon-interop-bpmn}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here.
 */
final class BpmnSnippets {

  private BpmnSnippets() {}

  /** {@link ProcessDiagram}. */
  static String[] draw() {
    ProcessDiagram diagram = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    String bpmn = diagram.toBpmnXml();
    String svg = diagram.toSvg();
    return new String[] {bpmn, svg};
  }
}

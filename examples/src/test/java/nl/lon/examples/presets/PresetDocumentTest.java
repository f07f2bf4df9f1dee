package nl.lon.examples.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.lon.rules.profile.PresetProvenance;
import org.junit.jupiter.api.Test;

/** The preset document and the README's profile table agree with the presets. */
class PresetDocumentTest {

  private static final String REGENERATE =
      "; regenerate from the repository root with ./mvnw -q -pl examples -am -DskipTests package"
          + " exec:java -Dexec.mainClass=nl.lon.examples.presets.PresetDocument";

  private static Path root() {
    return PresetDocument.repositoryRoot(Path.of("").toAbsolutePath());
  }

  @Test
  void docsPresetsMd_isTheGeneratedDocument() throws IOException {
    String file = Files.readString(root().resolve("docs/presets.md"), StandardCharsets.UTF_8);
    assertEquals(
        PresetDocument.generateMarkdown(), file, "docs/presets.md is out of date" + REGENERATE);
  }

  @Test
  void readmeProfileTable_isTheDocumentsSummary() throws IOException {
    String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    assertEquals(
        PresetDocument.generateSummaryTable(),
        PresetDocument.summaryTableIn(readme),
        "the README's profile table disagrees with the presets" + REGENERATE);
  }

  @Test
  void document_everySettingOfEveryPreset_withItsProvenance() {
    String md = PresetDocument.generateMarkdown();
    String html = PresetDocument.generateHtml();
    for (String id : PresetProvenance.PRESET_IDS) {
      for (String path : PresetProvenance.settings(PresetProvenance.preset(id)).keySet()) {
        assertTrue(md.contains("| `" + path + "` |"), path);
        assertTrue(md.contains("### `" + path + "`"), path);
        assertTrue(html.contains("<code>" + path + "</code>"), path);
      }
    }
    assertTrue(!md.contains("no provenance"), "every cell has its provenance");
    // Enschede's judging deadline, l.1413-1414
    assertTrue(md.contains("004_ca47ed76719141bc.txt l.1413-1414"), md);
  }

  @Test
  void summary_marksAssumptions() {
    String table = PresetDocument.generateSummaryTable();
    assertTrue(
        table.contains("| judge report | no deadline | 5 working days after receipt |"), table);
    // l.1717-1720: the pot is the source's, its amount an assumption
    assertTrue(
        table.contains("a pot of EUR 25000 a year for all cases, no cap per case (assumption)"),
        table);
    // l.1698: one city's rule in one city's preset; l.1702-1716 lists Leeuwarden's measures
    // but names no body to escalate them to, so "none" is an inference there
    assertTrue(
        table.contains(
            "| pressure and coercion | measures from the catalogue (assumption) | escalated"
                + " straight to the city intervention team | measures from the catalogue"
                + " (assumption) |"),
        table);
    assertTrue(
        table.contains(
            "| no cooperation in an eviction with children | no (assumption) | no (assumption) |"
                + " yes |"),
        table);
    assertTrue(table.contains("every 14 days (assumption)"), table);
    assertTrue(table.contains("6 and 12 months |"), "Rotterdam's follow-up is sourced: " + table);
    assertTrue(table.contains("6 months (expert advice)"), table);
  }

  @Test
  void docsProcessSvgs_areTheGeneratedDrawings_linkedAndSideBySide() throws IOException {
    String md = PresetDocument.generateMarkdown();
    String html = PresetDocument.generateHtml();
    for (String id : PresetProvenance.PRESET_IDS) {
      String file = PresetDocument.processFile(id);
      assertEquals("process-" + id + ".svg", file);
      assertEquals(
          PresetDocument.processSvg(id),
          Files.readString(root().resolve("docs").resolve(file), StandardCharsets.UTF_8),
          "docs/" + file + " is out of date" + REGENERATE);
      assertTrue(md.contains("](" + file + ")"), "the Markdown links " + file);
      assertTrue(html.contains("data-process=\"lon-process-" + id + "\""), "inline in the HTML");
    }
    // side by side: one figure per preset in one row, in the document's language
    assertEquals(3, html.split("<figure>", -1).length - 1);
    assertTrue(html.contains("<div class=\"processes\">"));
    assertTrue(html.contains("data-lang=\"en\""));
    assertTrue(!html.contains("data-lang=\"nl\""));
  }

  @Test
  void withSummary_replacesOnlyTheTable() {
    String readme = "# x\n\n### The profiles\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nafter\n";
    String replaced = PresetDocument.withSummary(readme, "| c |\n|---|\n");
    assertEquals("# x\n\n### The profiles\n\n| c |\n|---|\n\nafter\n", replaced);
    assertEquals("| c |\n|---|\n", PresetDocument.summaryTableIn(replaced));
  }
}

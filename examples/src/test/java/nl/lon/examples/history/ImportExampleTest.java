package nl.lon.examples.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.service.history.ImportReport;
import nl.lon.service.history.ImportRuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExampleTest {

  @TempDir Path dir;

  @Test
  void run_200Cases_importsAllButTheDeliberatelyWrongOnes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path html = dir.resolve("report.html");

    ImportReport r = ImportExample.run(out, 250, dir.resolve("export.jsonl"), html);

    String text = bytes.toString(StandardCharsets.UTF_8);
    int wrong = ExportGenerator.wrongCases(250);
    assertEquals(10, wrong);
    assertEquals(250 - wrong, r.getCasesImported(), r::toText);
    assertEquals(wrong, r.getCasesRefused(), r::toText);
    assertEquals(0, r.getCasesAlreadyImported());
    Set<String> rules =
        r.getRefusedCases().stream()
            .map(ImportReport.CaseRefusal::ruleId)
            .collect(Collectors.toSet());
    assertTrue(rules.contains(ImportRuleId.MALFORMED_JSON.getId()), rules::toString);
    assertTrue(rules.contains(ImportRuleId.UNKNOWN_ACT.getId()), rules::toString);
    assertTrue(rules.contains(ImportRuleId.MISSING_FIELD.getId()), rules::toString);
    assertTrue(rules.contains(ImportRuleId.UNKNOWN_ACTOR.getId()), rules::toString);
    assertTrue(rules.contains("close.evaluation-required"), rules::toString);
    assertEquals(8, r.getBadLines().size(), r::toText);
    assertTrue(
        text.contains("The same file once more: 0 cases imported, 240 already imported"), text);
    assertTrue(text.contains("chain verified"), text);
    assertTrue(Files.readString(html).contains("Refused cases"), html::toString);
  }
}

package nl.lon.interop.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** The picture in the README, {@code docs/process-rotterdam.svg}, is what the generator draws. */
class DocsProcessSvgTest {

  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("lon-rules")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  @Test
  void docsProcessRotterdamSvg_isTheGeneratedDrawing() throws IOException {
    String file =
        Files.readString(root().resolve("docs/process-rotterdam.svg"), StandardCharsets.UTF_8);
    assertEquals(
        ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH).toSvg(),
        file,
        "docs/process-rotterdam.svg is out of date; regenerate from the repository root with"
            + " ./mvnw -q -pl examples -am -DskipTests package exec:java"
            + " -Dexec.mainClass=nl.lon.examples.presets.PresetDocument");
  }
}

package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link KitRule}, the numbered rules in the SPI's Javadoc and the kit's test names in step:
 * every rule the contracts state is listed; every checked rule has a test named after it; every
 * unchecked rule is reported as an {@code _untested_} skip; every probabilistic test exists and
 * carries {@code stochastic} in its name.
 */
class KitRuleTest {

  private static final Path SPI = Path.of("..", "lon-persistence-spi", "src", "main", "java");
  private static final Pattern RULE = Pattern.compile("<b>([ALRVDUI][0-9])[ .:<]");
  private static final List<Class<?>> KITS =
      List.of(
          EventStoreConformance.class,
          AuditLogConformance.class,
          PersonalDataVaultConformance.class,
          DirectoryConformance.class,
          StoresConformance.class,
          InvolvementIndexConformance.class);

  @Test
  void everyRuleOfTheContracts_isListed() throws IOException {
    Set<String> stated = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SPI)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = RULE.matcher(Files.readString(f));
        while (m.find()) {
          stated.add(m.group(1));
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    for (KitRule r : KitRule.values()) {
      listed.add(r.name());
    }
    assertTrue(stated.size() > 30, "found the SPI's rules: " + stated);
    assertEquals(stated, listed, "KitRule must list exactly the rules the SPI's contracts state");
  }

  @Test
  void everyRule_hasTestsNamedAfterIt_orAnUntestedSkip() {
    List<String> tests = testNames();
    for (KitRule r : KitRule.values()) {
      String prefix = r.name().toLowerCase(Locale.ROOT) + "_";
      List<String> own = tests.stream().filter(t -> t.startsWith(prefix)).toList();
      boolean untestedSkip = own.stream().anyMatch(t -> t.startsWith(prefix + "untested_"));
      if (r.getCoverage() == KitRule.Coverage.UNTESTED) {
        assertTrue(
            untestedSkip && own.size() == 1,
            r + " is untested: exactly one " + prefix + "untested_ test");
      } else {
        assertTrue(
            !own.isEmpty() && !untestedSkip,
            r + " is checked: it needs a test named " + prefix + "...");
      }
      for (String probabilistic : r.getProbabilisticTests()) {
        assertTrue(
            own.contains(probabilistic),
            r + ": the probabilistic test " + probabilistic + " exists");
      }
      if (r.getCoverage() == KitRule.Coverage.PROBABILISTIC) {
        assertFalse(
            r.getProbabilisticTests().isEmpty(),
            r + " is probabilistic: it names its stochastic tests");
      }
    }
  }

  @Test
  void stochasticTests_areExactlyTheListedProbabilisticOnes() {
    Set<String> stochastic = new TreeSet<>();
    for (String t : testNames()) {
      if (t.contains("_stochastic_")) {
        stochastic.add(t);
      }
    }
    Set<String> listed = new TreeSet<>();
    for (KitRule r : KitRule.values()) {
      listed.addAll(r.getProbabilisticTests());
    }
    assertEquals(
        listed,
        stochastic,
        "a test that finds a defect only with a probability is named <rule>_stochastic_... and listed in its KitRule");
  }

  @Test
  void readmeCoverageTable_namesEveryUntestedAndProbabilisticRule() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    for (KitRule.Coverage coverage :
        List.of(KitRule.Coverage.UNTESTED, KitRule.Coverage.PROBABILISTIC)) {
      String row =
          lines.stream()
              .filter(l -> l.startsWith("| " + coverage.name().toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "the README's conformance section has a row for " + coverage));
      String rules = row.split("\\|")[2];
      for (KitRule r : KitRule.values()) {
        if (r.getCoverage() == coverage) {
          assertTrue(
              rules.contains(r.name()),
              "the README's " + coverage + " row names " + r + ": " + row);
        }
      }
    }
  }

  private static List<String> testNames() {
    List<String> names = new ArrayList<>();
    for (Class<?> kit : KITS) {
      for (Class<?> group : kit.getDeclaredClasses()) {
        // a group's tests are declared in its rule file, the group's superclass
        for (Class<?> c = group; c != null && c != Object.class; c = c.getSuperclass()) {
          for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
              names.add(m.getName());
            }
          }
        }
      }
    }
    return names;
  }
}

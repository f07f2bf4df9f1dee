package nl.lon.core.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.EventType;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CollaborationLevel;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.NetworkActivityKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/** Every enum constant of lon-core has a label in Dutch and English; the bundles agree. */
class LabelProperties {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** All enums of lon-core that implement {@link Labelled}. */
  static final List<Class<? extends Enum<?>>> LABELLED_ENUMS =
      List.of(
          ConsentScope.class,
          TargetGroup.class,
          EscalationKind.class,
          ResolutionKind.class,
          EventType.class,
          Circuit.class,
          PartnerKind.class,
          ProfessionalRole.class,
          Ring.class,
          AppointmentAuthority.class,
          CaseStatus.class,
          ClosureReason.class,
          CollaborationLevel.class,
          Concern.class,
          CoordinationOutcome.class,
          EvaluationDecision.class,
          FollowUpOutcome.class,
          GoalResult.class,
          Instrument.class,
          MeetingKind.class,
          NetworkActivityKind.class,
          ProcessStep.class,
          ReportJudgement.class,
          SignalChannel.class,
          SignalSourceKind.class,
          LifeDomain.class,
          ScanDomain.class,
          ScanInstrument.class,
          SelfRelianceLevel.class);

  static List<Labelled> allConstants() {
    List<Labelled> all = new ArrayList<>();
    for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        all.add((Labelled) constant);
      }
    }
    return all;
  }

  @Provide
  Arbitrary<Labelled> constants() {
    return Arbitraries.of(allConstants());
  }

  @Property
  void label_everyConstantInDutch_isNonBlank(@ForAll("constants") Labelled constant) {
    String label = constant.label(DUTCH);
    assertNotNull(label);
    assertFalse(label.isBlank(), constant.labelKey());
  }

  @Property
  void label_everyConstantInEnglish_isNonBlank(@ForAll("constants") Labelled constant) {
    String label = constant.label(Locale.ENGLISH);
    assertNotNull(label);
    assertFalse(label.isBlank(), constant.labelKey());
  }

  @Property
  void label_regionalAndOtherLocales_fallBackToDutchOrEnglish(
      @ForAll("constants") Labelled constant) {
    assertEquals(constant.label(DUTCH), constant.label(Locale.forLanguageTag("nl-BE")));
    assertEquals(constant.label(Locale.ENGLISH), constant.label(Locale.UK));
    assertEquals(constant.label(Locale.ENGLISH), constant.label(Locale.GERMAN));
    assertEquals(constant.label(Locale.ENGLISH), constant.label(Locale.ROOT));
  }

  @Property
  void labelKey_everyConstant_isSimpleTypeNameDotConstantAndInBothBundles(
      @ForAll("constants") Labelled constant) throws IOException {
    Enum<?> e = (Enum<?>) constant;
    String expected = e.getDeclaringClass().getSimpleName() + "." + e.name();
    assertEquals(expected, constant.labelKey());
    assertTrue(bundle("nl").containsKey(expected), "nl: " + expected);
    assertTrue(bundle("en").containsKey(expected), "en: " + expected);
  }

  @Example
  void bundles_dutchAndEnglish_haveExactlyTheSameKeys() throws IOException {
    Set<String> nl = new TreeSet<>(bundle("nl").stringPropertyNames());
    Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
    Set<String> onlyNl = new TreeSet<>(nl);
    onlyNl.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(nl);
    assertEquals(Set.of(), onlyNl, "keys only in nl");
    assertEquals(Set.of(), onlyEn, "keys only in en");
    assertFalse(nl.isEmpty());
  }

  @Example
  void bundles_everyValue_isNonBlank() throws IOException {
    for (String language : List.of("nl", "en")) {
      Properties p = bundle(language);
      for (String key : p.stringPropertyNames()) {
        assertFalse(p.getProperty(key).isBlank(), language + ": " + key);
      }
    }
  }

  @Example
  void bundles_keysOfCoreEnums_nameExistingConstants() throws IOException {
    Set<String> coreTypes =
        LABELLED_ENUMS.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    Set<String> existing =
        allConstants().stream().map(Labelled::labelKey).collect(Collectors.toSet());
    List<String> stale = new ArrayList<>();
    for (String key : bundle("en").stringPropertyNames()) {
      String type = key.substring(0, key.indexOf('.'));
      if (coreTypes.contains(type) && !existing.contains(key)) {
        stale.add(key);
      }
    }
    Collections.sort(stale);
    assertEquals(List.of(), stale, "labels for constants that do not exist");
  }

  @Example
  void labelledEnums_hardList_isEveryLabelledEnumOfLonCore() throws Exception {
    Set<String> listed =
        LABELLED_ENUMS.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(discoverLabelledEnums(), listed);
  }

  @Example
  void label_knownConstants_giveExpectedTexts() {
    assertEquals("zorgmijder", TargetGroup.CARE_AVOIDER.label(DUTCH));
    assertEquals("overlastgever", TargetGroup.NUISANCE_CAUSER.label(DUTCH));
    assertEquals("TargetGroup.CARE_AVOIDER", TargetGroup.CARE_AVOIDER.labelKey());
  }

  @Example
  void labels_withinOneEnumAndLanguage_areDistinct() {
    for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
      for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
        List<String> labels =
            Arrays.stream(type.getEnumConstants())
                .map(c -> ((Labelled) c).label(locale))
                .collect(Collectors.toList());
        assertEquals(
            labels.size(),
            new TreeSet<>(labels).size(),
            type.getSimpleName() + " " + locale + ": " + labels);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Properties bundle(String language) throws IOException {
    String resource = "/nl/lon/core/label/labels_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Labelled.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  /** Scans the compiled classes of lon-core (a directory or a jar) for labelled enums. */
  private static Set<String> discoverLabelledEnums() throws Exception {
    URI location = Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    Set<String> found = new TreeSet<>();
    if (Files.isDirectory(root)) {
      collect(root, found);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root, (ClassLoader) null)) {
        collect(jar.getPath("/"), found);
      }
    }
    return found;
  }

  private static void collect(Path root, Set<String> found) throws Exception {
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .filter(p -> !p.getFileName().toString().contains("$"))
              .filter(p -> !p.getFileName().toString().equals("package-info.class"))
              .collect(Collectors.toList());
    }
    for (Path p : classFiles) {
      String relative = root.relativize(p).toString().replace('\\', '/');
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      if (!name.startsWith("nl.lon.core.")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, LabelProperties.class.getClassLoader());
      if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
        found.add(type.getName());
      }
    }
  }
}

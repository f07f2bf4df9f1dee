package nl.lon.interop.bpmn;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.params.provider.Arguments;

/** The three presets and the two languages, for parameterised tests. */
final class Presets {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  private Presets() {}

  static List<MethodologyProfile> all() {
    return List.of(
        MethodologyProfile.rotterdam(),
        MethodologyProfile.enschede(),
        MethodologyProfile.leeuwarden());
  }

  /** Every preset in Dutch and in English. */
  static Stream<Arguments> presetsAndLanguages() {
    return all().stream()
        .flatMap(p -> Stream.of(Arguments.of(p, DUTCH), Arguments.of(p, Locale.ENGLISH)));
  }
}

package nl.lon.core.id;

import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation and behaviour of the eight identifier types. */
class IdentifiersTest {

  /** Every identifier type: its simple name and its factory. */
  static Stream<Arguments> identifierTypes() {
    return Stream.of(
        Arguments.of("CaseId", (Function<String, Identifier<?>>) CaseId::of),
        Arguments.of("ClientNumber", (Function<String, Identifier<?>>) ClientNumber::of),
        Arguments.of("EscalationId", (Function<String, Identifier<?>>) EscalationId::of),
        Arguments.of("MeetingId", (Function<String, Identifier<?>>) MeetingId::of),
        Arguments.of("NetworkId", (Function<String, Identifier<?>>) NetworkId::of),
        Arguments.of("OrganisationId", (Function<String, Identifier<?>>) OrganisationId::of),
        Arguments.of("ProfessionalId", (Function<String, Identifier<?>>) ProfessionalId::of),
        Arguments.of("SignalId", (Function<String, Identifier<?>>) SignalId::of));
  }

  /** Every identifier type combined with every blank text. */
  static Stream<Arguments> blankValues() {
    return identifierTypes()
        .flatMap(
            a ->
                Stream.of("", " ", "\t", "   \n")
                    .map(v -> Arguments.of(a.get()[0], a.get()[1], v)));
  }

  /** Every identifier type combined with every malformed, non-blank text. */
  static Stream<Arguments> malformedValues() {
    List<String> malformed =
        List.of(
            "-starts-with-dash",
            ".starts-with-dot",
            "_underscore-first",
            "has space",
            " leading-space",
            "trailing-space ",
            "slash/inside",
            "caf\u00e9",
            "a#b",
            "x".repeat(129));
    return identifierTypes()
        .flatMap(a -> malformed.stream().map(v -> Arguments.of(a.get()[0], a.get()[1], v)));
  }

  @ParameterizedTest(name = "{0} \"{2}\"")
  @MethodSource("blankValues")
  void of_blankValue_throwsNotBlankOnValueField(
      String type, Function<String, Identifier<?>> factory, String value) {
    assertRejected(type + ".value", "not-blank", () -> factory.apply(value));
  }

  @ParameterizedTest(name = "{0} \"{2}\"")
  @MethodSource("malformedValues")
  void of_malformedValue_throwsIdentifierFormatOnValueField(
      String type, Function<String, Identifier<?>> factory, String value) {
    assertRejected(type + ".value", "identifier-format", () -> factory.apply(value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifierTypes")
  void of_null_throwsRequiredOnValue(String type, Function<String, Identifier<?>> factory) {
    assertRequired(type + ".value", () -> factory.apply(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifierTypes")
  void of_wellFormedValues_keepValueAndToString(
      String type, Function<String, Identifier<?>> factory) {
    for (String value : List.of("a", "0", "case-2026.17:b_x", "Z".repeat(128))) {
      Identifier<?> id = factory.apply(value);
      assertEquals(value, id.getValue());
      assertEquals(value, id.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifierTypes")
  void equals_sameTypeSameValue_equalWithSameHashCode(
      String type, Function<String, Identifier<?>> factory) {
    Identifier<?> a = factory.apply("x-1");
    Identifier<?> b = factory.apply("x-1");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, factory.apply("x-2"));
  }

  @Test
  void equals_differentTypesSameValue_notEqual() {
    assertNotEquals(CaseId.of("42"), ClientNumber.of("42"));
    assertNotEquals(OrganisationId.of("ggd"), NetworkId.of("ggd"));
  }

  @Test
  void compareTo_values_ordersByValue() {
    assertTrue(CaseId.of("a-1").compareTo(CaseId.of("a-2")) < 0);
    assertTrue(CaseId.of("b").compareTo(CaseId.of("a")) > 0);
    assertEquals(0, CaseId.of("same").compareTo(CaseId.of("same")));
  }

  @Test
  void sort_identifiersOfOneKind_sortsByValue() {
    List<NetworkId> ids =
        new ArrayList<>(
            List.of(NetworkId.of("utrecht"), NetworkId.of("delft"), NetworkId.of("ede")));
    Collections.sort(ids);
    assertEquals(List.of(NetworkId.of("delft"), NetworkId.of("ede"), NetworkId.of("utrecht")), ids);
  }

  /**
   * Each identifier type is comparable with its own kind only: its {@code Identifier<T>} type
   * argument is the type itself, so {@code caseId.compareTo(networkId)} is a compile error (a
   * compiler-checked fact, shown here through the declared generic supertype).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("identifierTypes")
  void compareTo_acceptsOnlyItsOwnKind(String type, Function<String, Identifier<?>> factory) {
    Class<?> kind = factory.apply("x").getClass().getSuperclass();
    assertEquals(type, kind.getSimpleName());
    ParameterizedType supertype = (ParameterizedType) kind.getGenericSuperclass();
    assertEquals(Identifier.class, supertype.getRawType());
    assertEquals(kind, supertype.getActualTypeArguments()[0]);
  }

  @Test
  void of_caseSensitiveValues_areDifferent() {
    assertNotEquals(CaseId.of("Case-1"), CaseId.of("case-1"));
  }
}

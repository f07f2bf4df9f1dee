package nl.lon.persistence.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.process.PlausibleDates;

/**
 * Hostile personal data: every text of {@link PersonalData} refuses controls, bidi overrides,
 * unpaired surrogates, invisible-only content and texts longer than its database column, and the
 * date of birth refuses dates outside {@link PlausibleDates}; no message repeats the input.
 */
class PersonalDataHostileInputProperties {

  private static final String MARKER = "SECRET-MARKER";

  /**
   * One text of the personal data.
   *
   * @param field the field
   * @param max the column size
   * @param build builds otherwise valid data with the text
   */
  record Slot(String field, int max, Function<String, PersonalData> build) {
    @Override
    public String toString() {
      return field;
    }
  }

  private static PersonalData.Builder base() {
    return PersonalData.builder()
        .name("Jan de Vries")
        .address("Dorpsstraat 1")
        .residence("Rotterdam")
        .phone("010-1234567")
        .dateOfBirth(LocalDate.of(1970, 5, 17));
  }

  static List<Slot> slots() {
    return List.of(
        new Slot("PersonalData.name", 200, t -> base().name(t).build()),
        new Slot("PersonalData.address", 200, t -> base().address(t).build()),
        new Slot("PersonalData.residence", 100, t -> base().residence(t).build()),
        new Slot("PersonalData.phone", 40, t -> base().phone(t).build()));
  }

  @Provide
  Arbitrary<Slot> slot() {
    return Arbitraries.of(slots());
  }

  static List<String> hostileTexts() {
    List<String> bad =
        new ArrayList<>(List.of("\uD800", "\uDC00", "\uDC00\uD800", "\u007F", "\u0085", "\u009F"));
    for (char c = 0; c < 0x20; c++) {
      if (c != '\n' && c != '\t') {
        bad.add(String.valueOf(c));
      }
    }
    for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
      bad.add(String.valueOf(c));
    }
    List<String> texts = new ArrayList<>();
    for (String b : bad) {
      texts.add(MARKER + b);
      texts.add(b + MARKER);
    }
    texts.add(MARKER.repeat(1 << 16));
    // valid characters, longer than every column
    texts.add(("J. " + MARKER + " de Vries, Dorpsstraat 1 te Rotterdam, 010-1234567 ").repeat(4));
    return texts;
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(hostileTexts());
  }

  @Provide
  Arbitrary<String> blank() {
    return Arbitraries.of(
        "", " ", "\n\t", "\u200B", "\uFEFF", "\u00A0\u200B\uFEFF", " ".repeat(1 << 20));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_hostileText_rejectedNamingFieldWithoutEcho(
      @ForAll("slot") Slot slot, @ForAll("hostile") String text) {
    InvalidValueException e = assertRejected(slot.field(), () -> slot.build().apply(text));
    assertFalse(e.getMessage().contains(MARKER), e.getMessage());
    assertFalse(e.getMessage().contains("Vries"), e.getMessage());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_blankText_rejectedNamingField(
      @ForAll("slot") Slot slot, @ForAll("blank") String text) {
    assertRejected(slot.field(), () -> slot.build().apply(text));
  }

  @Property
  void build_validText_keptUnchanged(@ForAll("slot") Slot slot, @ForAll("validTexts") String text) {
    String value = text.length() > slot.max() ? text.substring(0, slot.max()).strip() : text;
    if (Character.isHighSurrogate(value.charAt(value.length() - 1))) {
      value = value.substring(0, value.length() - 1);
    }
    PersonalData data = slot.build().apply(value);
    assertTrue(
        List.of(
                data.getName(),
                data.getAddress(),
                data.getResidence(),
                data.getPhone().orElseThrow())
            .contains(value));
    assertFalse(data.toString().contains(value), data.toString());
  }

  @Provide
  Arbitrary<String> validTexts() {
    Arbitrary<String> first = Arbitraries.of("J", "Ö", "ש", "+", "0", "\uD83D\uDE00");
    Arbitrary<String> rest =
        Arbitraries.of(
                "a", "Z", " ", "-", "'", ".", "é", "ß", "\u00A0", "\uD83C\uDFE0", "7", "(", ")")
            .list()
            .ofMaxSize(60)
            .map(l -> String.join("", l));
    return Combinators.combine(first, rest).as((f, r) -> f + r + "x");
  }

  @Example
  void build_columnSizes_acceptedAtMaximumRefusedAboveAsMaxLength() {
    for (Slot slot : slots()) {
      String longest = "ä".repeat(slot.max());
      slot.build().apply(longest);
      InvalidValueException e =
          assertRejected(slot.field(), () -> slot.build().apply(longest + "x"));
      assertEquals("max-length-" + slot.max(), e.getRule());
    }
    assertEquals(200, PersonalData.MAX_NAME);
    assertEquals(200, PersonalData.MAX_ADDRESS);
    assertEquals(100, PersonalData.MAX_RESIDENCE);
    assertEquals(40, PersonalData.MAX_PHONE);
  }

  @Provide
  Arbitrary<LocalDate> hostileDates() {
    return Arbitraries.of(
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.of(0, 1, 1),
        LocalDate.of(202, 5, 17),
        LocalDate.of(1899, 12, 31),
        LocalDate.of(2200, 1, 1),
        LocalDate.of(9999, 5, 17));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_hostileDateOfBirth_rejectedWithoutEcho(@ForAll("hostileDates") LocalDate dob) {
    InvalidValueException e =
        assertRejected("PersonalData.dateOfBirth", () -> base().dateOfBirth(dob).build());
    assertEquals("plausible-date", e.getRule());
    assertFalse(e.getMessage().contains(dob.toString()), e.getMessage());
  }

  @Example
  void dateOfBirthInTheFuture_keptByTheValueButRefusedByTheHook() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    LocalDate today = LocalDate.now(clock);
    LocalDate future = LocalDate.of(2100, 5, 17);
    PersonalData data = base().dateOfBirth(future).build(); // a value has no clock
    assertFalse(PlausibleDates.plausibleDateOfBirth(data.getDateOfBirth().orElseThrow(), today));
    assertTrue(PlausibleDates.plausibleDateOfBirth(LocalDate.of(1970, 5, 17), today));
    assertTrue(PlausibleDates.plausibleDateOfBirth(today, today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(today.plusDays(1), today));
    base().dateOfBirth(PlausibleDates.FIRST_DATE).build();
    base().dateOfBirth(PlausibleDates.LAST_DATE).build();
  }

  @Example
  void build_nullOrMissing_invalidValue() {
    assertRejected(
        "PersonalData.name", () -> PersonalData.builder().address("a").residence("r").build());
  }

  private static InvalidValueException assertRejected(
      String field, java.util.function.Supplier<PersonalData> code) {
    try {
      code.get();
    } catch (LonException e) {
      InvalidValueException invalid =
          assertInstanceOf(InvalidValueException.class, e, e.toString());
      assertEquals(field, invalid.getField(), invalid.getMessage());
      return invalid;
    } catch (RuntimeException e) {
      fail(field + ": only LonException may come out, got " + e, e);
    }
    return fail(field + ": accepted a hostile value");
  }
}

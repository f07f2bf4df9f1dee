package nl.lon.persistence.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY =
      "a vendor key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY =
      "another vendor key, also long enough here".getBytes(StandardCharsets.UTF_8);

  @Test
  void isValidBsn_elfproef() {
    assertTrue(Pseudonymiser.isValidBsn("111222333"));
    assertTrue(Pseudonymiser.isValidBsn("123456782"));
    assertFalse(Pseudonymiser.isValidBsn("123456789"), "fails the elfproef");
    assertFalse(Pseudonymiser.isValidBsn("000000000"), "all zeros");
    assertFalse(Pseudonymiser.isValidBsn("11122233"), "eight digits");
    assertFalse(Pseudonymiser.isValidBsn("11122233a"));
    assertFalse(Pseudonymiser.isValidBsn(null));
  }

  @Test
  void ofBsn_sameKeySameBsn_samePseudonym_otherKeyOther() {
    ClientPseudonym a = Pseudonymiser.hmacSha256(KEY).ofBsn("111222333");
    assertEquals(a, Pseudonymiser.hmacSha256(KEY).ofBsn("111222333"));
    assertEquals(ClientPseudonym.LENGTH, a.value().length());
    assertNotEquals(a, Pseudonymiser.hmacSha256(KEY).ofBsn("123456782"));
    assertNotEquals(a, Pseudonymiser.hmacSha256(OTHER_KEY).ofBsn("111222333"));
    assertFalse(a.value().contains("111222333"));
  }

  @Test
  void ofClientNumber_isPerNetwork_andNeverABsnPseudonym() {
    Pseudonymiser p = Pseudonymiser.hmacSha256(KEY);
    ClientNumber number = ClientNumber.of("111222333");
    assertNotEquals(
        p.ofClientNumber(NetworkId.of("n1"), number), p.ofClientNumber(NetworkId.of("n2"), number));
    assertNotEquals(p.ofBsn("111222333"), p.ofClientNumber(NetworkId.of("n1"), number));
  }

  @Test
  void ofBsn_malformed_isRefusedWithoutRepeatingTheValue() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Pseudonymiser.hmacSha256(KEY).ofBsn("123456789"));
    assertEquals("bsn-elfproef", e.getRule());
    assertFalse(e.getMessage().contains("123456789"), e.getMessage());
  }

  @Test
  void hmacSha256_shortKey_isRefused_andToStringShowsNoKey() {
    assertThrows(InvalidValueException.class, () -> Pseudonymiser.hmacSha256(new byte[31]));
    assertThrows(InvalidValueException.class, () -> Pseudonymiser.hmacSha256(null));
    assertEquals("Pseudonymiser[HMAC-SHA-256]", Pseudonymiser.hmacSha256(KEY).toString());
  }

  @Test
  void clientPseudonym_malformed_isRefused() {
    assertThrows(InvalidValueException.class, () -> ClientPseudonym.of("ABC"));
    assertThrows(InvalidValueException.class, () -> ClientPseudonym.of("A".repeat(64)));
    assertEquals("0".repeat(64), ClientPseudonym.of("0".repeat(64)).value());
  }

  @Test
  void involvement_registeredAgain_mergesDays_andRefusesAnotherKey() {
    ClientPseudonym c = Pseudonymiser.hmacSha256(KEY).ofBsn("111222333");
    LocalDate d1 = LocalDate.of(2026, 3, 2);
    Involvement first =
        Involvement.of(
            c, NetworkId.of("n1"), OrganisationId.of("ggd"), ProfessionalId.of("p1"), d1);
    Involvement later =
        Involvement.of(
            c,
            NetworkId.of("n1"),
            OrganisationId.of("ggd"),
            ProfessionalId.of("p2"),
            d1.plusDays(5));
    assertEquals(
        new Involvement(
            c,
            NetworkId.of("n1"),
            OrganisationId.of("ggd"),
            ProfessionalId.of("p2"),
            d1,
            d1.plusDays(5)),
        first.registeredAgain(later));
    assertEquals(
        new Involvement(
            c,
            NetworkId.of("n1"),
            OrganisationId.of("ggd"),
            ProfessionalId.of("p2"),
            d1,
            d1.plusDays(5)),
        later.registeredAgain(first),
        "a registration entered late keeps the current contact");
    Involvement elsewhere =
        Involvement.of(
            c, NetworkId.of("n2"), OrganisationId.of("ggd"), ProfessionalId.of("p1"), d1);
    assertThrows(InvalidValueException.class, () -> first.registeredAgain(elsewhere));
    assertThrows(
        InvalidValueException.class,
        () ->
            new Involvement(
                c,
                NetworkId.of("n1"),
                OrganisationId.of("ggd"),
                ProfessionalId.of("p1"),
                d1,
                d1.minusDays(1)));
  }
}

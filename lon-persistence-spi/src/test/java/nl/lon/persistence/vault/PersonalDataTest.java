package nl.lon.persistence.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link PersonalData} keeps its values to itself and validates them at construction. */
class PersonalDataTest {

  static PersonalData jan() {
    return PersonalData.builder()
        .name("Jan de Vries")
        .address("Dorpsstraat 1")
        .residence("Rotterdam")
        .phone("010-1234567")
        .dateOfBirth(LocalDate.of(1970, 5, 17))
        .build();
  }

  @Test
  void personalData_toString_revealsNoValues() {
    String text = jan().toString();
    for (String secret : new String[] {"Jan", "Vries", "Dorpsstraat", "Rotterdam", "010", "1970"}) {
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void personalData_optionalFieldsMayBeAbsent() {
    PersonalData p =
        PersonalData.builder()
            .name("X")
            .address("zonder vaste woonplaats")
            .residence("Enschede")
            .build();
    assertEquals(Optional.empty(), p.getPhone());
    assertEquals(Optional.empty(), p.getDateOfBirth());
  }

  @Test
  void personalData_blankName_isRejectedWithoutEchoingValues() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> PersonalData.builder().from(jan()).name(" ").build());
    assertEquals("PersonalData.name", e.getField());
    assertThrows(
        InvalidValueException.class, () -> PersonalData.builder().from(jan()).phone("").build());
  }
}

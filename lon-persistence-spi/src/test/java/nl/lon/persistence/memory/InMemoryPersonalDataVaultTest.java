package nl.lon.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;
import org.junit.jupiter.api.Test;

class InMemoryPersonalDataVaultTest {

  private static final NetworkId N1 = NetworkId.of("n1");
  private static final NetworkId N2 = NetworkId.of("n2");
  private static final ClientNumber C1 = ClientNumber.of("C1");

  private final PersonalDataVault vault = new InMemoryPersonalDataVault();

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
  void put_thenGet_returnsData() {
    vault.put(N1, C1, jan());
    assertEquals(Optional.of(jan()), vault.get(N1, C1));
    assertTrue(vault.contains(N1, C1));
  }

  @Test
  void get_otherNetworkSameClientNumber_isEmpty() {
    vault.put(N1, C1, jan());
    assertEquals(Optional.empty(), vault.get(N2, C1));
    assertFalse(vault.contains(N2, C1));
  }

  @Test
  void put_again_replaces() {
    vault.put(N1, C1, jan());
    PersonalData moved = PersonalData.builder().from(jan()).address("Kade 9").build();
    vault.put(N1, C1, moved);
    assertEquals("Kade 9", vault.get(N1, C1).orElseThrow().getAddress());
  }

  @Test
  void erase_removesDataAndReportsWhetherThereWereAny() {
    vault.put(N1, C1, jan());
    assertTrue(vault.erase(N1, C1));
    assertEquals(Optional.empty(), vault.get(N1, C1));
    assertFalse(vault.contains(N1, C1));
    assertFalse(vault.erase(N1, C1));
  }

  @Test
  void erase_otherNetwork_keepsData() {
    vault.put(N1, C1, jan());
    assertFalse(vault.erase(N2, C1));
    assertTrue(vault.contains(N1, C1));
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
        PersonalData.builder().name("X").address("zonder vaste woonplaats").residence("Enschede").build();
    assertEquals(Optional.empty(), p.getPhone());
    assertEquals(Optional.empty(), p.getDateOfBirth());
  }

  @Test
  void personalData_blankName_isRejectedWithoutEchoingValues() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> PersonalData.builder().from(jan()).name(" ").build());
    assertEquals("PersonalData.name", e.getField());
    assertThrows(
        InvalidValueException.class, () -> PersonalData.builder().from(jan()).phone("").build());
  }
}

package nl.lon.testkit.sample;

import java.time.LocalDate;
import nl.lon.persistence.vault.PersonalData;

/**
 * Numbered, clearly fictitious personal data for vault tests (voorbeeldpersoonsgegevens).
 *
 * <pre>{@code
 * vault.put(network, client, caseId, SamplePersonalData.of(1));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Thread-safe; returns new immutable values.
 *
 * @since 0.1
 */
public final class SamplePersonalData {

  private SamplePersonalData() {}

  /**
   * Personal data number {@code i}; odd numbers leave the optional fields out.
   *
   * @param i any number
   * @return the personal data
   * @since 0.1
   */
  public static PersonalData of(int i) {
    var b =
        PersonalData.builder()
            .name("Testpersoon " + i)
            .address("Voorbeeldstraat " + (Math.floorMod(i, 500) + 1))
            .residence(i % 3 == 0 ? "zonder vaste woon- of verblijfplaats" : "Voorbeeldstad");
    if (i % 2 == 0) {
      b.phone("010-" + (1_000_000 + Math.floorMod(i, 1_000_000)))
          .dateOfBirth(LocalDate.of(1950, 1, 1).plusDays(Math.floorMod(i, 20_000)));
    }
    return b.build();
  }
}

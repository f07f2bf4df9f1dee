package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.label.Labelled;

/**
 * The null policy of {@link nl.lon.core.error} for the collections the figures factories take: a
 * null element anywhere in them fails with {@link InvalidValueException} on {@code Type.field},
 * never with a {@link NullPointerException} from the immutable collections.
 */
class FiguresNullPolicyProperties {

  private static final Pattern TYPE_FIELD = Pattern.compile("[A-Z][A-Za-z]*\\.[a-z][A-Za-z]*");

  @Property
  void cellAndTally_nullCategoryAnywhere_requiredOnCategories(
      @ForAll @IntRange(min = 1, max = 6) int size, @ForAll @IntRange(min = 0, max = 5) int at) {
    List<Labelled> categories = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      categories.add(FigureCategory.values()[i % FigureCategory.values().length]);
    }
    categories.set(at % size, null);

    assertRequired("Cell.categories", () -> Cell.of("t", categories, OptionalLong.of(1)));
    assertRequired("Tally.categories", () -> Tally.of("t", categories, 1));
  }

  @Property
  void region_nullNetworkAmongOthers_requiredOnNetworks(
      @ForAll @IntRange(min = 0, max = 5) int others) {
    Set<NetworkId> networks = new HashSet<>();
    for (int i = 0; i < others; i++) {
      networks.add(NetworkId.of("n-" + i));
    }
    networks.add(null);

    assertRequired("FiguresScope.networks", () -> FiguresScope.region("Twente", networks));
  }

  private static void assertRequired(String field, Supplier<?> code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, code::get);
    assertTrue(TYPE_FIELD.matcher(e.getField()).matches(), e.getField());
    assertEquals(field, e.getField(), e.getMessage());
    assertEquals(InvalidValueException.RULE_REQUIRED, e.getRule(), e.getMessage());
  }
}

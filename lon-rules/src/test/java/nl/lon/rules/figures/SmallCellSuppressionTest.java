package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.network.PartnerKind;
import org.junit.jupiter.api.Test;

/** Primary and complementary suppression on hand-made tables, threshold 5. */
class SmallCellSuppressionTest {

  private static final SmallCellSuppression RULE = SmallCellSuppression.standard();

  private static List<Tally> tallies(long... counts) {
    String[] names = {"a", "b", "c", "d", "e", "f"};
    List<Tally> list = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      list.add(Tally.of(names[i], counts[i]));
    }
    return list;
  }

  /** The published values, with -1 for a suppressed cell. */
  private static List<Long> shown(Table t) {
    return t.getCells().stream()
        .map(c -> c.getValue().isPresent() ? c.getValue().getAsLong() : -1L)
        .toList();
  }

  @Test
  void additive_oneSmallCell_nextSmallestNonZeroCellSuppressedToo() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(20, 3, 7, 0, 12));
    assertEquals(List.of(20L, -1L, -1L, 0L, 12L), shown(t));
    assertEquals(OptionalLong.of(42), t.getTotal().getValue());
    assertEquals(2, t.getSuppressedCount());
  }

  @Test
  void additive_tieForSmallest_firstInTableOrderSuppressed() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(7, 2, 7));
    assertEquals(List.of(-1L, -1L, 7L), shown(t));
  }

  @Test
  void additive_twoSmallCells_noComplementNeeded() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(3, 4, 10, 6));
    assertEquals(List.of(-1L, -1L, 10L, 6L), shown(t));
    assertEquals(OptionalLong.of(23), t.getTotal().getValue());
  }

  @Test
  void additive_smallCellsEachOne_complementSuppressedSoTheyCannotBeWorkedBack() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(1, 1, 10, 20));
    // total 32 minus the published 30 is 2 over two hidden cells: each would be 1
    assertEquals(List.of(-1L, -1L, -1L, 20L), shown(t));
    assertEquals(OptionalLong.of(32), t.getTotal().getValue());
  }

  @Test
  void additive_smallCellsEachThresholdLessOne_complementSuppressed() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(4, 4, 10, 6));
    // total 24 minus the published 16 is 8 over two hidden small cells: each would be 4
    assertEquals(List.of(-1L, -1L, 10L, -1L), shown(t));
    assertEquals(OptionalLong.of(24), t.getTotal().getValue());
  }

  @Test
  void additive_smallCellsEachOne_noComplementLeft_totalSuppressed() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(1, 1, 0));
    assertTrue(t.getTotal().isSuppressed(), "total 2 is small itself");
    Table u = RULE.additive(FigureKey.OUTCOME, "", tallies(1, 1, 1, 1, 1));
    assertEquals(List.of(-1L, -1L, -1L, -1L, -1L), shown(u));
    assertTrue(u.getTotal().isSuppressed(), "5 hidden cells summing to 5: the total goes");
  }

  @Test
  void additive_smallTotal_totalAndCellsSuppressedZerosShown() {
    Table t = RULE.additive(FigureKey.OUTCOME, "", tallies(2, 0, 1));
    assertEquals(List.of(-1L, 0L, -1L), shown(t));
    assertTrue(t.getTotal().isSuppressed());
  }

  @Test
  void additive_noSmallCell_everythingPublished() {
    Table t = RULE.additive(FigureKey.OUTCOME, "q", tallies(5, 0, 9));
    assertEquals(List.of(5L, 0L, 9L), shown(t));
    assertEquals("outcome/q", t.getName());
  }

  @Test
  void overlapping_oneSmallCell_onlyPrimarySuppression() {
    Table t = RULE.overlapping(FigureKey.TARGET_GROUP, "", tallies(20, 3, 7), 25);
    assertEquals(List.of(20L, -1L, 7L), shown(t));
    assertEquals(OptionalLong.of(25), t.getTotal().getValue());
    assertFalse(t.isAdditive());
  }

  @Test
  void additive_thresholdOne_nothingSuppressed() {
    Table t = SmallCellSuppression.of(1).additive(FigureKey.OUTCOME, "", tallies(1, 1, 0));
    assertEquals(List.of(1L, 1L, 0L), shown(t));
    assertEquals(OptionalLong.of(2), t.getTotal().getValue());
  }

  @Test
  void additive_suppressedCell_keepsNameButHidesValue() {
    Table t =
        RULE.additive(
            FigureKey.SIGNAL_SOURCE,
            "",
            List.of(Tally.of(3, PartnerKind.POLICE), Tally.of(9, PartnerKind.GGD)));
    Cell police = t.cell(PartnerKind.POLICE).orElseThrow();
    assertEquals("POLICE", police.getKey());
    assertTrue(police.isSuppressed());
    assertTrue(t.cell(PartnerKind.GGD).orElseThrow().isSuppressed(), "complement of POLICE");
  }

  @Test
  void publish_smallAndZeroAndLarge_onlySmallHidden() {
    assertEquals(OptionalLong.empty(), RULE.publish(4));
    assertEquals(OptionalLong.of(0), RULE.publish(0));
    assertEquals(OptionalLong.of(5), RULE.publish(5));
  }

  @Test
  void of_thresholdZero_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> SmallCellSuppression.of(0));
    assertEquals(SmallCellSuppression.standard(), SmallCellSuppression.of(5));
  }

  @Test
  void tally_negativeCount_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> Tally.of("a", -1));
    assertThrows(InvalidValueException.class, () -> Tally.of("", 1));
  }
}

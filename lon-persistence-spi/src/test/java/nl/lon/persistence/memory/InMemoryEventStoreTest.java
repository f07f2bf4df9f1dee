package nl.lon.persistence.memory;

import static nl.lon.core.testing.CaseFixtures.storeEvent;
import static nl.lon.core.testing.CaseFixtures.storeEvents;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.persistence.event.EventStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory event store does beyond the contract rules, which the conformance kit checks
 * against it ({@code InMemoryConformanceTest} in lon-testkit): it copies the caller's batch, and
 * the shared argument checks refuse a malformed batch with the rule that names the defect.
 */
class InMemoryEventStoreTest {

  private static final CaseId C1 = CaseId.of("c1");
  private static final CaseId C2 = CaseId.of("c2");

  private final EventStore store = new InMemoryEventStore();

  @Nested
  class CallerLists {

    @Test
    void append_callerChangesListAfterwards_storeUnaffected() {
      List<CaseEvent> events = new ArrayList<>(storeEvents(C1, 1, 2));
      store.append(C1, NETWORK, 0, events, Optional.empty());
      events.clear();
      assertEquals(2, store.read(C1).size());
    }
  }

  @Nested
  class BatchValidation {

    private void assertRejected(String rule, Runnable append) {
      InvalidValueException e = assertThrows(InvalidValueException.class, append::run);
      assertEquals(rule, e.getRule());
      assertEquals(List.of(), store.read(C1));
      assertEquals(List.of(), store.readNetwork(NETWORK, 0, 10));
      assertEquals(Set.of(), store.streams(NETWORK));
    }

    @Test
    void append_emptyBatch_isRejected() {
      assertRejected("not-empty", () -> store.append(C1, NETWORK, 0, List.of(), Optional.empty()));
    }

    @Test
    void append_negativeExpectedVersion_isRejected() {
      assertRejected(
          "not-negative",
          () -> store.append(C1, NETWORK, -1, storeEvents(C1, 0 + 1, 1), Optional.empty()));
    }

    @Test
    void append_gapInSequences_rejectsWholeBatch() {
      List<CaseEvent> events = List.of(storeEvent(C1, 1), storeEvent(C1, 2), storeEvent(C1, 4));
      assertRejected(
          "contiguous-sequence", () -> store.append(C1, NETWORK, 0, events, Optional.empty()));
    }

    @Test
    void append_sequencesNotAfterExpectedVersion_isRejected() {
      assertRejected(
          "contiguous-sequence",
          () -> store.append(C1, NETWORK, 0, storeEvents(C1, 2, 2), Optional.empty()));
    }

    @Test
    void append_eventOfOtherCase_rejectsWholeBatch() {
      List<CaseEvent> events = List.of(storeEvent(C1, 1), storeEvent(C2, 2));
      assertRejected("same-stream", () -> store.append(C1, NETWORK, 0, events, Optional.empty()));
    }

    @Test
    void append_signalNamingOtherNetwork_isRejected() {
      assertRejected(
          "same-network",
          () ->
              store.append(
                  C1,
                  NETWORK,
                  0,
                  List.of(CaseFixtures.signalReceived(C1, OTHER_NETWORK)),
                  Optional.empty()));
    }

    @Test
    void append_blankIdempotencyKey_isRejected() {
      assertRejected(
          "not-blank-max-200",
          () -> store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of(" ")));
    }
  }
}

package nl.lon.persistence.memory;

import static nl.lon.core.testing.CaseFixtures.storeEvent;
import static nl.lon.core.testing.CaseFixtures.storeEvents;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {

  private static final CaseId C1 = CaseId.of("c1");
  private static final CaseId C2 = CaseId.of("c2");
  private static final CaseId C3 = CaseId.of("c3");

  private final EventStore store = new InMemoryEventStore();

  @Nested
  class AppendAndRead {

    @Test
    void append_newStream_writesBatchAndReturnsVersion() {
      List<CaseEvent> events = storeEvents(C1, 1, 3);
      AppendResult r = store.append(C1, NETWORK, 0, events, Optional.empty());
      assertEquals(C1, r.getStream());
      assertEquals(NETWORK, r.getNetwork());
      assertEquals(1, r.getFirstSequence());
      assertEquals(3, r.getLastSequence());
      assertEquals(3, r.getNewVersion());
      assertEquals(List.of(1L, 2L, 3L), r.getPositions());
      assertFalse(r.isDuplicate());
      assertEquals(events, store.read(C1));
      assertEquals(3, store.version(C1));
    }

    @Test
    void append_nextBatch_continuesSequences() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 2), Optional.empty());
      AppendResult r = store.append(C1, NETWORK, 2, storeEvents(C1, 3, 2), Optional.empty());
      assertEquals(3, r.getFirstSequence());
      assertEquals(4, r.getLastSequence());
      assertEquals(storeEvents(C1, 1, 4), store.read(C1));
    }

    @Test
    void read_unknownStream_isEmptyAndVersionZero() {
      assertEquals(List.of(), store.read(C1));
      assertEquals(List.of(), store.read(C1, 1));
      assertEquals(0, store.version(C1));
      assertEquals(Set.of(), store.streams(NETWORK));
    }

    @Test
    void read_fromSequence_returnsTail() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 5), Optional.empty());
      assertEquals(storeEvents(C1, 3, 3), store.read(C1, 3));
      assertEquals(List.of(), store.read(C1, 6));
      assertThrows(InvalidValueException.class, () -> store.read(C1, 0));
    }

    @Test
    void read_returnsImmutableSnapshot() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      List<CaseEvent> snapshot = store.read(C1);
      store.append(C1, NETWORK, 1, storeEvents(C1, 2, 1), Optional.empty());
      assertEquals(1, snapshot.size());
      assertThrows(UnsupportedOperationException.class, () -> snapshot.add(storeEvent(C1, 9)));
    }

    @Test
    void streams_listsCasesOfNetworkOnly() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      store.append(C2, OTHER_NETWORK, 0, storeEvents(C2, 1, 1), Optional.empty());
      store.append(C3, NETWORK, 0, storeEvents(C3, 1, 1), Optional.empty());
      assertEquals(Set.of(C1, C3), store.streams(NETWORK));
      assertEquals(Set.of(C2), store.streams(OTHER_NETWORK));
    }

    @Test
    void append_callerChangesListAfterwards_storeUnaffected() {
      List<CaseEvent> events = new ArrayList<>(storeEvents(C1, 1, 2));
      store.append(C1, NETWORK, 0, events, Optional.empty());
      events.clear();
      assertEquals(2, store.read(C1).size());
    }
  }

  @Nested
  class Conflicts {

    @Test
    void append_staleVersion_throwsConflictWithVersionsAndWritesNothing() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 2), Optional.empty());
      ConcurrencyConflictException e =
          assertThrows(
              ConcurrencyConflictException.class,
              () -> store.append(C1, NETWORK, 1, storeEvents(C1, 2, 3), Optional.of("k")));
      assertEquals("c1", e.getStream());
      assertEquals(1, e.getExpectedVersion());
      assertEquals(2, e.getActualVersion());
      assertEquals(storeEvents(C1, 1, 2), store.read(C1));
      assertEquals(2, store.readNetwork(NETWORK, 0, 100).size());
    }

    @Test
    void append_versionAhead_throwsConflict() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      ConcurrencyConflictException e =
          assertThrows(
              ConcurrencyConflictException.class,
              () -> store.append(C1, NETWORK, 3, storeEvents(C1, 4, 1), Optional.empty()));
      assertEquals(1, e.getActualVersion());
      assertEquals(1, store.version(C1));
    }

    @Test
    void append_existingStreamExpectedZero_throwsConflict() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      assertThrows(
          ConcurrencyConflictException.class,
          () -> store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty()));
      assertEquals(1, store.read(C1).size());
    }
  }

  @Nested
  class Idempotency {

    @Test
    void append_sameKeyAgain_returnsEarlierResultFlaggedAndWritesNothing() {
      AppendResult first = store.append(C1, NETWORK, 0, storeEvents(C1, 1, 2), Optional.of("cmd-1"));
      AppendResult again = store.append(C1, NETWORK, 0, storeEvents(C1, 1, 2), Optional.of("cmd-1"));
      assertTrue(again.isDuplicate());
      assertEquals(first.getPositions(), again.getPositions());
      assertEquals(first.getLastSequence(), again.getLastSequence());
      assertEquals(first.asDuplicate(), again);
      assertEquals(2, store.version(C1));
      assertEquals(2, store.readNetwork(NETWORK, 0, 100).size());
    }

    @Test
    void append_sameKeyAfterLaterAppends_stillReturnsEarlierResult() {
      AppendResult first = store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of("cmd-1"));
      store.append(C1, NETWORK, 1, storeEvents(C1, 2, 1), Optional.of("cmd-2"));
      AppendResult again = store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of("cmd-1"));
      assertEquals(first.asDuplicate(), again);
      assertEquals(2, store.version(C1));
    }

    @Test
    void append_keyOfFailedAppend_isNotUsedUp() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      assertThrows(
          ConcurrencyConflictException.class,
          () -> store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of("cmd-1")));
      AppendResult r = store.append(C1, NETWORK, 1, storeEvents(C1, 2, 1), Optional.of("cmd-1"));
      assertFalse(r.isDuplicate());
      assertEquals(2, store.version(C1));
    }

    @Test
    void append_sameKeyOtherStream_isIndependent() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of("cmd-1"));
      AppendResult r = store.append(C2, NETWORK, 0, storeEvents(C2, 1, 1), Optional.of("cmd-1"));
      assertFalse(r.isDuplicate());
      assertEquals(1, store.version(C2));
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
          "not-negative", () -> store.append(C1, NETWORK, -1, storeEvents(C1, 0 + 1, 1), Optional.empty()));
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
                  C1, NETWORK, 0, List.of(CaseFixtures.signalReceived(C1, OTHER_NETWORK)), Optional.empty()));
    }

    @Test
    void append_blankIdempotencyKey_isRejected() {
      assertRejected(
          "not-blank-max-200",
          () -> store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.of(" ")));
    }

    @Test
    void append_streamOfOtherNetwork_isRejectedAndWritesNothing() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 1), Optional.empty());
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> store.append(C1, OTHER_NETWORK, 1, storeEvents(C1, 2, 1), Optional.empty()));
      assertEquals("stream-network", e.getRule());
      assertEquals(1, store.version(C1));
      assertEquals(List.of(), store.readNetwork(OTHER_NETWORK, 0, 10));
    }
  }

  @Nested
  class NetworkFeed {

    @Test
    void readNetwork_interleavedStreams_inAppendOrderWithIncreasingPositions() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 2), Optional.empty());
      store.append(C2, OTHER_NETWORK, 0, storeEvents(C2, 1, 1), Optional.empty());
      store.append(C3, NETWORK, 0, storeEvents(C3, 1, 1), Optional.empty());
      store.append(C1, NETWORK, 2, storeEvents(C1, 3, 1), Optional.empty());

      List<StoredEvent> feed = store.readNetwork(NETWORK, 0, 100);
      List<CaseEvent> events = feed.stream().map(StoredEvent::getEvent).toList();
      assertEquals(
          List.of(storeEvent(C1, 1), storeEvent(C1, 2), storeEvent(C3, 1), storeEvent(C1, 3)), events);
      long previous = 0;
      for (StoredEvent e : feed) {
        assertTrue(e.getPosition() > previous);
        assertEquals(NETWORK, e.getNetwork());
        previous = e.getPosition();
      }
      assertEquals(List.of(1L, 2L, 4L, 5L), feed.stream().map(StoredEvent::getPosition).toList());
    }

    @Test
    void readNetwork_pagesResumeFromLastPositionSeen() {
      store.append(C1, NETWORK, 0, storeEvents(C1, 1, 3), Optional.empty());
      store.append(C2, OTHER_NETWORK, 0, storeEvents(C2, 1, 2), Optional.empty());
      store.append(C3, NETWORK, 0, storeEvents(C3, 1, 2), Optional.empty());

      List<CaseEvent> seen = new ArrayList<>();
      long last = 0;
      List<StoredEvent> page;
      while (!(page = store.readNetwork(NETWORK, last, 2)).isEmpty()) {
        assertTrue(page.size() <= 2);
        for (StoredEvent e : page) {
          seen.add(e.getEvent());
          last = e.getPosition();
        }
      }
      List<CaseEvent> expected = new ArrayList<>(storeEvents(C1, 1, 3));
      expected.addAll(storeEvents(C3, 1, 2));
      assertEquals(expected, seen);

      store.append(C1, NETWORK, 3, storeEvents(C1, 4, 1), Optional.empty());
      assertEquals(
          List.of(storeEvent(C1, 4)),
          store.readNetwork(NETWORK, last, 10).stream().map(StoredEvent::getEvent).toList());
    }

    @Test
    void readNetwork_unknownNetwork_isEmpty() {
      assertEquals(List.of(), store.readNetwork(OTHER_NETWORK, 0, 10));
    }

    @Test
    void readNetwork_badArguments_areRejected() {
      assertThrows(InvalidValueException.class, () -> store.readNetwork(NETWORK, -1, 10));
      assertThrows(InvalidValueException.class, () -> store.readNetwork(NETWORK, 0, 0));
    }
  }
}

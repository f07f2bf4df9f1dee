package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.event.AppendResult;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/** Rule A5: the batch is written whole, or not at all, and reads back unchanged and versioned. */
abstract class AtomicWriteRules extends EventStoreGroup {

  /** A5/R1: one event of every type reads back equal, in order. */
  @Test
  void a5_everyEventType_readsBackUnchanged() {
    CaseId s = stream("a5-types");
    List<CaseEvent> all = SampleEvents.all(s, n1);
    assertEquals(EventType.values().length, all.size(), "the kit samples every event type");
    append(s, n1, 0, all);
    List<CaseEvent> back = store.read(s);
    assertEquals(all.size(), back.size(), "A5: every event of the batch must be stored");
    for (int i = 0; i < all.size(); i++) {
      assertEquals(
          all.get(i),
          back.get(i),
          "A5: the "
              + all.get(i).getType()
              + " event at sequence "
              + (i + 1)
              + " must read back equal");
    }
    assertEquals(all.size(), store.version(s), "A5: the version is the last event's sequence");
  }

  /** A5: what is read back encodes exactly as what was appended, and decodes equal. */
  @Test
  void a5_everyEventType_survivesEventCodecRoundTrip() {
    CaseId s = stream("a5-codec");
    EventCodec codec = EventCodec.create();
    List<CaseEvent> all = SampleEvents.all(s, n1);
    append(s, n1, 0, all);
    List<CaseEvent> back = store.read(s);
    assertEquals(all.size(), back.size(), "A5: every event of the batch must be stored");
    for (int i = 0; i < all.size(); i++) {
      String json = codec.encode(back.get(i));
      assertEquals(
          codec.encode(all.get(i)),
          json,
          "A5: the stored " + all.get(i).getType() + " event must encode like the appended one");
      assertEquals(
          all.get(i),
          codec.decode(json),
          "A5: the stored "
              + all.get(i).getType()
              + " event must survive an EventCodec round trip");
    }
  }

  /** A5: the version rises by one per event and the result reports the sequences written. */
  @Test
  void a5_versionIncreasesByOnePerEvent() {
    CaseId s = stream("a5-version");
    int[] sizes = {1, 3, 2};
    long version = 0;
    for (int size : sizes) {
      AppendResult r = append(s, n1, version, SampleEvents.batch(s, version + 1, size));
      assertEquals(s, r.getStream(), "A5: the result names the stream");
      assertEquals(n1, r.getNetwork(), "A5: the result names the network");
      assertFalse(r.isDuplicate(), "A5: a fresh append is not a duplicate");
      assertEquals(version + 1, r.getFirstSequence(), "A5: the first sequence written");
      assertEquals(version + size, r.getLastSequence(), "A5: the last sequence is the new version");
      version += size;
      assertEquals(version, store.version(s), "A5: the version rises by one per event");
    }
    List<CaseEvent> events = store.read(s);
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i).getSequence(), "R1: events read in sequence order");
    }
  }

  /** A5: a batch whose second event has a wrong sequence leaves no partial write. */
  @Test
  void a5_batchWithWrongSecondSequence_writesNothing() {
    CaseId s = stream("a5-partial-seq");
    append(s, n1, 0, SampleEvents.batch(s, 1, 2));
    Snapshot before = new Snapshot(s, n1);
    List<CaseEvent> bad =
        List.of(SampleEvents.event(s, 3), SampleEvents.event(s, 5), SampleEvents.event(s, 6));
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 2, bad),
        "A1: a batch with sequences 3, 5, 6 at expected version 2 must be refused");
    before.assertUnchanged("A5", "a batch whose second event has a wrong sequence (all or none)");
  }

  /** A5: a batch whose second event belongs to another case leaves no partial write. */
  @Test
  void a5_batchWithSecondEventOfAnotherCase_writesNothing() {
    CaseId s = stream("a5-partial-case");
    CaseId other = stream("a5-partial-other");
    append(s, n1, 0, SampleEvents.batch(s, 1, 1));
    Snapshot before = new Snapshot(s, n1);
    Snapshot otherBefore = new Snapshot(other, n1);
    List<CaseEvent> bad = List.of(SampleEvents.event(s, 2), SampleEvents.event(other, 3));
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 1, bad),
        "A1: a batch whose second event belongs to case " + other + " must be refused");
    before.assertUnchanged(
        "A5", "a batch whose second event belongs to another case (all or none)");
    otherBefore.assertUnchanged("A5", "a batch whose second event belongs to another case");
  }

  /** A5: readers running during appends never see part of a batch. */
  @Test
  void a5_stochastic_concurrentReaders_neverSeePartOfABatch() {
    CaseId s = stream("a5-readers");
    int batches = 150;
    int batchSize = 3;
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          try {
            for (int i = 0; i < batches; i++) {
              long v = (long) i * batchSize;
              append(s, n1, v, SampleEvents.batch(s, v + 1, batchSize));
            }
          } finally {
            done.set(true);
          }
          return null;
        });
    for (int r = 0; r < 3; r++) {
      tasks.add(
          () -> {
            while (!done.get()) {
              long version = store.version(s);
              int size = store.read(s).size();
              int networkSize = store.readNetwork(n1, 0, batches * batchSize).size();
              if (version % batchSize != 0
                  || size % batchSize != 0
                  || networkSize % batchSize != 0) {
                seen.add("version " + version + ", read " + size + ", readNetwork " + networkSize);
              }
            }
            return null;
          });
    }
    try (Race race = new Race(tasks.size(), "a5")) {
      race.all(tasks);
    }
    assertTrue(
        seen.isEmpty(),
        "A5: readers saw part of a batch of " + batchSize + " events: " + first(seen));
    assertEquals((long) batches * batchSize, store.version(s), "A5: every batch must be written");
  }
}

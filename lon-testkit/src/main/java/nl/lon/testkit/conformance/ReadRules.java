package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rules R1-R5: reads return consistent, ordered, immutable snapshots. */
abstract class ReadRules extends EventStoreGroup {

  /** R1/R3: an unknown stream reads empty and is at version 0. */
  @Test
  void r1_unknownStream_readsEmptyAtVersionZero() {
    CaseId s = stream("r1-unknown");
    assertEquals(List.of(), store.read(s), "R1: an unknown stream reads as an empty list");
    assertEquals(List.of(), store.read(s, 1), "R2: an unknown stream reads as an empty list");
    assertEquals(0, store.version(s), "R3: an unknown stream is at version 0");
  }

  /** R1: what read returns is an immutable snapshot. */
  @Test
  void r1_read_returnsImmutableSnapshot() {
    CaseId s = stream("r1-snapshot");
    append(s, n1, 0, SampleEvents.batch(s, 1, 2));
    List<CaseEvent> read = store.read(s);
    assertThrows(
        UnsupportedOperationException.class,
        () -> read.add(SampleEvents.event(s, 3)),
        "R1: read must return an immutable list");
    append(s, n1, 2, SampleEvents.batch(s, 3, 1));
    assertEquals(2, read.size(), "R1: a list read earlier must not grow with later appends");
  }

  /** R2: reading from a sequence returns that sequence onwards. */
  @Test
  void r2_readFromSequence_returnsThatSequenceOnwards() {
    CaseId s = stream("r2");
    List<CaseEvent> events = SampleEvents.batch(s, 1, 6);
    append(s, n1, 0, events);
    assertEquals(events, store.read(s, 1), "R2: from sequence 1 reads everything");
    assertEquals(events.subList(3, 6), store.read(s, 4), "R2: from sequence 4 reads 4 to 6");
    assertEquals(events.subList(5, 6), store.read(s, 6), "R2: from the last sequence reads it");
    assertEquals(List.of(), store.read(s, 7), "R2: beyond the version reads empty");
    assertThrows(
        InvalidValueException.class,
        () -> store.read(s, 0),
        "R2: a sequence below 1 must be refused with InvalidValueException");
  }

  /** R3: the version is the last event's sequence. */
  @Test
  void r3_version_isLastSequence() {
    CaseId s = stream("r3");
    append(s, n1, 0, SampleEvents.batch(s, 1, 4));
    assertEquals(4, store.version(s), "R3: the version is the sequence of the last event");
  }

  /**
   * R4: paging through a network in position order, resuming from the last position seen, returns
   * exactly the network's events.
   */
  @Test
  void r4_readNetwork_pagesInPositionOrderAndResumesExactly() {
    CaseId a = stream("r4-a");
    CaseId b = stream("r4-b");
    append(a, n1, 0, SampleEvents.batch(a, 1, 3));
    append(b, n1, 0, SampleEvents.batch(b, 1, 4));
    append(a, n1, 3, SampleEvents.batch(a, 4, 2));
    append(b, n1, 4, SampleEvents.batch(b, 5, 1));
    List<StoredEvent> all = store.readNetwork(n1, 0, 1000);
    assertEquals(10, all.size(), "R4: readNetwork returns every event of the network");
    long previous = 0;
    Map<CaseId, Long> lastSequence = new HashMap<>();
    for (StoredEvent e : all) {
      assertTrue(e.getPosition() > previous, "R4: positions rise strictly");
      previous = e.getPosition();
      assertEquals(n1, e.getNetwork(), "R4: each stored event names its network");
      long seq = e.getEvent().getSequence();
      assertEquals(
          lastSequence.getOrDefault(e.getEvent().getCaseId(), 0L) + 1,
          seq,
          "R4: within a stream, position order is sequence order");
      lastSequence.put(e.getEvent().getCaseId(), seq);
    }
    List<StoredEvent> paged = new ArrayList<>();
    long last = 0;
    for (int page = 0; page < 20; page++) {
      List<StoredEvent> p = store.readNetwork(n1, last, 3);
      assertTrue(p.size() <= 3, "R4: at most maxCount events per page");
      if (p.isEmpty()) {
        break;
      }
      paged.addAll(p);
      last = p.get(p.size() - 1).getPosition();
    }
    assertEquals(all, paged, "R4: resuming from the last position seen reads exactly the rest");
    long middle = all.get(4).getPosition();
    assertEquals(
        all.subList(5, all.size()),
        store.readNetwork(n1, middle, 1000),
        "R4: reading from a position returns the events above it");
    assertEquals(
        List.of(),
        store.readNetwork(n1, all.get(all.size() - 1).getPosition(), 10),
        "R4: reading from the last position returns nothing");
  }

  /** R4: events of other networks are excluded. */
  @Test
  void r4_readNetwork_excludesOtherNetworks() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("R4"));
    CaseId a = stream("r4-x-a");
    CaseId b = stream("r4-x-b");
    append(a, n1, 0, SampleEvents.batch(a, 1, 2));
    append(b, n2, 0, SampleEvents.batch(b, 1, 3));
    append(a, n1, 2, SampleEvents.batch(a, 3, 1));
    for (StoredEvent e : readAll(n1)) {
      assertEquals(a, e.getEvent().getCaseId(), "R4: another network's events must be excluded");
    }
    assertEquals(3, readAll(n1).size(), "R4: the network's own events");
    assertEquals(3, readAll(n2).size(), "R4: the other network's own events");
    assertEquals(
        List.of(),
        store.readNetwork(NetworkId.of("kit-net-unknown-" + run), 0, 10),
        "R4: an unknown network reads empty");
  }

  /** R4: a negative position or a count below 1 is refused. */
  @Test
  void r4_readNetwork_refusesNegativePositionOrCountBelowOne() {
    assertThrows(
        InvalidValueException.class,
        () -> store.readNetwork(n1, -1, 10),
        "R4: a negative position must be refused with InvalidValueException");
    assertThrows(
        InvalidValueException.class,
        () -> store.readNetwork(n1, 0, 0),
        "R4: maxCount 0 must be refused with InvalidValueException");
  }

  /** R5: streams lists exactly the network's streams with events, as an immutable snapshot. */
  @Test
  void r5_streams_listsTheNetworksStreamsWithEvents() {
    CaseId a = stream("r5-a");
    CaseId b = stream("r5-b");
    CaseId c = stream("r5-c");
    assertEquals(Set.of(), store.streams(n1), "R5: a network without events has no streams");
    append(a, n1, 0, SampleEvents.batch(a, 1, 1));
    append(b, n1, 0, SampleEvents.batch(b, 1, 2));
    if (capabilities().supportsMultipleNetworks()) {
      append(c, n2, 0, SampleEvents.batch(c, 1, 1));
      assertEquals(Set.of(c), store.streams(n2), "R5: streams are listed per network");
    }
    Set<CaseId> streams = store.streams(n1);
    assertEquals(Set.of(a, b), streams, "R5: the streams of the network with events");
    assertThrows(
        UnsupportedOperationException.class,
        () -> streams.add(c),
        "R5: streams must return an immutable set");
  }
}

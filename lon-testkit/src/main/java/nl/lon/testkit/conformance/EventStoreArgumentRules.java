package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Rule A1: arguments are checked before the store's state is read, and a malformed append writes
 * nothing.
 */
abstract class EventStoreArgumentRules extends EventStoreGroup {

  /** A1: an empty batch is refused with {@link InvalidValueException}. */
  @Test
  void a1_emptyBatch_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-empty");
    Snapshot before = new Snapshot(s, n1);
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 0, List.of()),
        "A1: an append without events must be refused with InvalidValueException");
    before.assertUnchanged("A1", "an empty batch");
  }

  /** A1: a negative expected version is refused. */
  @Test
  void a1_negativeExpectedVersion_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-negative");
    Snapshot before = new Snapshot(s, n1);
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, -1, List.of(SampleEvents.event(s, 1))),
        "A1: expected version -1 must be refused with InvalidValueException");
    before.assertUnchanged("A1", "a negative expected version");
  }

  /** A1: a first event whose sequence is not expected version + 1 is refused. */
  @Test
  void a1_sequenceNotFollowingExpectedVersion_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-sequence");
    append(s, n1, 0, SampleEvents.batch(s, 1, 2));
    Snapshot before = new Snapshot(s, n1);
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 2, List.of(SampleEvents.event(s, 4))),
        "A1: at expected version 2 an event with sequence 4 must be refused with"
            + " InvalidValueException");
    before.assertUnchanged("A1", "an event with the wrong sequence");
  }

  /** A1: an event of another case is refused. */
  @Test
  void a1_eventOfAnotherCase_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-case");
    CaseId other = stream("a1-other");
    Snapshot before = new Snapshot(s, n1);
    Snapshot otherBefore = new Snapshot(other, n1);
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 0, List.of(SampleEvents.event(other, 1))),
        "A1: an event of case " + other + " appended to stream " + s + " must be refused");
    before.assertUnchanged("A1", "an event of another case");
    otherBefore.assertUnchanged("A1", "an event of another case");
  }

  /** A1: an opening signal that names another network than the append is refused. */
  @Test
  void a1_signalNamingAnotherNetwork_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-signal");
    Snapshot before = new Snapshot(s, n1);
    assertThrows(
        InvalidValueException.class,
        () -> append(s, n1, 0, List.of(SampleEvents.signal(s, n2))),
        "A1: a SignalReceived naming network " + n2 + " appended for " + n1 + " must be refused");
    before.assertUnchanged("A1", "a signal of another network");
  }

  /** A1: a blank idempotency key or one above 200 characters is refused; 200 is accepted. */
  @Test
  void a1_malformedIdempotencyKey_isRefusedAndWritesNothing() {
    CaseId s = stream("a1-key");
    Snapshot before = new Snapshot(s, n1);
    List<CaseEvent> events = List.of(SampleEvents.event(s, 1));
    assertThrows(
        InvalidValueException.class,
        () -> store.append(s, n1, 0, events, Optional.of("  ")),
        "A1: a blank idempotency key must be refused with InvalidValueException");
    assertThrows(
        InvalidValueException.class,
        () -> store.append(s, n1, 0, events, Optional.of("k".repeat(201))),
        "A1: an idempotency key of 201 characters must be refused with InvalidValueException");
    before.assertUnchanged("A1", "a malformed idempotency key");
    AppendResult r =
        assertDoesNotThrow(
            () -> store.append(s, n1, 0, events, Optional.of("k".repeat(200))),
            "A1: an idempotency key of 200 characters must be accepted");
    assertEquals(1, r.getLastSequence(), "A1: the append with a 200-character key must write");
  }
}

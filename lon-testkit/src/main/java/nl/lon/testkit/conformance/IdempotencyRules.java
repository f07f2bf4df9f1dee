package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Rule A2: a repeated append with the same idempotency key and batch returns the earlier result and
 * writes nothing; the same key with another batch is refused.
 */
abstract class IdempotencyRules extends EventStoreGroup {

  /** A2: the same append twice with one key returns the earlier result as a duplicate. */
  @Test
  void a2_sameKeyTwice_returnsEarlierResultAsDuplicateAndWritesNothing() {
    CaseId s = stream("a2-twice");
    List<CaseEvent> events = SampleEvents.batch(s, 1, 2);
    AppendResult first = store.append(s, n1, 0, events, Optional.of("request-1"));
    assertFalse(first.isDuplicate(), "A2: the first append with a key is not a duplicate");
    Snapshot before = new Snapshot(s, n1);
    AppendResult again =
        assertDoesNotThrow(
            () -> store.append(s, n1, 0, events, Optional.of("request-1")),
            "A2: repeating an append with the same idempotency key must return the earlier"
                + " result, not fail; the store ignores the key");
    assertTrue(again.isDuplicate(), "A2: the repeated append must be flagged duplicate");
    assertEquals(
        first.asDuplicate(),
        again,
        "A2: the repeated append must return the earlier result (same sequences and positions)");
    before.assertUnchanged("A2", "a repeated append");
  }

  /**
   * A2: a repeat is recognised by its key alone, before the version check, even after later
   * appends.
   */
  @Test
  void a2_sameKeyAfterLaterAppends_returnsEarlierResultNotConflict() {
    CaseId s = stream("a2-later");
    AppendResult first = store.append(s, n1, 0, SampleEvents.batch(s, 1, 2), Optional.of("k-1"));
    store.append(s, n1, 2, SampleEvents.batch(s, 3, 1), Optional.of("k-2"));
    Snapshot before = new Snapshot(s, n1);
    AppendResult again =
        assertDoesNotThrow(
            () -> store.append(s, n1, 0, SampleEvents.batch(s, 1, 2), Optional.of("k-1")),
            "A2: a repeat of an earlier successful append must return its result even though"
                + " the stream moved on (A2 comes before A4)");
    assertEquals(first.asDuplicate(), again, "A2: the repeat must return the earlier result");
    before.assertUnchanged("A2", "a repeated append");
  }

  /** A2: a used key with a different batch is refused, never answered with the first result. */
  @Test
  void a2_sameKeyOtherBatch_isAConflictNotAReplay() {
    CaseId s = stream("a2-other-batch");
    store.append(s, n1, 0, SampleEvents.batch(s, 1, 1), Optional.of("k-1"));
    Snapshot before = new Snapshot(s, n1);
    assertThrows(
        IdempotencyKeyConflictException.class,
        () ->
            store.append(
                s,
                n1,
                0,
                List.of(SampleEvents.marked(s, 1, "another request")),
                Optional.of("k-1")),
        "A2: a key used again for a different batch must be refused with"
            + " IdempotencyKeyConflictException, not answered with the earlier result");
    before.assertUnchanged("A2", "a key used for another batch");
  }

  /** A2: a retry decided again later (another recording instant, same content) is a repeat. */
  @Test
  void a2_sameContentLaterRecordingInstant_isARepeat() {
    CaseId s = stream("a2-retry");
    CaseEvent first = SampleEvents.event(s, 1);
    CaseEvent retried =
        nl.lon.core.event.CaseReopened.builder()
            .metadata(
                nl.lon.core.event.EventMetadata.of(
                    s,
                    1,
                    first.getBusinessDate(),
                    first.getRecordedAt().plusSeconds(90),
                    first.getActor()))
            .reason(SampleEvents.markerOf(first))
            .build();
    AppendResult original = store.append(s, n1, 0, List.of(first), Optional.of("k-1"));
    AppendResult again =
        assertDoesNotThrow(
            () -> store.append(s, n1, 0, List.of(retried), Optional.of("k-1")),
            "A2: a retry that differs only in the recording instant must be answered as a repeat");
    assertEquals(original.asDuplicate(), again, "A2: the retry must return the earlier result");
  }

  /**
   * A2: a request retried after the stream moved on (decided again: later sequence and recording
   * instant, same content) is a repeat, not a conflict.
   */
  @Test
  void a2_sameContentRetriedAfterStreamMovedOn_isARepeat() {
    CaseId s = stream("a2-moved-on");
    CaseEvent first = SampleEvents.event(s, 1);
    AppendResult original = store.append(s, n1, 0, List.of(first), Optional.of("k-1"));
    store.append(s, n1, 1, SampleEvents.batch(s, 2, 1), Optional.of("k-2"));
    CaseEvent decidedAgain =
        nl.lon.core.event.CaseReopened.builder()
            .metadata(
                nl.lon.core.event.EventMetadata.of(
                    s,
                    3,
                    first.getBusinessDate(),
                    first.getRecordedAt().plusSeconds(600),
                    first.getActor()))
            .reason(SampleEvents.markerOf(first))
            .build();
    Snapshot before = new Snapshot(s, n1);
    AppendResult again =
        assertDoesNotThrow(
            () -> store.append(s, n1, 2, List.of(decidedAgain), Optional.of("k-1")),
            "A2: the same request decided again on the moved-on stream must be answered as a repeat");
    assertEquals(original.asDuplicate(), again, "A2: the retry must return the earlier result");
    before.assertUnchanged("A2", "a retried request");
  }

  /** A2: a different key is a different request and appends normally. */
  @Test
  void a2_differentKey_appendsNormally() {
    CaseId s = stream("a2-different");
    store.append(s, n1, 0, SampleEvents.batch(s, 1, 1), Optional.of("k-1"));
    AppendResult second = store.append(s, n1, 1, SampleEvents.batch(s, 2, 1), Optional.of("k-2"));
    assertFalse(second.isDuplicate(), "A2: an append with a new key is not a duplicate");
    assertEquals(2, store.version(s), "A2: an append with a new key must write its events");
  }

  /** A2: a failed append does not use up its key. */
  @Test
  void a2_failedAppend_doesNotUseUpItsKey() {
    CaseId s = stream("a2-failed");
    append(s, n1, 0, SampleEvents.batch(s, 1, 1));
    assertThrows(
        ConcurrencyConflictException.class,
        () -> store.append(s, n1, 0, SampleEvents.batch(s, 1, 1), Optional.of("k-1")),
        "A4: a stale append must be refused");
    AppendResult retry = store.append(s, n1, 1, SampleEvents.batch(s, 2, 1), Optional.of("k-1"));
    assertFalse(
        retry.isDuplicate(),
        "A2: a key whose append failed must stay unused; the retry must write, not repeat");
    assertEquals(2, store.version(s), "A2: the retry with the unused key must write");
  }

  /** A2: keys are scoped per stream. */
  @Test
  void a2_sameKeyOnTwoStreams_writesBoth() {
    CaseId a = stream("a2-scope-a");
    CaseId b = stream("a2-scope-b");
    store.append(a, n1, 0, SampleEvents.batch(a, 1, 1), Optional.of("shared"));
    AppendResult other = store.append(b, n1, 0, SampleEvents.batch(b, 1, 1), Optional.of("shared"));
    assertFalse(other.isDuplicate(), "A2: idempotency keys are scoped per stream");
    assertEquals(1, store.version(b), "A2: the same key on another stream must write");
  }
}

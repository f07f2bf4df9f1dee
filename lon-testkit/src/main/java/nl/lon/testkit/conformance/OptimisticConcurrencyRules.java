package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Rule A4: optimistic concurrency; an append at another version than the stream's is refused with
 * both versions.
 */
abstract class OptimisticConcurrencyRules extends EventStoreGroup {

  /** A4: a stale expected version is refused with expected and actual version. */
  @Test
  void a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing() {
    CaseId s = stream("a4-stale");
    append(s, n1, 0, SampleEvents.batch(s, 1, 3));
    Snapshot before = new Snapshot(s, n1);
    ConcurrencyConflictException e =
        assertThrows(
            ConcurrencyConflictException.class,
            () -> append(s, n1, 1, SampleEvents.batch(s, 2, 1)),
            "A4: an append at expected version 1 to a stream at version 3 must be refused with"
                + " ConcurrencyConflictException");
    assertConflict("A4", e, s, 1, 3);
    before.assertUnchanged("A4", "a stale append");
  }

  /** A4: an expected version beyond the stream's is refused as well. */
  @Test
  void a4_expectedVersionAhead_isRefusedWithBothVersions() {
    CaseId s = stream("a4-ahead");
    append(s, n1, 0, SampleEvents.batch(s, 1, 2));
    Snapshot before = new Snapshot(s, n1);
    ConcurrencyConflictException e =
        assertThrows(
            ConcurrencyConflictException.class,
            () -> append(s, n1, 5, SampleEvents.batch(s, 6, 1)),
            "A4: an append at expected version 5 to a stream at version 2 must be refused");
    assertConflict("A4", e, s, 5, 2);
    before.assertUnchanged("A4", "an append ahead of the stream");
  }

  /** A4: a new stream is at version 0. */
  @Test
  void a4_unknownStreamWithNonZeroExpectedVersion_isRefused() {
    CaseId s = stream("a4-unknown");
    Snapshot before = new Snapshot(s, n1);
    ConcurrencyConflictException e =
        assertThrows(
            ConcurrencyConflictException.class,
            () -> append(s, n1, 2, SampleEvents.batch(s, 3, 1)),
            "A4: an unknown stream is at version 0; expected version 2 must be refused");
    assertConflict("A4", e, s, 2, 0);
    before.assertUnchanged("A4", "an append to an unknown stream at version 2");
    assertFalse(store.streams(n1).contains(s), "A4: the refused stream must not be listed");
  }
}

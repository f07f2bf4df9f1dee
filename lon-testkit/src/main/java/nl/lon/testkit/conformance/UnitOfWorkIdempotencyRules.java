package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.Test;

/** Rule U3: an idempotency key answers a repeat of the same batch, and refuses another batch. */
abstract class UnitOfWorkIdempotencyRules extends StoresGroup {

  /**
   * U3: the same batch under the same key is a duplicate: a record, but no event or vault change.
   */
  @Test
  void u3_sameBatchSameKey_isADuplicateWithItsOwnRecord() {
    CaseId c = caseId("u3-same");
    UnitOfWork first = opening(c, Optional.of("open"));
    AppendResult original = stores.commit(first).append().get();
    UnitOfWork again =
        unit(
            c,
            0,
            first.append().get().events(),
            Optional.of("open"),
            Optional.of(SamplePersonalData.of(3)));
    CommitResult repeat = stores.commit(again);
    assertTrue(repeat.append().get().isDuplicate(), "U3: the repeat must be flagged duplicate");
    assertEquals(
        original.asDuplicate(), repeat.append().get(), "U3: the repeat returns the earlier result");
    assertEquals(1, stores.eventStore().version(c), "U3: the repeat must write no event");
    assertEquals(
        2, records(c).size(), "U3: the repeat is an attempt of its own and gets its record");
    assertEquals(
        "true",
        records(c).get(1).getDetails().get(UnitOfWork.REPLAY_DETAIL),
        "U3: the repeat's record must be marked replay=true");
    assertEquals(
        again.audit().getEventId(),
        records(c).get(1).getEventId(),
        "U3: the repeat's record is its own");
    assertEquals(
        first.vaultChange().get().data(),
        stores.vault().get(network, client(c), c),
        "U3: the repeat must not apply its vault change");
  }

  /** U3: another batch under a used key is refused, never answered with the first result. */
  @Test
  void u3_otherBatchSameKey_isAConflictNotAReplay() {
    CaseId c = caseId("u3-other");
    stores.commit(opening(c, Optional.of("open")));
    List<AuditRecord> before = records(c);
    UnitOfWork other =
        unit(
            c,
            0,
            List.of(SampleEvents.marked(c, 1, "another request")),
            Optional.of("open"),
            Optional.of(SamplePersonalData.of(4)));
    assertThrows(
        IdempotencyKeyConflictException.class,
        () -> stores.commit(other),
        "U3: a used key with a different batch must be refused with IdempotencyKeyConflictException,"
            + " not replayed");
    assertEquals(before, records(c), "U3: the refused unit must write no audit record");
    assertEquals(
        SamplePersonalData.of(1),
        stores.vault().get(network, client(c), c).get(),
        "U3: the refused unit must not change the vault");
  }
}

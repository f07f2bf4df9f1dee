package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/** Rule A9: events once written are never changed, reordered or removed. */
abstract class ImmutabilityRules extends EventStoreGroup {

  /** A9: events once written never change, and earlier snapshots stay as they were. */
  @Test
  void a9_writtenEvents_neverChange() {
    CaseId s = stream("a9");
    List<CaseEvent> all = SampleEvents.all(s, n1);
    append(s, n1, 0, all);
    List<CaseEvent> snapshot = store.read(s);
    append(s, n1, all.size(), SampleEvents.batch(s, all.size() + 1, 5));
    assertEquals(all, snapshot, "A9/R1: an earlier read is an immutable snapshot");
    assertEquals(
        all,
        store.read(s).subList(0, all.size()),
        "A9: events once written must never change or move");
  }
}

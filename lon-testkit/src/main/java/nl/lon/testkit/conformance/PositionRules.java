package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/** Rule A6: positions strictly increase across all appends, in batch order. */
abstract class PositionRules extends EventStoreGroup {

  /** A6: positions rise strictly, in batch order and across streams and networks. */
  @Test
  void a6_positions_increaseInBatchOrderAcrossAllAppends() {
    CaseId a = stream("a6-a");
    CaseId b = stream("a6-b");
    NetworkId other = capabilities().supportsMultipleNetworks() ? n2 : n1;
    List<AppendResult> results = new ArrayList<>();
    results.add(append(a, n1, 0, SampleEvents.batch(a, 1, 3)));
    results.add(append(b, other, 0, SampleEvents.batch(b, 1, 2)));
    results.add(append(a, n1, 3, SampleEvents.batch(a, 4, 1)));
    results.add(append(b, other, 2, SampleEvents.batch(b, 3, 4)));
    long previous = 0;
    for (AppendResult r : results) {
      assertEquals(r.getCount(), r.getPositions().size(), "A6: one position per event written");
      for (long p : r.getPositions()) {
        assertTrue(
            p > previous,
            "A6: positions must rise strictly in append and batch order, but "
                + p
                + " followed "
                + previous);
        previous = p;
      }
    }
    List<Long> fromA = new ArrayList<>();
    for (StoredEvent e : readAll(n1)) {
      if (e.getEvent().getCaseId().equals(a)) {
        fromA.add(e.getPosition());
      }
    }
    List<Long> expectedA = new ArrayList<>(results.get(0).getPositions());
    expectedA.addAll(results.get(2).getPositions());
    assertEquals(expectedA, fromA, "A6/R4: readNetwork shows the positions the appends returned");
  }
}

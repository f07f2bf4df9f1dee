package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule A3: a stream belongs to the network of its first append. */
abstract class StreamNetworkRules extends EventStoreGroup {

  @BeforeEach
  void needsTwoNetworks() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("A3"));
  }

  /** A3: an append naming another network than the stream's is refused (rule stream-network). */
  @Test
  void a3_appendNamingAnotherNetwork_isRefusedAndWritesNothing() {
    CaseId s = stream("a3-network");
    append(s, n1, 0, SampleEvents.batch(s, 1, 1));
    Snapshot before = new Snapshot(s, n1);
    Snapshot otherNetwork = new Snapshot(s, n2);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> append(s, n2, 1, SampleEvents.batch(s, 2, 1)),
            "A3: stream "
                + s
                + " belongs to "
                + n1
                + "; an append naming "
                + n2
                + " must be refused");
    assertEquals("stream-network", e.getRule(), "A3: the refusal names rule stream-network");
    before.assertUnchanged("A3", "an append naming another network");
    otherNetwork.assertUnchanged("A3", "an append naming another network");
  }

  /** A3 comes before A4: another network with a stale version is a network error. */
  @Test
  void a3_anotherNetworkWithStaleVersion_isRefusedAsNetworkError() {
    CaseId s = stream("a3-order");
    append(s, n1, 0, SampleEvents.batch(s, 1, 2));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> append(s, n2, 1, SampleEvents.batch(s, 2, 1)),
            "A3: the network is checked before the version (A3 before A4)");
    assertEquals("stream-network", e.getRule(), "A3: the refusal names rule stream-network");
  }
}

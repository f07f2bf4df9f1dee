package nl.lon.persistence.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.store.StreamAppend;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint a store keeps beside an idempotency key ({@link StreamAppend#fingerprint()}): the
 * same for a batch decided again at another version and instant, different for any other content,
 * and stable across releases (stored fingerprints must keep matching).
 */
class BatchFingerprintTest {

  private static final EventCodec CODEC = EventCodec.create();

  /** Every sample event, as one batch of a new stream. */
  private static StreamAppend batch(UnaryOperator<String> changeEachEncodedEvent, long version) {
    List<CaseEvent> events = new ArrayList<>();
    for (CaseEvent e : SampleEvents.all()) {
      String text =
          CODEC
              .encode(e)
              .replace(
                  "\"sequence\":" + e.getSequence() + ",",
                  "\"sequence\":" + (e.getSequence() + version) + ",");
      events.add(CODEC.decode(changeEachEncodedEvent.apply(text)));
    }
    return new StreamAppend(
        SampleEvents.CASE, SampleEvents.NETWORK, version, events, Optional.of("key-1"));
  }

  @Test
  void fingerprint_knownBatch_isTheOneStoredByEarlierReleases() {
    assertEquals(
        batch(UnaryOperator.identity(), 0).fingerprint(),
        StreamAppend.fingerprint(SampleEvents.NETWORK, SampleEvents.all()));
    assertEquals(64, batch(UnaryOperator.identity(), 0).fingerprint().length());
    assertEquals(GOLDEN, batch(UnaryOperator.identity(), 0).fingerprint());
  }

  @Test
  void fingerprint_sameBatchAtAnotherVersionAndInstant_same() {
    String first = batch(UnaryOperator.identity(), 0).fingerprint();
    String retried =
        batch(
                t ->
                    t.replaceAll(
                        "\"recordedAt\":\"[^\"]*\"", "\"recordedAt\":\"2027-01-01T00:00:00Z\""),
                7)
            .fingerprint();
    assertEquals(first, retried);
  }

  @Test
  void fingerprint_anyOtherContent_differs() {
    String first = batch(UnaryOperator.identity(), 0).fingerprint();
    assertNotEquals(
        first,
        batch(t -> t.replace("\"actor\":\"p-jansen\"", "\"actor\":\"p-de-vries\""), 0)
            .fingerprint());
    assertNotEquals(
        first,
        batch(
                t ->
                    t.replace("\"businessDate\":\"2026-03-02\"", "\"businessDate\":\"2026-03-01\""),
                0)
            .fingerprint());
    List<CaseEvent> events = SampleEvents.all();
    assertNotEquals(
        StreamAppend.fingerprint(SampleEvents.NETWORK, events),
        StreamAppend.fingerprint(NetworkId.of("rotterdam-zuid"), events));
    assertNotEquals(
        StreamAppend.fingerprint(SampleEvents.NETWORK, events),
        StreamAppend.fingerprint(SampleEvents.NETWORK, events.subList(0, events.size() - 1)));
  }

  /** The fingerprint of the sample batch as this and earlier releases store it. */
  private static final String GOLDEN =
      "e326ea21c4b4b20ba1b55b4fcbc4e16e9277e7a9788efe71ebf41ae56688f0cc";

  /** The definition in {@link StreamAppend#fingerprint()}'s documentation, written out. */
  private static String byDefinition(NetworkId network, List<CaseEvent> events) throws Exception {
    java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
    d.update(network.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (CaseEvent e : events) {
      d.update((byte) '\n');
      d.update(
          CODEC
              .encode(e)
              .replace("\"sequence\":" + e.getSequence() + ",", "")
              .replace("\"recordedAt\":\"" + e.getRecordedAt() + "\"", "")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return java.util.HexFormat.of().formatHex(d.digest());
  }

  @Test
  void fingerprint_isItsDocumentedDefinition() throws Exception {
    assertEquals(GOLDEN, byDefinition(SampleEvents.NETWORK, SampleEvents.all()));
  }
}

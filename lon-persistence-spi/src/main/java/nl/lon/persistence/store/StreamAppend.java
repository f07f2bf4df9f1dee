package nl.lon.persistence.store;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.event.EventStore;

/**
 * The append part of a unit of work: a batch of events for one case stream at an expected version,
 * with an optional idempotency key (toevoeging aan een casusstroom).
 *
 * <p>Checked on construction as {@link EventStore#checkAppend} checks an append (rule A1), so a
 * malformed batch never reaches a store.
 *
 * <pre>{@code
 * StreamAppend a = new StreamAppend(caseId, network, 0, List.of(signalReceived), Optional.of(requestId));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * @param stream the case whose stream to append to
 * @param network the network the case belongs to
 * @param expectedVersion the version the caller read: 0 for a new stream
 * @param events the events, with sequences {@code expectedVersion + 1} onwards, not empty
 * @param idempotencyKey a key that identifies the request, or empty
 * @since 0.2
 */
public record StreamAppend(
    CaseId stream,
    NetworkId network,
    long expectedVersion,
    List<CaseEvent> events,
    Optional<String> idempotencyKey) {

  /**
   * Checks the append (rule A1 of {@link EventStore}) and copies the batch.
   *
   * @param stream the case whose stream to append to
   * @param network the network the case belongs to
   * @param expectedVersion the version the caller read: 0 for a new stream
   * @param events the events, with sequences {@code expectedVersion + 1} onwards, not empty
   * @param idempotencyKey a key that identifies the request, or empty
   * @throws nl.lon.core.error.InvalidValueException naming the field and the rule broken
   */
  public StreamAppend {
    EventStore.checkAppend(stream, network, expectedVersion, events, idempotencyKey);
    events = ImmutableList.copyOf(events);
  }

  /**
   * The fingerprint of this batch, which a store keeps beside the idempotency key so that a key
   * used again for a different batch is recognised (rule A2 of {@link EventStore}).
   *
   * <p>The SHA-256 digest, as 64 lower-case hexadecimal digits, of the network and each event as
   * {@link EventCodec} encodes it with its sequence and recording instant left out: a command that
   * is retried after its first attempt was stored (the answer got lost) is decided again on the
   * moved-on case, a moment later, and has the same fingerprint; any change of content, business
   * date, actor, stream, event type or number of events gives another one.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String fingerprint() {
    return fingerprint(network, events);
  }

  /**
   * The fingerprint of a batch, as {@link #fingerprint()} defines it.
   *
   * @param network the network the append names
   * @param events the events of the batch
   * @return 64 lower-case hexadecimal digits
   */
  public static String fingerprint(NetworkId network, List<CaseEvent> events) {
    List<String> encoded = new java.util.ArrayList<>(events.size());
    for (CaseEvent e : events) {
      encoded.add(CODEC.encode(e));
    }
    return fingerprint(network, events, encoded);
  }

  /**
   * The fingerprint of this batch, as {@link #fingerprint()} defines it, from the events as {@link
   * EventCodec} encodes them: a store that encoded the batch to write it saves encoding it again.
   *
   * @param encoded each event of {@link #events()} as {@link EventCodec#encode} gives it, in order
   * @return 64 lower-case hexadecimal digits
   * @throws nl.lon.core.error.InvalidValueException when there is not one text per event
   * @since 0.3
   */
  public String fingerprint(List<String> encoded) {
    if (encoded == null || encoded.size() != events.size()) {
      throw new nl.lon.core.error.InvalidValueException(
          "StreamAppend.encoded", "one-per-event", "give one encoded text per event of the batch");
    }
    return fingerprint(network, events, encoded);
  }

  private static String fingerprint(
      NetworkId network, List<CaseEvent> events, List<String> encoded) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    digest.update(network.getValue().getBytes(StandardCharsets.UTF_8));
    java.time.Instant recordedAt = null;
    String recorded = null;
    for (int i = 0; i < events.size(); i++) {
      CaseEvent e = events.get(i);
      digest.update((byte) '\n');
      // sequence and recording instant are what a retry changes; inside a JSON string a quote is
      // always escaped, so these exact unescaped members can only be the metadata's own
      String sequence = "\"sequence\":" + e.getSequence() + ",";
      if (!e.getRecordedAt().equals(recordedAt)) {
        // the events of one batch are mostly recorded at one instant: formatted once
        recordedAt = e.getRecordedAt();
        recorded = "\"recordedAt\":\"" + recordedAt + "\"";
      }
      digest.update(
          encoded
              .get(i)
              .replace(sequence, "")
              .replace(recorded, "")
              .getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final EventCodec CODEC = EventCodec.create();

  @Override
  public String toString() {
    // never the events: they hold case content
    return "StreamAppend[stream="
        + stream
        + ", network="
        + network
        + ", expectedVersion="
        + expectedVersion
        + ", events="
        + events.size()
        + ", idempotencyKey="
        + idempotencyKey.isPresent()
        + "]";
  }
}

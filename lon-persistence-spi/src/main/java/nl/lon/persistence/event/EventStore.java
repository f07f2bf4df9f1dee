package nl.lon.persistence.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;

/**
 * The port to an append-only store of case events, one stream per case (gebeurtenissenopslag).
 *
 * <p>A stream is identified by its {@link CaseId} and belongs to one network, fixed by its first
 * append. Its <em>version</em> is the sequence of its last event (0 for a stream without events).
 * Every event the store accepts also gets a global <em>position</em> so that projections can follow
 * a whole network.
 *
 * <pre>{@code
 * long v = store.version(caseId);
 * Decision d = rules.decide(CaseState.replay(store.read(caseId)), command, ctx);
 * List<CaseEvent> decided = d.orElseThrow(); // sequences v+1, v+2, ...
 * try {
 *   store.append(caseId, network, v, decided, Optional.of(commandId));
 * } catch (ConcurrencyConflictException e) {
 *   // someone else appended first: reload, decide again, retry
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract</h2>
 *
 * <p>The rules are numbered so that a conformance kit can name the rule each test checks.
 *
 * <p><b>Append</b>, {@link #append(CaseId, NetworkId, long, List, Optional)}, takes these steps in
 * this order; the first that fails ends the call:
 *
 * <ol>
 *   <li><b>A1 arguments.</b> The arguments are checked as {@link #checkAppend} does, before the
 *       store's state is read: {@code expectedVersion >= 0}; the batch is not empty; event {@code
 *       i} (from 0) carries the stream's case id and sequence {@code expectedVersion + 1 + i}; a
 *       {@link SignalReceived} names the same network; a present idempotency key is non-blank and
 *       at most 200 characters. A failure throws {@link InvalidValueException} and writes nothing.
 *   <li><b>A2 idempotency.</b> If an earlier <em>successful</em> append to this stream used the
 *       same idempotency key for the same batch (the same {@link
 *       nl.lon.persistence.store.StreamAppend#fingerprint() fingerprint}: network and events, their
 *       sequences and recording instants aside, so a retry decided again on the moved-on stream
 *       still counts as the same request), the call returns that earlier {@link AppendResult} with
 *       {@link AppendResult#isDuplicate()} true and writes nothing. If the key was used for a
 *       different batch, the call throws {@link nl.lon.core.error.IdempotencyKeyConflictException}
 *       and writes nothing: a key is never answered with the result of another request. Keys are
 *       scoped per stream and kept as long as the stream, with the fingerprint of their batch. A
 *       failed append does not use up its key.
 *   <li><b>A3 network.</b> If the stream already has events and belongs to another network, the
 *       call throws {@link InvalidValueException} (rule {@code stream-network}) and writes nothing.
 *   <li><b>A4 optimistic concurrency.</b> If the stream's version is not {@code expectedVersion},
 *       the call throws {@link ConcurrencyConflictException} carrying the stream, the expected and
 *       the actual version, and writes nothing.
 *   <li><b>A5 atomic write.</b> Otherwise the whole batch is written as one atomic step: all events
 *       or none, together with the idempotency key. No reader ever sees part of a batch through
 *       {@link #read}, {@link #version} or {@link #streams}; the stream's version becomes the last
 *       event's sequence.
 *   <li><b>A6 positions.</b> The events get strictly increasing positions in batch order, each
 *       greater than every position this store gave before. Positions need not be contiguous.
 * </ol>
 *
 * <p><b>A7 linearizability.</b> Each append takes effect at one instant between its call and its
 * return, and every read that starts after that instant sees it. Of any number of concurrent
 * appends naming the same expected version of a stream, at most one succeeds; all others fail with
 * {@link ConcurrencyConflictException} (or return a duplicate result under A2). No update is ever
 * lost. Appends to different streams do not conflict.
 *
 * <p><b>A8 failure.</b> When an append throws any other exception (for example an adapter's I/O
 * error), either the whole batch was written or none of it; the caller may retry with the same
 * idempotency key to find out without writing twice.
 *
 * <p><b>A9 immutability.</b> An event once written is never changed, reordered or removed by this
 * port. Personal data live in the {@link nl.lon.persistence.vault.PersonalDataVault}, not in
 * events, so erasure never touches a stream.
 *
 * <p><b>Reads.</b> <b>R1:</b> {@link #read(CaseId)} returns a consistent snapshot of the stream in
 * sequence order (1, 2, ... version), or an empty list for an unknown stream. <b>R2:</b> {@link
 * #read(CaseId, long)} returns the events with sequence at least {@code fromSequenceInclusive}.
 * <b>R3:</b> {@link #version} is 0 for an unknown stream. <b>R4:</b> {@link #readNetwork} returns
 * the events of all streams of the network with a position above {@code fromPositionExclusive}, in
 * ascending position order, at most {@code maxCount}; a page may end inside a batch. Once a reader
 * has seen position {@code p}, no event with a position at or below {@code p} becomes visible
 * later, so a projection resumes safely from the last position it saw. <b>R5:</b> {@link #streams}
 * lists the streams with at least one event in the network. Every list or set returned is an
 * immutable snapshot.
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface EventStore {

  /** The longest idempotency key accepted, in characters. */
  int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

  /**
   * Appends a batch of events to a case stream, atomically and only if the stream is at the
   * expected version (rules A1-A8 of the class documentation).
   *
   * @param stream the case whose stream to append to
   * @param network the network the case belongs to
   * @param expectedVersion the version the caller read: 0 for a new stream
   * @param events the events, with sequences {@code expectedVersion + 1} onwards, not empty
   * @param idempotencyKey a key that identifies this request, or empty; a repeat with the same key
   *     returns the earlier result
   * @return what was written, or the earlier result flagged as duplicate
   * @throws InvalidValueException when the batch is malformed or names another network than the
   *     stream's (nothing written)
   * @throws ConcurrencyConflictException when the stream is not at the expected version (nothing
   *     written)
   */
  AppendResult append(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> idempotencyKey);

  /**
   * Reads all events of a case stream in sequence order.
   *
   * @param stream the case
   * @return an immutable snapshot of the events; empty for an unknown stream
   */
  List<CaseEvent> read(CaseId stream);

  /**
   * Reads the events of a case stream from a sequence on, in sequence order.
   *
   * @param stream the case
   * @param fromSequenceInclusive the first sequence wanted, 1 or more
   * @return an immutable snapshot of the events with at least that sequence; empty when there are
   *     none
   * @throws InvalidValueException when {@code fromSequenceInclusive} is below 1
   */
  List<CaseEvent> read(CaseId stream, long fromSequenceInclusive);

  /**
   * The version of a case stream: the sequence of its last event.
   *
   * @param stream the case
   * @return the version; 0 for an unknown stream
   */
  long version(CaseId stream);

  /**
   * Reads the events of all streams of a network in global append order, from a position on.
   *
   * @param network the network
   * @param fromPositionExclusive the last position already seen; 0 to start at the beginning
   * @param maxCount the largest number of events to return, 1 or more
   * @return an immutable list of at most {@code maxCount} events with ascending positions above
   *     {@code fromPositionExclusive}
   * @throws InvalidValueException when {@code fromPositionExclusive} is negative or {@code
   *     maxCount} is below 1
   */
  List<StoredEvent> readNetwork(NetworkId network, long fromPositionExclusive, int maxCount);

  /**
   * Lists the cases of a network that have at least one event.
   *
   * @param network the network
   * @return an immutable snapshot of the case ids; empty for an unknown network
   */
  Set<CaseId> streams(NetworkId network);

  /**
   * Checks the arguments of an append (rule A1) without touching any store; every adapter calls
   * this before it reads its state.
   *
   * @param stream the case whose stream to append to
   * @param network the network the case belongs to
   * @param expectedVersion the version the caller read
   * @param events the events to append
   * @param idempotencyKey the idempotency key, or empty
   * @throws InvalidValueException naming the field and the rule broken
   */
  static void checkAppend(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> idempotencyKey) {
    required(stream, "EventStore.stream");
    required(network, "EventStore.network");
    required(events, "EventStore.events");
    required(idempotencyKey, "EventStore.idempotencyKey");
    if (expectedVersion < 0) {
      throw new InvalidValueException(
          "EventStore.expectedVersion",
          "not-negative",
          "must be 0 (new stream) or more, was " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new InvalidValueException(
          "EventStore.events", "not-empty", "append at least one event");
    }
    for (int i = 0; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      String field = "EventStore.events[" + i + "]";
      required(event, field);
      if (!event.getCaseId().equals(stream)) {
        throw new InvalidValueException(
            field + ".caseId",
            "same-stream",
            "event belongs to case " + event.getCaseId() + ", not to stream " + stream);
      }
      long expectedSequence = expectedVersion + 1 + i;
      if (event.getSequence() != expectedSequence) {
        throw new InvalidValueException(
            field + ".sequence",
            "contiguous-sequence",
            "must be "
                + expectedSequence
                + " (expected version "
                + expectedVersion
                + " plus "
                + (i + 1)
                + "), was "
                + event.getSequence());
      }
      if (event instanceof SignalReceived
          && !((SignalReceived) event).getNetwork().equals(network)) {
        throw new InvalidValueException(
            field + ".network",
            "same-network",
            "signal names network "
                + ((SignalReceived) event).getNetwork()
                + ", but the append names "
                + network);
      }
    }
    idempotencyKey.ifPresent(
        key -> {
          if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidValueException(
                "EventStore.idempotencyKey",
                "not-blank-max-" + MAX_IDEMPOTENCY_KEY_LENGTH,
                "must be a non-blank text of at most "
                    + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " characters");
          }
        });
  }

  /**
   * Applies rules A3 and A4 to what the store holds for the stream; every adapter calls this after
   * it has looked for a repeated idempotency key (A2) and before it writes.
   *
   * @param stream the case whose stream to append to
   * @param network the network the append names
   * @param expectedVersion the version the caller read
   * @param storedNetwork the network the stream belongs to; empty for a stream without events
   * @param storedVersion the stream's version; 0 for a stream without events
   * @throws InvalidValueException (rule {@code stream-network}) when the stream belongs to another
   *     network
   * @throws ConcurrencyConflictException when the stream is not at the expected version
   */
  static void checkStream(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      Optional<NetworkId> storedNetwork,
      long storedVersion) {
    if (storedNetwork.isPresent() && !storedNetwork.get().equals(network)) {
      throw new InvalidValueException(
          "EventStore.network",
          "stream-network",
          "case " + stream + " belongs to network " + storedNetwork.get() + ", not to " + network);
    }
    if (storedVersion != expectedVersion) {
      throw new ConcurrencyConflictException(stream.getValue(), expectedVersion, storedVersion);
    }
  }

  /**
   * Checks the argument of {@link #read(CaseId, long)} (rule R2) without touching any store.
   *
   * @param fromSequenceInclusive the first sequence wanted
   * @throws InvalidValueException when it is below 1
   */
  static void checkRead(long fromSequenceInclusive) {
    if (fromSequenceInclusive < 1) {
      throw new InvalidValueException(
          "EventStore.fromSequenceInclusive",
          "range-1-",
          "must be 1 or more, was " + fromSequenceInclusive);
    }
  }

  /**
   * Checks the arguments of {@link #readNetwork} (rule R4) without touching any store.
   *
   * @param fromPositionExclusive the last position already seen
   * @param maxCount the largest number of events to return
   * @throws InvalidValueException when the position is negative or the count below 1
   */
  static void checkReadNetwork(long fromPositionExclusive, int maxCount) {
    if (fromPositionExclusive < 0) {
      throw new InvalidValueException(
          "EventStore.fromPositionExclusive",
          "not-negative",
          "must be 0 (from the start) or more, was " + fromPositionExclusive);
    }
    if (maxCount < 1) {
      throw new InvalidValueException(
          "EventStore.maxCount", "range-1-", "must be 1 or more, was " + maxCount);
    }
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
  }
}

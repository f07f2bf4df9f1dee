package nl.lon.persistence.event;

import com.google.common.collect.ImmutableList;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What an append to a case stream wrote: the sequences, the new version and the global positions
 * (resultaat van toevoegen).
 *
 * <p>{@link #getLastSequence()} is the stream's version after the append; pass it as the expected
 * version of the next append. When {@link #isDuplicate()} is true the store wrote nothing and
 * returned the result of the earlier append that used the same idempotency key.
 *
 * <pre>{@code
 * AppendResult r = store.append(caseId, network, 0, List.of(signalReceived), Optional.of(requestId));
 * long version = r.getLastSequence(); // 1
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AppendResult {

  AppendResult() {}

  /**
   * The stream (case) appended to.
   *
   * @return the case id
   */
  public abstract CaseId getStream();

  /**
   * The network the stream belongs to.
   *
   * @return the network
   */
  public abstract NetworkId getNetwork();

  /**
   * The sequence of the first event written.
   *
   * @return 1 or more
   */
  public abstract long getFirstSequence();

  /**
   * The sequence of the last event written, which is the stream's new version.
   *
   * @return at least {@link #getFirstSequence()}
   */
  public abstract long getLastSequence();

  /**
   * The global positions given to the events, in the order of the batch.
   *
   * @return one strictly increasing position per event written
   */
  public abstract ImmutableList<Long> getPositions();

  /**
   * Whether this result repeats an earlier append with the same idempotency key; then nothing was
   * written by this call.
   *
   * @return true for a repeated append
   */
  @Value.Default
  public boolean isDuplicate() {
    return false;
  }

  /**
   * The stream's version after the append; the same as {@link #getLastSequence()}.
   *
   * @return the new version
   */
  public final long getNewVersion() {
    return getLastSequence();
  }

  /**
   * The number of events the append wrote.
   *
   * @return 1 or more
   */
  public final int getCount() {
    return getPositions().size();
  }

  /**
   * This result, flagged as the answer to a repeated append.
   *
   * @return a copy with {@link #isDuplicate()} true
   */
  public AppendResult asDuplicate() {
    return isDuplicate() ? this : builder().from(this).duplicate(true).build();
  }

  @Value.Check
  void check() {
    Checks.range(getFirstSequence(), 1, Long.MAX_VALUE, "AppendResult.firstSequence");
    Checks.require(
        getLastSequence() >= getFirstSequence(),
        "AppendResult.lastSequence",
        "not-before-first",
        "the last sequence must not be below the first sequence");
    Checks.require(
        getPositions().size() == getLastSequence() - getFirstSequence() + 1,
        "AppendResult.positions",
        "one-per-event",
        "give one position per event written");
    long previous = 0;
    for (long p : getPositions()) {
      if (p <= previous) {
        throw new nl.lon.core.error.InvalidValueException(
            "AppendResult.positions",
            "strictly-increasing",
            "positions must be 1 or more and strictly increasing, found " + getPositions());
      }
      previous = p;
    }
  }

  /**
   * Creates the result of a fresh (not repeated) append.
   *
   * @param stream the stream appended to
   * @param network the stream's network
   * @param firstSequence the sequence of the first event written
   * @param positions the global positions of the events written, strictly increasing
   * @return the result
   * @throws nl.lon.core.error.InvalidValueException when the numbers do not fit together
   */
  public static AppendResult of(
      CaseId stream, NetworkId network, long firstSequence, Iterable<Long> positions) {
    ImmutableList<Long> list = ImmutableList.copyOf(positions);
    return builder().stream(stream)
        .network(network)
        .firstSequence(firstSequence)
        .lastSequence(firstSequence + list.size() - 1)
        .positions(list)
        .build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AppendResult}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAppendResult.Builder {
    /** Creates an empty builder, the same as {@link AppendResult#builder()}. */
    public Builder() {}
  }
}

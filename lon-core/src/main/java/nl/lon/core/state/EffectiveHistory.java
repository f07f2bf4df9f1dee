package nl.lon.core.state;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;

/**
 * The effective history of a case: its stream with the corrections applied (geldende geschiedenis).
 *
 * <p>An entry made in error is never rewritten: an {@link EntryCorrected} later in the stream puts
 * a new version of the act in its place, an {@link EntryWithdrawn} takes it out. The effective
 * history holds the acts in stream order, each corrected entry as its latest replacement (a
 * correction of a correction is a second correction of the same entry) and without the withdrawn
 * ones; the corrections themselves are not in it. {@link CaseState} folds the effective history, so
 * every reader of the state (agenda, figures, projections) honours corrections; the stream itself,
 * read as a timeline, shows the original and the correction both.
 *
 * <p>A correction or withdrawal names an act earlier in the stream; a withdrawn act can no longer
 * be corrected or withdrawn, and a replacement is of the corrected act's type. A stream that breaks
 * this is corrupt: {@link IllegalEventException}. Pure functions; thread-safe.
 *
 * @since 0.1
 */
public final class EffectiveHistory {

  private EffectiveHistory() {}

  /**
   * The effective acts of a stream, in stream order.
   *
   * @param stream the events of one case, in sequence order from 1
   * @return the acts that count, each in its latest version
   * @throws IllegalEventException when a correction or withdrawal does not name an act before it
   *     that still counts, or a replacement is of another type than its act
   */
  public static ImmutableList<CaseEvent> of(Iterable<? extends CaseEvent> stream) {
    List<CaseEvent> slots = slots(stream);
    ImmutableList.Builder<CaseEvent> out = ImmutableList.builder();
    for (CaseEvent e : slots) {
      if (e != null) {
        out.add(e);
      }
    }
    return out.build();
  }

  /**
   * The current version of one entry.
   *
   * @param stream the events of one case, in sequence order from 1
   * @param sequence the entry's sequence
   * @return the act as it counts now (the original or its latest replacement), or empty when the
   *     entry was withdrawn, is itself a correction or withdrawal, or is not in the stream
   * @throws IllegalEventException as {@link #of(Iterable)}
   */
  public static Optional<CaseEvent> current(Iterable<? extends CaseEvent> stream, long sequence) {
    List<CaseEvent> slots = slots(stream);
    if (sequence < 1 || sequence > slots.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(slots.get((int) (sequence - 1)));
  }

  /**
   * The state of a case just before one of its entries: the acts of the effective history before it
   * (with every correction of the stream applied, also those recorded after the entry) folded, at
   * version {@code sequence - 1}. A replacement of that entry is decided against this state; it is
   * not a state to append to.
   *
   * @param state the case as it stands
   * @param sequence the entry's sequence, 1 to the state's version
   * @return the state before the entry
   * @throws InvalidValueException when the sequence is not in the stream
   */
  public static CaseState before(CaseState state, long sequence) {
    if (sequence < 1 || sequence > state.getVersion()) {
      throw new InvalidValueException(
          "EffectiveHistory.sequence",
          "range-1-" + state.getVersion(),
          "must be between 1 and " + state.getVersion() + ", was " + sequence);
    }
    List<CaseEvent> history = state.getHistory();
    Trail trail = Trail.of(history.subList(0, (int) (sequence - 1)));
    CaseState at = CaseState.empty();
    for (CaseEvent e : of(history)) {
      if (e.getSequence() >= sequence) {
        break;
      }
      at = CaseFold.act(at, e, trail);
    }
    return CaseState.builderFrom(at).version(sequence - 1).trail(trail).build();
  }

  /** Folds a correction or withdrawal: the effective history of the longer stream, from empty. */
  static CaseState refold(CaseState state, CaseEvent correction) {
    Trail trail = state.trail().plus(correction);
    ImmutableList<CaseEvent> effective = of(trail.toList());
    CaseState at = CaseState.empty();
    for (CaseEvent e : effective) {
      at = CaseFold.act(at, e, trail);
    }
    return CaseState.builderFrom(at).version(correction.getSequence()).trail(trail).build();
  }

  /** One slot per stream position: the act that counts there, or null. */
  private static List<CaseEvent> slots(Iterable<? extends CaseEvent> stream) {
    List<CaseEvent> slots = new ArrayList<>();
    // the original type of each act, to tell withdrawn acts (null slot, act type) from corrections
    List<Boolean> acts = new ArrayList<>();
    for (CaseEvent e : stream) {
      long at = slots.size() + 1L;
      if (e.getSequence() != at) {
        throw new IllegalEventException(
            e.getType() + " #" + e.getSequence() + " is out of sequence: expected #" + at);
      }
      switch (e.getType()) {
        case ENTRY_CORRECTED -> {
          EntryCorrected c = (EntryCorrected) e;
          int target = target(slots, acts, e, c.getCorrectedSequence());
          if (c.getReplacement().getType() != slots.get(target).getType()) {
            throw new IllegalEventException(
                e.getType()
                    + " #"
                    + e.getSequence()
                    + ": the replacement is a "
                    + c.getReplacement().getType()
                    + ", entry #"
                    + c.getCorrectedSequence()
                    + " a "
                    + slots.get(target).getType());
          }
          slots.set(target, c.getReplacement());
        }
        case ENTRY_WITHDRAWN -> {
          int target = target(slots, acts, e, ((EntryWithdrawn) e).getWithdrawnSequence());
          slots.set(target, null);
        }
        default -> {}
      }
      slots.add(e.getType().isCorrection() ? null : e);
      acts.add(!e.getType().isCorrection());
    }
    return slots;
  }

  private static int target(List<CaseEvent> slots, List<Boolean> acts, CaseEvent e, long seq) {
    int index = (int) (seq - 1);
    if (seq < 1 || seq >= e.getSequence() || !acts.get(index)) {
      throw new IllegalEventException(
          e.getType() + " #" + e.getSequence() + ": #" + seq + " is not an entry before it");
    }
    if (slots.get(index) == null) {
      throw new IllegalEventException(
          e.getType() + " #" + e.getSequence() + ": entry #" + seq + " was withdrawn");
    }
    return index;
  }
}

package nl.lon.core.state;

import com.google.common.collect.ImmutableList;
import nl.lon.core.event.CaseEvent;

/**
 * The events folded into a state, as a persistent list that shares its tail: appending one event
 * costs one node, so folding stays linear however long the stream. Immutable and thread-safe.
 */
final class Trail {
  static final Trail EMPTY = new Trail(null, null, 0);

  private final CaseEvent last;
  private final Trail before;
  private final int size;

  private Trail(CaseEvent last, Trail before, int size) {
    this.last = last;
    this.before = before;
    this.size = size;
  }

  static Trail of(Iterable<? extends CaseEvent> events) {
    Trail t = EMPTY;
    for (CaseEvent e : events) {
      t = t.plus(e);
    }
    return t;
  }

  Trail plus(CaseEvent event) {
    return new Trail(event, this, size + 1);
  }

  int size() {
    return size;
  }

  ImmutableList<CaseEvent> toList() {
    CaseEvent[] events = new CaseEvent[size];
    Trail t = this;
    for (int i = size - 1; i >= 0; i--) {
      events[i] = t.last;
      t = t.before;
    }
    return ImmutableList.copyOf(events);
  }

  @Override
  public String toString() {
    return "Trail[" + size + "]";
  }
}

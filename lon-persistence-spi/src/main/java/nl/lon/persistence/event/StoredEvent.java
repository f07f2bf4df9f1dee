package nl.lon.persistence.event;

import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A case event as stored, with its global position and network (opgeslagen gebeurtenis).
 *
 * <p>Returned by {@link EventStore#readNetwork}; a projection remembers the last {@link
 * #getPosition()} it handled and resumes from there.
 *
 * <pre>{@code
 * for (StoredEvent e : store.readNetwork(network, lastSeen, 500)) {
 *   project(e.getEvent());
 *   lastSeen = e.getPosition();
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false)
public abstract class StoredEvent {

  StoredEvent() {}

  /**
   * The global position: strictly increasing in append order within one store, gaps allowed.
   *
   * @return 1 or more
   */
  @Value.Parameter
  public abstract long getPosition();

  /**
   * The network of the event's case.
   *
   * @return the network
   */
  @Value.Parameter
  public abstract NetworkId getNetwork();

  /**
   * The event.
   *
   * @return the event
   */
  @Value.Parameter
  public abstract CaseEvent getEvent();

  @Value.Check
  void check() {
    Checks.range(getPosition(), 1, Long.MAX_VALUE, "StoredEvent.position");
  }

  /**
   * Creates a stored event.
   *
   * @param position the global position, 1 or more
   * @param network the network of the event's case
   * @param event the event
   * @return the stored event
   * @throws nl.lon.core.error.InvalidValueException when the position is below 1
   */
  public static StoredEvent of(long position, NetworkId network, CaseEvent event) {
    return ImmutableStoredEvent.of(position, network, event);
  }
}

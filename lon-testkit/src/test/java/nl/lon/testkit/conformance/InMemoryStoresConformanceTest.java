package nl.lon.testkit.conformance;

import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;

/**
 * The in-memory stores must pass rules U1-U3 of the unit-of-work kit. U4 is skipped: memory has no
 * storage step that can fail between the locked decision and the writes.
 */
class InMemoryStoresConformanceTest extends StoresConformance {

  @Override
  protected Stores createStores() {
    return new InMemoryStores();
  }
}

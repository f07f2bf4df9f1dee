package nl.lon.testkit.conformance;

import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.memory.InMemoryInvolvementIndex;

/** The in-memory involvement index must pass the whole index kit. */
class InMemoryInvolvementIndexConformanceTest extends InvolvementIndexConformance {

  @Override
  protected InvolvementIndex createIndex() {
    return new InMemoryInvolvementIndex();
  }
}

package nl.lon.persistence.jdbc;

import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;

/** The history importer on the in-memory storage. */
class InMemoryHistoryImportTest extends AbstractHistoryImport {

  @Override
  Stores openStores() {
    return new InMemoryStores();
  }

  @Override
  void closeStores(Stores stores) {
    // nothing to free
  }
}

package nl.lon.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.lon.service.history.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history import benchmark's two contenders, run once on a small export. */
class HistoryImportScenarioTest {

  @TempDir Path dir;

  @Test
  void importAndFloor_writeTheSameNumberOfEvents() {
    Path file = dir.resolve("export.jsonl");
    assertEquals(300, HistoryImportScenario.writeExport(file, 30));
    try (Database db = Database.create(Database.Kind.H2, "import_test")) {
      CaseStores stores = CaseStores.jdbc(db);
      ImportReport r = HistoryImportScenario.importInto(stores.stores(), file);
      assertEquals(30, r.getCasesImported(), r::toText);
      assertEquals(300, r.getEventsWritten());
      assertEquals(10, stores.events().version(BenchFixtures.caseId("import", 17)));
      RawJdbcScenario raw = new RawJdbcScenario(db);
      long rows = 0;
      for (int n = 1; n <= 30; n++) {
        rows += raw.allInOne("import-" + n);
      }
      assertEquals(300, rows);
      assertEquals(300, raw.rows());
    }
  }
}

package nl.lon.bench.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.store.Stores;
import nl.lon.service.Purpose;
import nl.lon.service.history.HistoryAct;
import nl.lon.service.history.HistoryFormat;
import nl.lon.service.history.HistoryImporter;
import nl.lon.service.history.ImportReport;

/**
 * The history import: an export of {@code n} case lifecycles (the ten acts of {@link
 * LifecycleScenario}, signal to closure, on {@link BenchFixtures#DAY}) imported by the network
 * director, each case decided by the rules and written as one append with its audit record. Its
 * floor is {@link RawJdbcScenario#allInOne}: the same ten events per case, one batch per case.
 *
 * @since 0.1
 */
public final class HistoryImportScenario {

  /** The purpose of the import's audit records. */
  public static final Purpose PURPOSE = Purpose.of("import the history of the former system");

  private HistoryImportScenario() {}

  /**
   * Writes the export of {@code cases} lifecycles.
   *
   * @param file the file
   * @param cases how many cases
   * @return the number of lines written
   */
  public static long writeExport(Path file, int cases) {
    long lines = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 1; n <= cases; n++) {
        CaseId c = BenchFixtures.caseId("import", n);
        w.write(line(c, BenchFixtures.NETWORK_DIRECTOR.getId(), BenchFixtures.signal(c, n)));
        w.write('\n');
        lines++;
        for (int s = 0; s < LifecycleScenario.STEPS.size(); s++) {
          w.write(line(c, LifecycleScenario.actorOf(s).getId(), LifecycleScenario.STEPS.get(s)));
          w.write('\n');
          lines++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static String line(
      CaseId c, nl.lon.core.id.ProfessionalId actor, nl.lon.rules.process.CaseCommand act) {
    return HistoryFormat.encode(
        new HistoryAct(c, BenchFixtures.NETWORK_ID, BenchFixtures.DAY, actor, act));
  }

  /**
   * Imports an export into stores whose directory holds the bench network.
   *
   * @param stores the stores
   * @param file the export
   * @return the report
   */
  public static ImportReport importInto(Stores stores, Path file) {
    HistoryImporter importer =
        HistoryImporter.builder()
            .stores(stores)
            .profile(BenchFixtures.NETWORK_ID, BenchFixtures.PROFILE)
            .clock(BenchFixtures.CLOCK)
            .build();
    return importer.importFile(BenchFixtures.NETWORK_DIRECTOR.getId(), PURPOSE, file);
  }
}

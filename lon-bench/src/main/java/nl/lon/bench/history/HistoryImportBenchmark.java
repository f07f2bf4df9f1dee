package nl.lon.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.CaseStores;
import nl.lon.bench.scenario.Database;
import nl.lon.bench.scenario.HistoryImportScenario;
import nl.lon.bench.scenario.RawJdbcScenario;
import nl.lon.service.history.ImportReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing an existing system's history into embedded H2: {@link #importer()} reads an export of
 * {@link #importedCases} ten-act lifecycles, decides every case by the rules and writes it as one
 * append with its audit record; {@link #rawJdbcBatch()} inserts the same number of cases' ten
 * events as JSON text, one batch and one transaction per case, with no parsing, rules, version
 * check or audit (the floor). Score: seconds for the whole import (single shot); each iteration
 * starts on a fresh database.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class HistoryImportBenchmark {

  /** The cases in the export. */
  @Param({"100000"})
  public int importedCases;

  private Path file;
  private Database db;
  private CaseStores stores;
  private RawJdbcScenario raw;

  /**
   * Writes the export once.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeExport() throws IOException {
    file = Files.createTempFile("lon-bench-import", ".jsonl");
    HistoryImportScenario.writeExport(file, importedCases);
  }

  /** A fresh H2 database with the adapter's schema and the raw table. */
  @Setup(Level.Iteration)
  public void open() {
    db = Database.create(Database.Kind.H2, "import");
    stores = CaseStores.jdbc(db);
    raw = new RawJdbcScenario(db);
  }

  /** Drops the database. */
  @TearDown(Level.Iteration)
  public void close() {
    db.close();
  }

  /** Removes the export. */
  @TearDown(Level.Trial)
  public void removeExport() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The history importer.
   *
   * @return the events written
   */
  @Benchmark
  public long importer() {
    ImportReport r = HistoryImportScenario.importInto(stores.stores(), file);
    if (r.getCasesImported() != importedCases) {
      throw new IllegalStateException("import refused cases: " + r);
    }
    return r.getEventsWritten();
  }

  /**
   * The floor: the same events, one JDBC batch per case.
   *
   * @return the rows inserted
   */
  @Benchmark
  public long rawJdbcBatch() {
    long rows = 0;
    for (int n = 1; n <= importedCases; n++) {
      rows += raw.allInOne("import-" + n);
    }
    return rows;
  }
}

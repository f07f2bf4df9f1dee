package nl.lon.examples.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.lon.examples.demo.DemoNetwork;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.Purpose;
import nl.lon.service.history.HistoryImporter;
import nl.lon.service.history.ImportReport;

/**
 * The import example: writes a generated export of an earlier registration system (1,000 case
 * histories of the demo's Rotterdam network, one in {@value ExportGenerator#WRONG_EVERY}
 * deliberately wrong), imports it into the embedded H2 store as the network director, imports the
 * same file once more to show that nothing is imported twice, prints the report and writes it as
 * HTML beside the demo's report.
 *
 * @since 0.1
 */
public final class ImportExample {

  private ImportExample() {}

  /**
   * Runs the example.
   *
   * @param args optional: the number of cases (default 1,000), the export file (default {@code
   *     target/lon-import-example.jsonl}) and the HTML report (default {@code
   *     target/lon-import-report.html})
   * @throws Exception when the files cannot be written
   */
  public static void main(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    Path export = Path.of(args.length > 1 ? args[1] : "target/lon-import-example.jsonl");
    Path html = Path.of(args.length > 2 ? args[2] : "target/lon-import-report.html");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out, cases, export, html);
  }

  /** Runs the example and returns the first run's report. */
  static ImportReport run(PrintStream out, int cases, Path export, Path html) throws Exception {
    MethodologyProfile profile = MethodologyProfile.rotterdam();
    long lines = new ExportGenerator(profile, 2026L).write(export, cases);
    out.println(
        "Export of the former system: "
            + export.toAbsolutePath()
            + " ("
            + cases
            + " cases, "
            + lines
            + " lines, "
            + ExportGenerator.wrongCases(cases)
            + " cases deliberately wrong)");
    HikariConfig config = new HikariConfig();
    String url = "jdbc:h2:mem:lon-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setPoolName("lon-import-example");
    try (HikariDataSource ds = new HikariDataSource(config)) {
      JdbcStores stores = JdbcStores.create(ds);
      DemoNetwork.register(stores.directory());
      HistoryImporter importer =
          HistoryImporter.builder()
              .stores(stores)
              .profile(DemoNetwork.NETWORK, profile)
              // the "now" of the import, set once: the day the migration runs
              .clock(Clock.fixed(Instant.parse("2026-01-12T09:00:00Z"), ZoneOffset.UTC))
              .build();
      Purpose purpose = Purpose.of("import the case history of the former registration system");
      long started = System.nanoTime();
      ImportReport report = importer.importFile(DemoNetwork.DIRECTOR, purpose, export);
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.println();
      out.print(report.toText());
      out.println("(" + millis + " ms)");
      ImportReport again = importer.importFile(DemoNetwork.DIRECTOR, purpose, export);
      out.println();
      out.println(
          "The same file once more: "
              + again.getCasesImported()
              + " cases imported, "
              + again.getCasesAlreadyImported()
              + " already imported, "
              + again.getCasesRefused()
              + " refused again, "
              + again.getEventsWritten()
              + " events written");
      AuditLogVerification chains = stores.auditLog().verify();
      out.println(
          "Audit log: "
              + chains.getRecordsChecked()
              + " records, "
              + (chains.isOk() ? "chain verified" : "chain BROKEN"));
      out.println("Store: embedded H2 (" + url + ") through the JDBC adapter");
      out.println("HTML report: " + report.writeHtml(html));
      return report;
    }
  }
}

package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several JVMs write to one PostgreSQL database at once: one event stream contended by all, and the
 * audit log. No update is lost, the stream is contiguous and the hash chain never forks.
 */
@ExtendWith(PostgresServer.class)
class PostgresMultiProcessTest {

  @Test
  @Timeout(300)
  void severalProcesses_shareStreamAndAuditChain() throws Exception {
    int processes = 3;
    int perProcess = 150;
    String database = PostgresServer.get().createDatabase("multiprocess");
    String url = PostgresServer.get().jdbcUrl(database);
    try (HikariDataSource pool = TestDatabases.postgres(database, 4)) {
      JdbcStores stores = JdbcStores.create(pool);
      List<Process> children = new ArrayList<>();
      for (int p = 0; p < processes; p++) {
        children.add(
            new ProcessBuilder(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ContendingWriter.class.getName(),
                    url,
                    "postgres",
                    "",
                    "p" + p,
                    Integer.toString(perProcess))
                .redirectErrorStream(true)
                .start());
      }
      int conflicts = 0;
      for (Process child : children) {
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(240, TimeUnit.SECONDS), "child finished");
        assertEquals(0, child.exitValue(), out);
        String done = out.lines().filter(l -> l.startsWith("DONE ")).findFirst().orElseThrow();
        conflicts += Integer.parseInt(done.substring(5).trim());
      }
      int total = processes * perProcess;
      List<CaseEvent> events = stores.eventStore().read(ContendingWriter.SHARED);
      assertEquals(total, events.size(), "no update lost");
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < events.size(); i++) {
        assertEquals(i + 1, events.get(i).getSequence());
        keys.add(((CaseReopened) events.get(i)).getReason());
      }
      assertEquals(total, keys.size(), "every append exactly once");
      AuditLogVerification v = stores.auditLog().verify();
      assertTrue(v.isOk(), v.toString());
      assertEquals(total, stores.auditLog().size(ContendingWriter.NETWORK));
      Set<String> purposes = new HashSet<>();
      for (AuditRecord r : stores.auditLog().read(ContendingWriter.NETWORK, 1, total + 1)) {
        purposes.add(r.getPurpose());
      }
      assertEquals(total, purposes.size());
      System.out.println(
          "PostgresMultiProcessTest: "
              + processes
              + " JVMs wrote "
              + total
              + " events to one stream ("
              + conflicts
              + " conflicts retried) and "
              + total
              + " audit records; chain intact");
    }
  }
}

package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on PostgreSQL: the writing JVM is killed with SIGKILL mid-write, again and again on
 * the same database; the server rolls back what the dead connection left open, and after each kill
 * every acknowledged append is there, every stream is whole and the audit chain verifies.
 *
 * <p>{@code -Dlon.crash.pg.cycles=N} runs N cycles (default 20).
 */
@ExtendWith(PostgresServer.class)
class PostgresCrashSafetyTest {

  @TempDir Path dir;

  @Test
  @Timeout(600)
  void killedWriter_loosesNothingAcknowledged_postgres() throws Exception {
    int cycles = Integer.getInteger("lon.crash.pg.cycles", 20);
    String database = PostgresServer.get().createDatabase("crash");
    String url = PostgresServer.get().jdbcUrl(database);
    CrashCycles crash =
        new CrashCycles(
            url,
            "postgres",
            "",
            () -> TestDatabases.postgres(database, 2),
            ds -> ((HikariDataSource) ds).close(),
            dir,
            Long.getLong("lon.crash.seed", System.nanoTime()));
    String summary = crash.run(cycles);
    System.out.println("[reliability] crash cycles on PostgreSQL: " + summary);
    org.junit.jupiter.api.Assertions.assertTrue(
        summary.startsWith(cycles + " kill-and-reopen cycles")
            && summary.contains(
                "acknowledged writes lost 0, events without their audit record 0, audit records of applied writes with no write 0, inconsistent tables 0"),
        summary);
  }
}

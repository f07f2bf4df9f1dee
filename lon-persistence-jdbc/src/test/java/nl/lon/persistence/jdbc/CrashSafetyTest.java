package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on H2 in file mode: a writer JVM is killed with SIGKILL mid-write, again and again
 * on the same database file; after each kill every acknowledged append is there, every stream is
 * whole and the audit chain verifies.
 *
 * <p>{@code -Dlon.crash.cycles=N} runs N cycles (default 20). {@code -Dlon.crash.h2settings=...}
 * replaces the URL settings (default {@code ;WRITE_DELAY=0}); with {@code ""} H2's default write
 * delay of 500 ms would lose acknowledged appends, which is why {@link JdbcStores} refuses such a
 * database (see {@link H2SafetyTest}).
 */
class CrashSafetyTest {

  static final String H2_SETTINGS = System.getProperty("lon.crash.h2settings", ";WRITE_DELAY=0");

  @TempDir Path dir;

  @Test
  @Timeout(600)
  void killedWriter_loosesNothingAcknowledged_h2File() throws Exception {
    int cycles = Integer.getInteger("lon.crash.cycles", 20);
    String url = "jdbc:h2:file:" + dir.resolve("lon").toAbsolutePath() + H2_SETTINGS;
    CrashCycles crash =
        new CrashCycles(
            url,
            "sa",
            "",
            () -> {
              HikariConfig config = new HikariConfig();
              config.setJdbcUrl(url);
              config.setUsername("sa");
              config.setPassword("");
              config.setMaximumPoolSize(2);
              return new HikariDataSource(config);
            },
            ds -> ((HikariDataSource) ds).close(),
            dir,
            Long.getLong("lon.crash.seed", System.nanoTime()));
    String summary = crash.run(cycles);
    System.out.println("[reliability] crash cycles on H2 file (" + url + "): " + summary);
    org.junit.jupiter.api.Assertions.assertTrue(
        summary.startsWith(cycles + " kill-and-reopen cycles")
            && summary.contains(
                "acknowledged writes lost 0, events without their audit record 0, audit records of applied writes with no write 0, inconsistent tables 0"),
        summary);
  }
}

package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** What the PostgreSQL tests do when the binaries are missing: skip, or fail on CI. */
class PostgresServerTest {

  @Test
  void missingBinaries_onCi_failWithTheInstallCommand() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PostgresServer.missing(PostgresServer.INSTALL_HINT, "true"));
    assertTrue(
        e.getMessage().contains("apt-get update && apt-get install -y postgresql"), e.getMessage());
  }

  @Test
  void missingBinaries_elsewhere_skipWithTheInstallCommand() {
    TestAbortedException e =
        assertThrows(
            TestAbortedException.class,
            () -> PostgresServer.missing(PostgresServer.INSTALL_HINT, null));
    assertTrue(e.getMessage().contains(PostgresServer.INSTALL_HINT), e.getMessage());
    assertThrows(
        TestAbortedException.class,
        () -> PostgresServer.missing(PostgresServer.INSTALL_HINT, "false"));
  }

  @Test
  void binaries_areFoundOnThisMachine_whenInstalled() {
    // informative: on a machine with PostgreSQL the lookup must succeed
    if (java.nio.file.Files.isDirectory(java.nio.file.Paths.get("/usr/lib/postgresql"))) {
      assertTrue(PostgresServer.findBinDir().isPresent());
      assertEquals(
          true,
          java.nio.file.Files.isExecutable(PostgresServer.findBinDir().get().resolve("initdb")));
    }
  }
}

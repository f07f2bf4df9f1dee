package nl.lon.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL server for tests: started once per test JVM on a free localhost port with
 * a temporary data directory, stopped and deleted when the JUnit run ends (and by a JVM shutdown
 * hook, should the run be cut short).
 *
 * <p>Use it with {@code @ExtendWith(PostgresServer.class)} on a test class, then call {@link
 * #get()} and {@link Instance#createDatabase(String)}. The binaries are found with {@code pg_config
 * --bindir}, in {@code /usr/lib/postgresql/<version>/bin} (highest version first), {@code
 * /usr/local/pgsql/bin}, or on the {@code PATH}; {@code LON_PG_BINDIR} overrides all. When the
 * tests run as root, {@code initdb} and {@code pg_ctl} run as the {@code postgres} OS user
 * (PostgreSQL refuses to run as root) through {@code runuser}, and the data directory is handed to
 * that user.
 *
 * <p>When no binaries are found the tests are skipped with the install command, or, when the
 * environment variable {@code CI} is {@code true}, they fail with it.
 */
public final class PostgresServer implements BeforeAllCallback {

  /** What to run when PostgreSQL is missing. */
  public static final String INSTALL_HINT =
      "PostgreSQL not installed: apt-get update && apt-get install -y postgresql";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresServer.class);

  private static Instance instance;
  private static String unavailable;

  /** Creates the extension; JUnit does this. */
  public PostgresServer() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    get();
    // stopped when the whole run ends, not after this class: the server is shared
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("server", k -> new Stopper(), Stopper.class);
  }

  /** Closed by JUnit when the root context closes: after the last test of the run. */
  private static final class Stopper implements AutoCloseable {
    @Override
    public void close() {
      stop();
    }
  }

  /**
   * The running server, started on first use.
   *
   * @return the server
   * @throws org.opentest4j.TestAbortedException when PostgreSQL is not installed (not on CI)
   * @throws IllegalStateException when PostgreSQL is not installed on CI, or does not start
   */
  public static synchronized Instance get() {
    if (instance != null) {
      return instance;
    }
    if (unavailable != null) {
      missing(unavailable);
    }
    Optional<Path> bin = findBinDir();
    if (bin.isEmpty()) {
      unavailable = INSTALL_HINT;
      missing(unavailable);
    }
    instance = Instance.start(bin.get());
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "postgres-stop"));
    return instance;
  }

  private static void missing(String message) {
    missing(message, System.getenv("CI"));
  }

  /** Fails when {@code ci} is {@code true}, else aborts (skips) the test. */
  static void missing(String message, String ci) {
    if ("true".equals(ci)) {
      throw new IllegalStateException(message + " (required on CI, where CI=true)");
    }
    Assumptions.abort(message);
  }

  /** Stops the server and deletes its directory; does nothing when none runs. */
  public static synchronized void stop() {
    if (instance != null) {
      Instance i = instance;
      instance = null;
      i.stopAndDelete();
    }
  }

  // ===================================================================================
  // finding binaries

  static Optional<Path> findBinDir() {
    List<Path> candidates = new ArrayList<>();
    String override = System.getenv("LON_PG_BINDIR");
    if (override != null && !override.isBlank()) {
      candidates.add(Paths.get(override));
    }
    try {
      Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
        candidates.add(Paths.get(out));
      }
    } catch (IOException e) {
      // no pg_config: look elsewhere
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Path debian = Paths.get("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .sorted(Comparator.comparing(PostgresServer::versionOf).reversed())
            .forEach(v -> candidates.add(v.resolve("bin")));
      } catch (IOException e) {
        // unreadable: look elsewhere
      }
    }
    candidates.add(Paths.get("/usr/local/pgsql/bin"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Paths.get(dir));
        }
      }
    }
    return candidates.stream()
        .filter(
            d ->
                Files.isExecutable(d.resolve("initdb"))
                    && Files.isExecutable(d.resolve("pg_ctl"))
                    && Files.isExecutable(d.resolve("postgres")))
        .findFirst();
  }

  private static double versionOf(Path dir) {
    try {
      return Double.parseDouble(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  // ===================================================================================
  // the server

  /** A running server. */
  public static final class Instance {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path root;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private Instance(Path bin, Path root, Path data, int port, boolean asPostgresUser) {
      this.bin = bin;
      this.root = root;
      this.data = data;
      this.port = port;
      this.asPostgresUser = asPostgresUser;
    }

    static Instance start(Path bin) {
      boolean root = isRoot();
      Path dir;
      try {
        dir = Files.createTempDirectory("lon-pg-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path data = dir.resolve("data");
      try {
        if (root) {
          run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false, bin);
        }
        run(
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync"),
            root,
            bin);
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
          int port = freePort();
          try {
            run(
                List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-l",
                    dir.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p "
                        + port
                        + " -k "
                        + dir
                        + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "start"),
                root,
                bin);
            return new Instance(bin, dir, data, port, root);
          } catch (IllegalStateException e) {
            failure = e;
          }
        }
        throw failure;
      } catch (RuntimeException e) {
        deleteTree(dir);
        throw e;
      }
    }

    /**
     * The port the server listens on, on 127.0.0.1.
     *
     * @return the port
     */
    public int port() {
      return port;
    }

    /**
     * The JDBC URL of a database on this server; user {@code postgres}, no password.
     *
     * @param database the database name
     * @return the URL
     */
    public String jdbcUrl(String database) {
      return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates a new, empty database.
     *
     * @param prefix the start of its name: lower-case letters, digits and underscores
     * @return the database's name
     */
    public String createDatabase(String prefix) {
      String name =
          prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
              + "_"
              + DATABASES.incrementAndGet();
      try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
      } catch (SQLException e) {
        throw new IllegalStateException("could not create database " + name, e);
      }
      return name;
    }

    void stopAndDelete() {
      try {
        run(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "stop"),
            asPostgresUser,
            bin);
      } catch (RuntimeException e) {
        System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
      } finally {
        deleteTree(root);
      }
    }

    @Override
    public String toString() {
      return "PostgresServer{port=" + port + ", dir=" + root + "}";
    }
  }

  private static boolean isRoot() {
    if ("root".equals(System.getProperty("user.name"))) {
      return true;
    }
    try {
      Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor(10, TimeUnit.SECONDS);
      return "0".equals(out);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(List<String> command, boolean asPostgresUser, Path bin) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
      pb.environment().put("LC_ALL", "C");
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", full));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "failed with exit code "
                + p.exitValue()
                + ": "
                + String.join(" ", full)
                + "\n"
                + new String(out, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not run " + String.join(" ", full) + " (PostgreSQL binaries in " + bin + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }
}

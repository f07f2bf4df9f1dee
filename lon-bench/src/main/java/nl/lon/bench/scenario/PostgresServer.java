package nl.lon.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for the benchmarks: finds the binaries under {@code
 * /usr/lib/postgresql/<version>/bin}, runs {@code initdb} and {@code pg_ctl} in a temporary data
 * directory on a free port (as the {@code postgres} user via {@code runuser} when running as root),
 * and stops and deletes it again.
 *
 * <p>The server keeps PostgreSQL's default settings (fsync and synchronous commit on), so every
 * contender pays for durable commits the way a production database would; only {@code initdb} runs
 * with {@code --no-sync}. Every contender gets its own database in the same server.
 *
 * <p>Used only when available ({@link #available()}); a run script may start one server for a whole
 * benchmark run with {@code java -cp benchmarks.jar nl.lon.bench.scenario.PostgresServer start
 * <dir>} and hand its URL to the forks in the environment variable {@value #URL_VARIABLE}.
 *
 * @since 0.1
 */
public final class PostgresServer implements AutoCloseable {

  /** The environment variable (or system property) naming a running server's admin JDBC URL. */
  public static final String URL_VARIABLE = "LON_BENCH_POSTGRES_URL";

  private static final Path ROOT = Paths.get("/usr/lib/postgresql");

  private final Path bin;
  private final Path dataDir;
  private final int port;
  private final boolean asRoot;

  private PostgresServer(Path bin, Path dataDir, int port, boolean asRoot) {
    this.bin = bin;
    this.dataDir = dataDir;
    this.port = port;
    this.asRoot = asRoot;
  }

  /**
   * The URL of a server started for this run, if the run script handed one over.
   *
   * @return the admin JDBC URL (database {@code postgres}, user {@code postgres})
   */
  public static Optional<String> externalUrl() {
    String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  /**
   * Whether a server can be started here: the binaries exist and, when running as root, a {@code
   * postgres} user and {@code runuser} exist. A server handed over by {@link #externalUrl()} also
   * counts.
   *
   * @return true when PostgreSQL benchmarks can run
   */
  public static boolean available() {
    if (externalUrl().isPresent()) {
      return true;
    }
    if (binaries().isEmpty()) {
      return false;
    }
    if (!isRoot()) {
      return true;
    }
    return Files.isExecutable(Paths.get("/usr/sbin/runuser"))
            || Files.isExecutable(Paths.get("/sbin/runuser"))
        ? run(List.of("id", "-u", "postgres"), false) == 0
        : false;
  }

  /**
   * The newest PostgreSQL binaries directory with {@code initdb} and {@code pg_ctl}.
   *
   * @return the directory, or empty when PostgreSQL is not installed
   */
  public static Optional<Path> binaries() {
    if (!Files.isDirectory(ROOT)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(ROOT)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparingInt(PostgresServer::majorVersion));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Initialises and starts a server in a new temporary data directory.
   *
   * @return the running server
   * @throws IllegalStateException when PostgreSQL is not available or fails to start
   */
  public static PostgresServer start() {
    try {
      Path dir = Files.createTempDirectory("lon-bench-pg-");
      return start(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Initialises and starts a server in an empty directory.
   *
   * @param dataDir the data directory (created when missing)
   * @return the running server
   */
  public static PostgresServer start(Path dataDir) {
    Path bin =
        binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL under " + ROOT));
    boolean root = isRoot();
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root) {
      check(run(List.of("chown", "postgres", dataDir.toString()), true), "chown " + dataDir);
    }
    int port = freePort();
    PostgresServer server = new PostgresServer(bin, dataDir, port, root);
    Path pgdata = dataDir.resolve("pgdata");
    check(
        server.asPostgres(
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                pgdata.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync")),
        "initdb");
    String options =
        "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c max_connections=100";
    check(
        server.asPostgres(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                pgdata.toString(),
                "-o",
                options,
                "-l",
                dataDir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "start")),
        "pg_ctl start");
    return server;
  }

  /**
   * The JDBC URL of database {@code postgres}, user {@code postgres}.
   *
   * @return the admin URL
   */
  public String adminUrl() {
    return url(port, "postgres");
  }

  /**
   * The JDBC URL of a database on the server behind an admin URL.
   *
   * @param adminUrl the admin URL
   * @param database the database
   * @return its URL
   */
  public static String databaseUrl(String adminUrl, String database) {
    return adminUrl.replaceFirst("/postgres\\?", "/" + database + "?");
  }

  private static String url(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  /** Stops the server and deletes its data directory. */
  @Override
  public void close() {
    asPostgres(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            dataDir.resolve("pgdata").toString(),
            "-m",
            "immediate",
            "-w",
            "stop"));
    run(List.of("rm", "-rf", dataDir.toString()), true);
  }

  private int asPostgres(List<String> command) {
    List<String> full = new ArrayList<>();
    if (asRoot) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    return run(full, true);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(int exit, String what) {
    if (exit != 0) {
      throw new IllegalStateException(what + " failed with exit code " + exit);
    }
  }

  private static int run(List<String> command, boolean log) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      if (p.exitValue() != 0 && log) {
        System.err.println(
            String.join(" ", command) + ":\n" + new String(out, StandardCharsets.UTF_8));
      }
      return p.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Starts or stops a server for a whole benchmark run.
   *
   * <ul>
   *   <li>{@code start <dir>}: starts a server in {@code <dir>} and prints its admin JDBC URL;
   *   <li>{@code stop <dir>}: stops the server in {@code <dir>} and deletes the directory;
   *   <li>{@code available}: prints {@code true} or {@code false}.
   * </ul>
   *
   * @param args the command and directory
   */
  public static void main(String[] args) {
    String command = args.length > 0 ? args[0] : "available";
    switch (command) {
      case "available" -> System.out.println(available());
      case "start" -> System.out.println(start(Paths.get(args[1])).adminUrl());
      case "stop" -> {
        Path dir = Paths.get(args[1]);
        binaries().ifPresent(bin -> new PostgresServer(bin, dir, 0, isRoot()).close());
      }
      default ->
          throw new IllegalArgumentException(
              "usage: PostgresServer available | start <dir> | stop <dir>");
    }
  }
}

package nl.lon.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.lon.bench.scenario.CommandCounts;
import nl.lon.bench.scenario.Database;

/**
 * Reads the JMH results (JSON, {@code -rf json}) of a benchmark run and prints, as Markdown, the
 * machine, every result, and the ratios the README reports with their targets:
 *
 * <ul>
 *   <li>case service on H2 / Flowable (audit history) on H2, target at least 50×;
 *   <li>case service on H2 / raw JDBC one transaction per step, target at least 0.5×;
 *   <li>case service in memory / bare fold, target at least 1/20;
 *   <li>case service in memory / bare fold plus audit hash, target at least 1/2;
 *   <li>two threads on two networks / one thread on two networks, in memory, target at least 1.6×;
 *   <li>one more command at 10,000 events / at 10 events, target at most 1.5×;
 *   <li>the network agenda through the case service / one raw JDBC query read and folded, target at
 *       most 3×, at 1,000 and 10,000 cases;
 *   <li>agenda and management figures per case (or per event) at each size;
 *   <li>the case service under contention: throughput and conflict rate.
 * </ul>
 *
 * <p>Lifecycle benchmarks are throughputs (lifecycles per second, all threads together), so their
 * ratios say how many times more lifecycles per second; append and agenda are times per operation.
 * A ratio whose inputs were not measured (for example PostgreSQL where none runs) is shown as n/a.
 *
 * <p>Usage: {@code java -cp benchmarks.jar nl.lon.bench.report.RatioReport target/jmh-results.json
 * [target/jmh-ratios.md]}.
 *
 * @since 0.1
 */
public final class RatioReport {

  private final List<Result> results;
  private final StringBuilder out = new StringBuilder();

  private RatioReport(List<Result> results) {
    this.results = results;
  }

  /**
   * One JMH result.
   *
   * @param benchmark the benchmark, {@code Class.method} without the package
   * @param packageName the package of the benchmark class
   * @param mode thrpt, avgt, ...
   * @param threads the threads
   * @param params the parameters
   * @param score the primary score
   * @param error the primary score's error (99.9%), NaN when unknown
   * @param unit the primary score's unit
   * @param secondary the secondary scores by name
   */
  public record Result(
      String benchmark,
      String packageName,
      String mode,
      int threads,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      Map<String, Double> secondary) {

    /**
     * Whether a parameter has a value.
     *
     * @param name the parameter
     * @param value the value
     * @return true when it has
     */
    public boolean has(String name, String value) {
      return value.equals(params.get(name));
    }

    /**
     * The score in microseconds per operation, for time modes and single-thread throughputs.
     *
     * @return the time per operation
     */
    public double microsPerOp() {
      double factor =
          switch (unit.replaceAll("/op|ops/", "")) {
            case "ns" -> 1e-3;
            case "us" -> 1;
            case "ms" -> 1e3;
            case "s" -> 1e6;
            case "min" -> 60e6;
            default -> Double.NaN;
          };
      return unit.startsWith("ops/") ? factor / score * threads : score * factor;
    }
  }

  /**
   * Reads a JMH JSON result file.
   *
   * @param file the file
   * @return the results
   * @throws IOException when it cannot be read
   */
  public static List<Result> read(Path file) throws IOException {
    JsonNode root =
        JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<Result> results = new ArrayList<>();
    for (JsonNode n : root) {
      String full = n.path("benchmark").asText();
      int method = full.lastIndexOf('.');
      int cls = full.lastIndexOf('.', method - 1);
      Map<String, String> params = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.path("params").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        params.put(p.getKey(), p.getValue().asText());
      }
      Map<String, Double> secondary = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.path("secondaryMetrics").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> s = it.next();
        secondary.put(s.getKey(), s.getValue().path("score").asDouble(Double.NaN));
      }
      JsonNode primary = n.path("primaryMetric");
      results.add(
          new Result(
              full.substring(cls + 1),
              cls > 0 ? full.substring(0, cls) : "",
              n.path("mode").asText(),
              n.path("threads").asInt(1),
              params,
              primary.path("score").asDouble(Double.NaN),
              primary.path("scoreError").asDouble(Double.NaN),
              primary.path("scoreUnit").asText(),
              secondary));
    }
    return results;
  }

  /**
   * Prints the report of a result file, and writes it to a second file when one is named.
   *
   * @param args the JSON file (default {@code target/jmh-results.json}) and optionally the Markdown
   *     file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path json = Paths.get(args.length > 0 ? args[0] : "target/jmh-results.json");
    List<CommandCounts.Row> counts = new ArrayList<>(CommandCounts.all(Database.Kind.H2));
    if (System.getenv("LON_BENCH_POSTGRES_URL") != null
        && Database.available(Database.Kind.POSTGRES)) {
      counts.addAll(CommandCounts.all(Database.Kind.POSTGRES));
    }
    String report = render(read(json), counts);
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.print(report);
    if (args.length > 1) {
      Files.writeString(Paths.get(args[1]), report, StandardCharsets.UTF_8);
    }
  }

  /**
   * Renders the report.
   *
   * @param results the results
   * @return Markdown
   */
  public static String render(List<Result> results) {
    return render(results, List.of());
  }

  /**
   * Renders the report with the statements and commits per command of the JDBC contenders.
   *
   * @param results the results
   * @param counts the counts of {@link CommandCounts#all}, for each database measured
   * @return Markdown
   */
  public static String render(List<Result> results, List<CommandCounts.Row> counts) {
    RatioReport r = new RatioReport(results);
    r.machine();
    r.ratios();
    r.counts(counts);
    r.scaling();
    r.all();
    return r.out.toString();
  }

  // ---------------------------------------------------------------- sections

  private void machine() {
    line("## LON SDK benchmarks, " + LocalDate.now());
    line("");
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    line(
        String.format(
            Locale.ROOT,
            "Machine: %d CPUs, %.1f GiB memory, %s %s (%s), %s %s.",
            Runtime.getRuntime().availableProcessors(),
            memory / (1024.0 * 1024 * 1024),
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vendor"),
            System.getProperty("os.name"),
            System.getProperty("os.arch")));
    line("");
  }

  private void ratios() {
    line("### Ratios and targets");
    line("");
    line("| ratio | value | target | verdict |");
    line("|---|---:|---:|---|");
    for (String db : List.of("H2", "POSTGRES")) {
      String on = db.equals("H2") ? "H2" : "PostgreSQL";
      Optional<Result> ours = find("CaseLifecycleBenchmark.lifecycle", p -> p.has("backend", db));
      Optional<Result> ours4 =
          find("CaseLifecycleBenchmark.lifecycle4Threads", p -> p.has("backend", db));
      ratio(
          "case service on " + on + " / Flowable (audit history) on " + on + ", lifecycles/s",
          ours,
          find(
              "FlowableLifecycleBenchmark.lifecycle",
              p -> p.has("database", db) && p.has("history", "AUDIT")),
          50,
          true);
      ratio(
          "case service on " + on + " / Flowable (history off) on " + on + ", lifecycles/s",
          ours,
          find(
              "FlowableLifecycleBenchmark.lifecycle",
              p -> p.has("database", db) && p.has("history", "NONE")),
          Double.NaN,
          true);
      ratio(
          "4 threads: case service on "
              + on
              + " / Flowable (audit history) on "
              + on
              + ", lifecycles/s",
          ours4,
          find(
              "FlowableLifecycleBenchmark.lifecycle4Threads",
              p -> p.has("database", db) && p.has("history", "AUDIT")),
          Double.NaN,
          true);
      ratio(
          "case service on " + on + " / raw JDBC one transaction per step, lifecycles/s",
          ours,
          find("RawJdbcLifecycleBenchmark.onePerStep", p -> p.has("database", db)),
          0.5,
          true);
      ratio(
          "case service on " + on + " / raw JDBC all in one transaction, lifecycles/s",
          ours,
          find("RawJdbcLifecycleBenchmark.allInOne", p -> p.has("database", db)),
          Double.NaN,
          true);
    }
    ratio(
        "case service in memory / bare fold, lifecycles/s",
        find("CaseLifecycleBenchmark.lifecycle", p -> p.has("backend", "MEMORY")),
        find("BareFoldBenchmark.lifecycle", p -> true),
        1.0 / 20,
        true);
    ratio(
        "case service in memory / bare fold plus audit hash, lifecycles/s",
        find("CaseLifecycleBenchmark.lifecycle", p -> p.has("backend", "MEMORY")),
        find("BareFoldBenchmark.lifecycleWithAudit", p -> true),
        1.0 / 2,
        true);
    ratio(
        "bare fold plus audit hash / bare fold, lifecycles/s",
        find("BareFoldBenchmark.lifecycleWithAudit", p -> true),
        find("BareFoldBenchmark.lifecycle", p -> true),
        Double.NaN,
        true);
    for (String b : List.of("MEMORY", "H2", "POSTGRES")) {
      ratio(
          "4 threads / 1 thread, case service on " + label(b) + ", lifecycles/s",
          find("CaseLifecycleBenchmark.lifecycle4Threads", p -> p.has("backend", b)),
          find("CaseLifecycleBenchmark.lifecycle", p -> p.has("backend", b)),
          Double.NaN,
          true);
    }
    ratio(
        "2 threads on 2 networks / 1 thread on 2 networks, case service in memory, lifecycles/s",
        find("NetworkScalingBenchmark.twoThreads", p -> true),
        find("NetworkScalingBenchmark.oneThread", p -> true),
        1.6,
        true);
    for (String b : List.of("MEMORY", "H2", "POSTGRES")) {
      ratio(
          "one more command at 10,000 events / at 10 events, " + label(b) + ", time per command",
          find(
              "AppendScalingBenchmark.append",
              p -> p.has("backend", b) && p.has("length", "10000")),
          find("AppendScalingBenchmark.append", p -> p.has("backend", b) && p.has("length", "10")),
          1.5,
          false);
    }
    for (String n : List.of("1000", "10000")) {
      for (String b : List.of("H2", "POSTGRES")) {
        for (String how : List.of("service", "freshService")) {
          ratio(
              "network agenda through the "
                  + (how.equals("service") ? "case service" : "case service, first call")
                  + " / one-query read-and-fold floor, "
                  + label(b)
                  + ", "
                  + String.format(Locale.ROOT, "%,d", Integer.parseInt(n))
                  + " cases, time per agenda",
              find("NetworkAgendaBenchmark." + how, p -> p.has("database", b) && p.has("cases", n)),
              find("NetworkAgendaBenchmark.floor", p -> p.has("database", b) && p.has("cases", n)),
              b.equals("H2") ? 3 : Double.NaN,
              false);
        }
      }
    }
    line("");
    line(
        "Lifecycle ratios divide throughputs: how many times more lifecycles per second. The append ratio divides "
            + "times per command: how many times slower at 10,000 events; the agenda ratio divides times per "
            + "agenda.");
    line("");
  }

  private void counts(List<CommandCounts.Row> counts) {
    if (counts.isEmpty()) {
      return;
    }
    line("### Statements and commits per command");
    line("");
    line(
        "| contender | database | statements/command | commits/command | auto-commit"
            + " statements/command | batches (rows) per lifecycle | lifecycles/s |");
    line("|---|---|---:|---:|---:|---:|---:|");
    for (CommandCounts.Row c : counts) {
      String db = c.kind().name();
      Optional<Result> measured =
          switch (c.contender()) {
            case "case service" ->
                find("CaseLifecycleBenchmark.lifecycle", p -> p.has("backend", db));
            case "raw JDBC, one transaction per step" ->
                find("RawJdbcLifecycleBenchmark.onePerStep", p -> p.has("database", db));
            case "raw JDBC, all in one transaction" ->
                find("RawJdbcLifecycleBenchmark.allInOne", p -> p.has("database", db));
            case "Flowable, audit history" ->
                find(
                    "FlowableLifecycleBenchmark.lifecycle",
                    p -> p.has("database", db) && p.has("history", "AUDIT"));
            case "Flowable, history off" ->
                find(
                    "FlowableLifecycleBenchmark.lifecycle",
                    p -> p.has("database", db) && p.has("history", "NONE"));
            default -> Optional.empty();
          };
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %d (%d) | %s |",
              c.contender(),
              label(db),
              number(c.statementsPerCommand()),
              number(c.commitsPerCommand()),
              number(c.autoCommitStatementsPerCommand()),
              c.counts().batches(),
              c.counts().batchedRows(),
              measured.map(m -> number(m.score())).orElse("")));
    }
    line("");
    line(
        "Counted with a proxy around each contender's data source (`JdbcCounter`) over one warm"
            + " lifecycle of ten commands: a JDBC batch counts as one statement; an auto-commit"
            + " statement is a transaction of its own besides the commits.");
    line("");
  }

  private void scaling() {
    line("### Per-case costs and contention");
    line("");
    line("| measurement | size | time per call | per case (or event) |");
    line("|---|---:|---:|---:|");
    for (Result r : results) {
      if (r.benchmark().startsWith("AgendaBenchmark.")) {
        int n = Integer.parseInt(r.params().get("cases"));
        line(
            String.format(
                Locale.ROOT,
                "| agenda (%s) | %,d open cases | %s | %s per case |",
                r.benchmark(),
                n,
                micros(r.microsPerOp()),
                micros(r.microsPerOp() / n)));
      }
    }
    for (Result r : results) {
      if (r.packageName().endsWith(".figures")) {
        Optional<Map.Entry<String, String>> size =
            r.params().entrySet().stream().filter(e -> e.getValue().matches("\\d+")).findFirst();
        if (size.isPresent()) {
          long n = Long.parseLong(size.get().getValue());
          line(
              String.format(
                  Locale.ROOT,
                  "| figures (%s) | %,d %s | %s | %s per %s |",
                  r.benchmark(),
                  n,
                  size.get().getKey(),
                  micros(r.microsPerOp()),
                  micros(r.microsPerOp() / n),
                  size.get().getKey().replaceAll("s$", "")));
        } else {
          line(
              String.format(
                  Locale.ROOT,
                  "| figures (%s) | %s | %s | |",
                  r.benchmark(),
                  r.params(),
                  micros(r.microsPerOp())));
        }
      }
    }
    line("");
    line(
        "| contention: 4 threads, one case | attempts/s | appended/s | conflicts/s | conflict rate |");
    line("|---|---:|---:|---:|---:|");
    for (Result r : results) {
      if (r.benchmark().equals("ContentionBenchmark.append")) {
        double ok = r.secondary().getOrDefault("appended", Double.NaN);
        double conflicts = r.secondary().getOrDefault("conflicts", Double.NaN);
        line(
            String.format(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f | %,.0f | %.1f%% |",
                label(r.params().get("backend")),
                r.score(),
                ok,
                conflicts,
                100 * conflicts / (ok + conflicts)));
      }
    }
    line("");
    line(
        "Every contention iteration ended with the case's version equal to its start version plus the successful "
            + "appends (checked at tear-down; a lost event fails the benchmark).");
    line("");
  }

  private void all() {
    line("### All results");
    line("");
    line("| benchmark | parameters | threads | score | error (99.9%) | unit | time per op |");
    line("|---|---|---:|---:|---:|---|---:|");
    for (Result r : results) {
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %s | %s | %s | %s |",
              r.benchmark(),
              params(r),
              r.threads(),
              number(r.score()),
              number(r.error()),
              r.unit(),
              micros(r.microsPerOp())));
    }
    line("");
  }

  // ---------------------------------------------------------------- helpers

  private Optional<Result> find(String benchmark, Predicate<Result> filter) {
    return results.stream().filter(r -> r.benchmark().equals(benchmark)).filter(filter).findFirst();
  }

  /** A ratio row: larger-is-better scores for throughputs, time ratios for times. */
  private void ratio(
      String name, Optional<Result> a, Optional<Result> b, double target, boolean atLeast) {
    if (a.isEmpty() || b.isEmpty()) {
      if (!Double.isNaN(target)) {
        line("| " + name + " | n/a (not measured) | " + targetText(target, atLeast) + " | n/a |");
      }
      return;
    }
    double value = a.get().score() / b.get().score();
    String verdict = "";
    if (!Double.isNaN(target)) {
      boolean met = atLeast ? value >= target : value <= target;
      double factor = atLeast ? target / value : value / target;
      verdict = met ? "met" : String.format(Locale.ROOT, "**missed** (%s× short)", number(factor));
    }
    line(
        "| "
            + name
            + " | "
            + ratioText(value)
            + " | "
            + targetText(target, atLeast)
            + " | "
            + verdict
            + " |");
  }

  private static String ratioText(double v) {
    return v >= 0.1 || v == 0
        ? number(v) + "×"
        : "1/" + number(1 / v) + " (" + String.format(Locale.ROOT, "%.4f", v) + "×)";
  }

  private static String targetText(double target, boolean atLeast) {
    if (Double.isNaN(target)) {
      return "";
    }
    return (atLeast ? "≥ " : "≤ ")
        + (target < 0.1 ? "1/" + number(1 / target) : number(target) + "×");
  }

  private static String label(String backend) {
    return switch (backend == null ? "" : backend) {
      case "MEMORY" -> "in memory";
      case "H2" -> "H2";
      case "POSTGRES" -> "PostgreSQL";
      default -> String.valueOf(backend);
    };
  }

  private static String params(Result r) {
    StringBuilder s = new StringBuilder();
    r.params()
        .forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return s.toString();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, a >= 1 ? "%.2f" : "%.3g", v);
  }

  private static String micros(double us) {
    if (Double.isNaN(us)) {
      return "";
    }
    if (us >= 1e6) {
      return number(us / 1e6) + " s";
    }
    if (us >= 1e3) {
      return number(us / 1e3) + " ms";
    }
    if (us >= 1) {
      return number(us) + " µs";
    }
    return number(us * 1e3) + " ns";
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}

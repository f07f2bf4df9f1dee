package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.rules.process.CaseCommand;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;

/**
 * Kill-and-reopen cycles through the public case service: start a {@link ServiceCrashWriter} in a
 * child JVM, kill it with SIGKILL at a random moment while it writes, reopen the database and count
 * what a crash must never leave: acknowledged commands lost, events without their audit record,
 * audit records of applied writes without their write, personal data without their signal or a
 * signal without its personal data, and inconsistent tables (a stream version that disagrees with
 * its events, a network feed that misses events, an audit chain that does not verify). The same
 * database is reused across cycles, so damage would accumulate; every acknowledgement of every
 * earlier cycle is checked again each time.
 */
final class CrashCycles {

  private static final Pattern ACK = Pattern.compile("ACK (\\S+) (\\d+) (\\S+)");

  record Ack(CaseId caseId, long version, String command) {}

  private final String url;
  private final String user;
  private final String password;
  private final Supplier<DataSource> openForCheck;
  private final Consumer<DataSource> closeAfterCheck;
  private final Path logDir;
  private final long seed;
  private final Random random;
  private final List<Ack> acks = new ArrayList<>();
  private int killedAfterTime;
  private int killedAfterAcks;
  private long lostAcknowledged;
  private long eventsWithoutRecord;
  private long recordsWithoutWrite;
  private long inconsistent;
  private long events;
  private long replays;

  CrashCycles(
      String url,
      String user,
      String password,
      Supplier<DataSource> openForCheck,
      Consumer<DataSource> closeAfterCheck,
      Path logDir,
      long seed) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.openForCheck = openForCheck;
    this.closeAfterCheck = closeAfterCheck;
    this.logDir = logDir;
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** Runs the cycles; returns a one-line summary. A failure names the seed to repeat it. */
  String run(int cycles) throws Exception {
    try {
      return runCycles(cycles);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + " (repeat with -Dlon.crash.seed=" + seed + ")", e);
    }
  }

  private String runCycles(int cycles) throws Exception {
    DataSource first = openForCheck.get();
    try {
      ServiceCrashWriter.prepare(JdbcStores.create(first));
    } finally {
      closeAfterCheck.accept(first);
    }
    for (int cycle = 1; cycle <= cycles; cycle++) {
      List<Ack> cycleAcks = killOneWriter(cycle);
      acks.addAll(cycleAcks);
      DataSource ds = openForCheck.get();
      try {
        check(ds, cycle, cycleAcks);
      } finally {
        closeAfterCheck.accept(ds);
      }
    }
    assertTrue(acks.size() >= cycles, "the writers acknowledged too little to test anything");
    return cycles
        + " kill-and-reopen cycles through CaseService (seed "
        + seed
        + "; "
        + killedAfterTime
        + " after a random 100-600 ms, "
        + killedAfterAcks
        + " after a random number of acks): "
        + acks.size()
        + " acknowledged commands, "
        + events
        + " events; acknowledged writes lost "
        + lostAcknowledged
        + ", events without their audit record "
        + eventsWithoutRecord
        + ", audit records of applied writes with no write "
        + recordsWithoutWrite
        + ", inconsistent tables "
        + inconsistent
        + "; "
        + replays
        + " retries of the last acknowledged command answered as replays";
  }

  private List<Ack> killOneWriter(int cycle) throws Exception {
    Path err = logDir.resolve("writer-" + cycle + ".err");
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ServiceCrashWriter.class.getName(),
                url,
                user,
                password,
                "c" + cycle)
            .redirectError(err.toFile());
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                  if (line.equals("READY")) {
                    ready.countDown();
                  }
                }
              } catch (IOException e) {
                // the pipe breaks when the child dies
              }
            },
            "crash-writer-reader-" + cycle);
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.await(60, TimeUnit.SECONDS)) {
        fail("writer " + cycle + " did not start: " + Files.readString(err));
      }
      if (random.nextBoolean()) {
        killedAfterTime++;
        Thread.sleep(100 + random.nextInt(501));
      } else {
        killedAfterAcks++;
        int wanted = 1 + random.nextInt(60);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
          synchronized (lines) {
            if (lines.size() > wanted) {
              break;
            }
          }
          Thread.sleep(1);
        }
      }
      if (!p.isAlive()) {
        fail("writer " + cycle + " died before it was killed: " + Files.readString(err));
      }
    } finally {
      p.destroyForcibly(); // SIGKILL on Linux
      p.waitFor(30, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(30));
    }
    List<Ack> result = new ArrayList<>();
    synchronized (lines) {
      for (String line : lines) {
        Matcher m = ACK.matcher(line);
        if (m.matches()) {
          result.add(new Ack(CaseId.of(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
        }
      }
    }
    return result;
  }

  private void check(DataSource ds, int cycle, List<Ack> cycleAcks) {
    String at = "after cycle " + cycle + ": ";
    JdbcStores stores = JdbcStores.withoutMigration(ds);
    EventStore store = stores.eventStore();
    AuditLog log = stores.auditLog();
    long total = 0;
    for (CaseId caseId : store.streams(ServiceCrashWriter.NETWORK)) {
      List<CaseEvent> stream = store.read(caseId);
      if (store.version(caseId) != stream.size()) {
        inconsistent++;
      }
      total += stream.size();
      long applied = 0;
      for (AuditRecord r : log.readForCase(ServiceCrashWriter.NETWORK, caseId)) {
        if (r.getOutcome() == AuditOutcome.ALLOWED
            && r.getAction() != AuditAction.READ
            && !r.getDetails().containsKey(nl.lon.persistence.store.UnitOfWork.REPLAY_DETAIL)) {
          applied++;
        }
      }
      // every command of the writer appends exactly one event in the unit of its audit record
      eventsWithoutRecord += Math.max(0, stream.size() - applied);
      recordsWithoutWrite += Math.max(0, applied - stream.size());
      SignalReceived signal = (SignalReceived) stream.get(0);
      if (!stores.vault().contains(ServiceCrashWriter.NETWORK, signal.getClientNumber(), caseId)) {
        inconsistent++; // the signal was stored without the personal data of its unit
      }
    }
    long seen = 0;
    long last = 0;
    List<StoredEvent> page;
    while (!(page = store.readNetwork(ServiceCrashWriter.NETWORK, last, 500)).isEmpty()) {
      for (StoredEvent e : page) {
        assertTrue(e.getPosition() > last, at + "positions increase");
        last = e.getPosition();
        seen++;
      }
    }
    if (seen != total) {
      inconsistent++;
    }
    AuditLogVerification v = log.verify();
    if (!v.isOk()) {
      inconsistent++;
    }
    events = total;
    for (Ack a : acks) {
      List<CaseEvent> stream = store.read(a.caseId());
      if (stream.size() < a.version()
          || !isCommand(stream.get((int) a.version() - 1), a.command())) {
        lostAcknowledged++;
      }
    }
    assertEquals(0, lostAcknowledged, at + "acknowledged commands lost");
    assertEquals(0, eventsWithoutRecord, at + "events without their audit record");
    assertEquals(0, recordsWithoutWrite, at + "audit records of applied writes with no write");
    assertEquals(
        0, inconsistent, at + "inconsistencies (stream versions, vault, feed, chain " + v + ")");

    // the last acknowledged addition, retried with its key, is answered as a replay
    for (int i = cycleAcks.size() - 1; i >= 0; i--) {
      Ack a = cycleAcks.get(i);
      if (a.command().endsWith("-judge") || a.version() == 1) {
        continue;
      }
      CaseService service = ServiceCrashWriter.service(stores);
      CommandReceipt again =
          service.execute(
              ServiceCrashWriter.DIRECTOR,
              Purpose.of("crash test"),
              a.caseId(),
              new CaseCommand.AddInformation(ServiceCrashWriter.GGD, "cmd=" + a.command()),
              Optional.of(a.command()));
      assertTrue(again.isReplay(), at + "retry of " + a.command() + " must be a replay");
      assertEquals(
          a.version(), again.getVersion(), at + "the replay answers the acknowledged version");
      replays++;
      break;
    }
  }

  private static boolean isCommand(CaseEvent e, String command) {
    if (command.endsWith("-judge")) {
      return e instanceof ReportJudged;
    }
    if (e instanceof SignalReceived) {
      return ((SignalReceived) e).getClientNumber().equals(ClientNumber.of("C-" + command));
    }
    return e instanceof InformationAdded
        && ((InformationAdded) e).getSummary().equals("cmd=" + command);
  }
}

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;

/**
 * Kill-and-reopen cycles: start a {@link CrashWriter} in a child JVM, kill it with SIGKILL at a
 * random moment while it writes, reopen the database and check that nothing acknowledged was
 * lost and nothing half-written is visible. The same database is reused across cycles, so damage
 * would accumulate; every acknowledgement of every earlier cycle is checked again each time.
 */
final class CrashCycles {

  private static final Pattern ACK =
      Pattern.compile("ACK (\\S+) (\\d+) (\\d+) (\\S+)");
  private static final Pattern MARKER = Pattern.compile("batch=(\\S+);part=(\\d+)/(\\d+)");

  record Ack(String stream, long lastSequence, long auditSequence, String batchId) {}

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
  private long inFlightCommitted;
  private long inFlightAuditMissing;

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
      throw new AssertionError(
          e.getMessage() + " (repeat with -Dlon.crash.seed=" + seed + ")", e);
    }
  }

  private String runCycles(int cycles) throws Exception {
    DataSource first = openForCheck.get();
    try {
      JdbcStores.migrate(first);
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
        + " kill-and-reopen cycles (seed "
        + seed
        + "; "
        + killedAfterTime
        + " after a random 100-600 ms, "
        + killedAfterAcks
        + " after a random number of acks): "
        + acks.size()
        + " acknowledged appends all found; "
        + inFlightCommitted
        + " killed appends had committed without ack, "
        + inFlightAuditMissing
        + " of those lacked their audit record";
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
                CrashWriter.class.getName(),
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
          result.add(
              new Ack(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(4)));
        }
      }
    }
    return result;
  }

  private void check(DataSource ds, int cycle, List<Ack> cycleAcks) {
    String at = "after cycle " + cycle + ": ";
    JdbcStores stores = JdbcStores.withoutMigration(ds); // migrated before the first cycle
    EventStore store = stores.eventStore();
    AuditLog log = stores.auditLog();

    // every stream whole: sequences 1..version, every batch all-or-none and contiguous
    Map<String, Long> batchLastSequence = new HashMap<>();
    Map<String, Integer> batchSize = new HashMap<>();
    Map<String, CaseId> batchStream = new HashMap<>();
    long total = 0;
    for (int s = 0; s < CrashWriter.STREAMS; s++) {
      CaseId stream = CrashWriter.stream(s);
      List<CaseEvent> events = store.read(stream);
      assertEquals(store.version(stream), events.size(), at + stream + " version");
      total += events.size();
      String open = null;
      int expectedPart = 0;
      int parts = 0;
      for (int i = 0; i < events.size(); i++) {
        CaseEvent e = events.get(i);
        assertEquals(i + 1, e.getSequence(), at + stream + " sequences contiguous from 1");
        assertEquals(stream, e.getCaseId());
        Matcher m = MARKER.matcher(((CaseReopened) e).getReason());
        assertTrue(m.matches(), at + "marker of " + stream + "#" + (i + 1));
        String id = m.group(1);
        int part = Integer.parseInt(m.group(2));
        int of = Integer.parseInt(m.group(3));
        if (open == null) {
          assertEquals(1, part, at + "batch " + id + " starts with part 1");
          assertTrue(batchLastSequence.get(id) == null, at + "batch " + id + " written twice");
          open = id;
          expectedPart = 1;
          parts = of;
        } else {
          assertEquals(open, id, at + "batch " + open + " interrupted by " + id);
          assertEquals(expectedPart, part, at + "parts of batch " + id);
          assertEquals(parts, of);
        }
        if (part == of) {
          batchLastSequence.put(id, e.getSequence());
          batchSize.put(id, of);
          batchStream.put(id, stream);
          open = null;
        } else {
          expectedPart++;
        }
      }
      assertEquals(null, open, at + "batch " + open + " of " + stream + " is partial");
    }

    // the network feed holds exactly these events, in strictly increasing positions
    long last = 0;
    long seen = 0;
    List<StoredEvent> page;
    while (!(page = store.readNetwork(CrashWriter.NETWORK, last, 500)).isEmpty()) {
      for (StoredEvent e : page) {
        assertTrue(e.getPosition() > last, at + "positions increase");
        last = e.getPosition();
        seen++;
      }
    }
    assertEquals(total, seen, at + "network feed size");

    // the audit chain verifies, and holds one record per acknowledged append
    AuditLogVerification v = log.verify();
    assertTrue(v.isOk(), at + v);
    long size = log.size(CrashWriter.NETWORK);
    Map<Long, String> auditPurpose = new HashMap<>();
    for (long from = 1; from <= size; from += 1000) {
      for (AuditRecord r : log.read(CrashWriter.NETWORK, from, 1000)) {
        auditPurpose.put(r.getSequence(), r.getPurpose());
      }
    }
    assertEquals(size, auditPurpose.size(), at + "audit records");
    Set<String> audited = new HashSet<>();
    for (String purpose : auditPurpose.values()) {
      String id = purpose.substring("batch ".length());
      assertTrue(batchLastSequence.containsKey(id), at + "audit record for unwritten " + id);
      audited.add(id);
    }

    // nothing acknowledged is lost, in this cycle or any before
    for (Ack a : acks) {
      assertEquals(
          Long.valueOf(a.lastSequence()),
          batchLastSequence.get(a.batchId()),
          at + "acknowledged batch " + a.batchId() + " of " + a.stream());
      assertEquals(a.stream(), batchStream.get(a.batchId()).getValue());
      assertEquals(
          "batch " + a.batchId(),
          auditPurpose.get(a.auditSequence()),
          at + "audit record " + a.auditSequence() + " of acknowledged batch " + a.batchId());
    }

    // committed but unacknowledged appends of the killed writer (allowed, counted)
    Set<String> acked = new HashSet<>();
    acks.forEach(a -> acked.add(a.batchId()));
    for (String id : batchLastSequence.keySet()) {
      if (id.startsWith("c" + cycle + "-") && !acked.contains(id)) {
        inFlightCommitted++;
        if (!audited.contains(id)) {
          inFlightAuditMissing++;
        }
      }
    }

    // idempotency keys survived: repeating the last acknowledged batch writes nothing
    if (!cycleAcks.isEmpty()) {
      Ack a = cycleAcks.get(cycleAcks.size() - 1);
      CaseId stream = CaseId.of(a.stream());
      int n = batchSize.get(a.batchId());
      long first = a.lastSequence() - n + 1;
      List<CaseEvent> again = store.read(stream, first).subList(0, n);
      AppendResult r =
          store.append(stream, CrashWriter.NETWORK, first - 1, again, Optional.of(a.batchId()));
      assertTrue(r.isDuplicate(), at + "repeat of " + a.batchId());
      assertEquals(a.lastSequence(), r.getLastSequence());
    }
  }
}

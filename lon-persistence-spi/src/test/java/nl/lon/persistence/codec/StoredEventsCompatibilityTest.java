package nl.lon.persistence.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventType;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.SignalReceived;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the frozen schema-1 fixtures {@code codec/v1-events.jsonl} and {@code
 * codec/v1-corrections.jsonl} (the correction types added later): every future reader must decode
 * what was stored by the first writers. The files must never change; fix the decoder instead.
 */
class StoredEventsCompatibilityTest {

  /** SHA-256 of the fixture with line endings as LF; pins the file byte for byte. */
  private static final String FIXTURE_SHA256 =
      "3d739fbb3abc58b74cc6a1250b7515f3c203c9446297650fcf780ff9389b046d";

  /**
   * SHA-256 of {@code codec/v1-corrections.jsonl}, the events of the types added to schema 1 after
   * the first fixture (corrections and withdrawals), with line endings as LF.
   */
  private static final String CORRECTIONS_SHA256 =
      "d1bacacdeaf37ae9417a255f09e78d5c73fe308942d96ddaabd760cbaad5e028";

  /**
   * SHA-256 of {@code codec/v1-since-0.3.jsonl}, the events of the types added in 0.3 (the
   * acceptance of the problem ownership, the paper file, the concept plan), with line endings as
   * LF; lines are added while 0.3 is unreleased, never changed.
   */
  private static final String SINCE_03_SHA256 =
      "fbdf477abf6ad57d192c55282858d805d0e8e046302d311c2ad5891d791e579c";

  private static String text;
  private static List<String> since03Lines;
  private static List<String> lines;
  private static List<String> correctionLines;
  private final EventCodec codec = EventCodec.create();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        StoredEventsCompatibilityTest.class.getResourceAsStream("/codec/v1-events.jsonl")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
    lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    try (InputStream in =
        StoredEventsCompatibilityTest.class.getResourceAsStream("/codec/v1-corrections.jsonl")) {
      correctionLines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\r\n", "\n")
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
    }
    try (InputStream in =
        StoredEventsCompatibilityTest.class.getResourceAsStream("/codec/v1-since-0.3.jsonl")) {
      since03Lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\r\n", "\n")
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
    }
  }

  @Test
  void since03Fixture_isUnchanged_andDecodesToTheSamples() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(String.join("\n", since03Lines).concat("\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(
        SINCE_03_SHA256,
        HexFormat.of().formatHex(digest),
        "codec/v1-since-0.3.jsonl was changed; it is frozen: restore it and fix the decoder");
    assertEquals(SampleEvents.since03(), since03Lines.stream().map(codec::decode).toList());
  }

  @Test
  void fixture_isUnchanged() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        FIXTURE_SHA256,
        HexFormat.of().formatHex(digest),
        "codec/v1-events.jsonl was changed; it is frozen: restore it and fix the decoder");
  }

  @Test
  void correctionsFixture_isUnchanged() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(
                String.join("\n", correctionLines).concat("\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(
        CORRECTIONS_SHA256,
        HexFormat.of().formatHex(digest),
        "codec/v1-corrections.jsonl was changed; it is frozen: restore it and fix the decoder");
  }

  @Test
  void decode_storedCorrections_equalsExpectedValues() {
    assertEquals(SampleEvents.corrections(), correctionLines.stream().map(codec::decode).toList());
  }

  @Test
  void fixture_holdsEveryEventTypeOnce() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    List<String> all = new ArrayList<>(lines);
    all.addAll(correctionLines);
    all.addAll(since03Lines);
    for (String line : all) {
      CaseEvent event = codec.decode(line);
      assertEquals(true, seen.add(event.getType()), "twice: " + event.getType());
    }
    assertEquals(EnumSet.allOf(EventType.class), seen);
  }

  @Test
  void decode_everyStoredEvent_equalsExpectedValue() {
    List<CaseEvent> expected = SampleEvents.all();
    assertEquals(expected.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(expected.get(i), codec.decode(lines.get(i)), "line " + (i + 1));
    }
  }

  @Test
  void decode_storedEvents_keepsExactValues() {
    SignalReceived signal = (SignalReceived) codec.decode(lines.get(0));
    assertEquals(Instant.parse("2026-03-02T09:15:00.123456789Z"), signal.getRecordedAt());
    assertEquals(
        "Buren melden stankoverlast; huur drie maanden achter (€ 2.150,-).\n"
            + "Cliënt zegt: \"alles is in orde\" \\ geen hulp nodig",
        signal.getSignal().getDescription());
    PlanAdopted plan = (PlanAdopted) codec.decode(lines.get(9));
    assertEquals("G1", plan.getPlan().getActivities().get(0).getGoalCode().orElseThrow());
    InstrumentUsed use = (InstrumentUsed) codec.decode(lines.get(18));
    assertEquals(new BigDecimal("1250.50"), use.getUse().getAmount().orElseThrow());
  }
}

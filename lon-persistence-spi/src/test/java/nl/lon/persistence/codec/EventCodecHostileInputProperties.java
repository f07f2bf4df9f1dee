package nl.lon.persistence.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventType;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;

/**
 * The codec at the door: events too long for the store are refused before any I/O, stored text that
 * is hostile fails with a {@link CodecException} whose message and causes never quote it, and valid
 * texts, however unusual, survive a round trip unchanged.
 */
class EventCodecHostileInputProperties {

  private static final String MARKER = "SECRET-MARKER";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final EventCodec codec = EventCodec.create();

  private static CaseEvent sample(EventType type) {
    return SampleEvents.all().stream().filter(e -> e.getType() == type).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ size

  private static MeetingHeld meetingWithMinutes(int count, String what) {
    MeetingHeld sample = (MeetingHeld) sample(EventType.MEETING_HELD);
    var meeting = Meeting.builder().from(sample.getMeeting());
    for (int i = 0; i < count; i++) {
      meeting.addMinutes(
          WorkAgreement.of(Responsible.of(SampleEvents.GGD), what, sample.getBusinessDate()));
    }
    return MeetingHeld.builder().from(sample).meeting(meeting.build()).build();
  }

  @Example
  void encode_longerThanTheStoreHolds_refusedWithoutEcho() {
    String what = (MARKER + " ").repeat(2000 / (MARKER.length() + 1));
    MeetingHeld big = meetingWithMinutes(600, what);
    InvalidValueException e = assertThrowsInvalid(() -> codec.encode(big));
    assertEquals(EventCodec.FIELD_ENCODED, e.getField());
    assertEquals("CaseEvent.encoded", e.getField());
    assertEquals(EventCodec.RULE_MAX_SIZE, e.getRule());
    assertEquals("max-size", e.getRule());
    assertNoMarker(e);
  }

  @Example
  void encode_justBelowTheLimit_encodesAndRoundTrips() {
    String what = "x".repeat(2000);
    MeetingHeld event = meetingWithMinutes(450, what);
    String json = codec.encode(event);
    assertTrue(json.length() <= EventCodec.MAX_EVENT_CHARACTERS, "length " + json.length());
    assertTrue(json.length() > 900_000, "length " + json.length());
    assertEquals(event, codec.decode(json));
    assertEquals(1_000_000, EventCodec.MAX_EVENT_CHARACTERS);
  }

  @Example
  void decode_longerThanTheLimit_refusedBeforeParsing() {
    String json =
        "{\"schema\":1,\"x\":\""
            + MARKER.repeat(EventCodec.MAX_EVENT_CHARACTERS / MARKER.length())
            + "\"}";
    CodecException e = assertCodecFailure(json);
    assertEquals("$", e.getPath());
  }

  // ------------------------------------------------------------------ malformed JSON

  @Example
  void decode_malformedJson_doesNotQuoteTheText() {
    for (String json :
        List.of(
            "{\"schema\":1," + MARKER + "}",
            "{\"schema\":1,\"type\":\"" + MARKER,
            MARKER,
            "[\"" + MARKER + "\"]",
            "\"" + MARKER + "\"",
            "{\"schema\":1,\"schema\":\"" + MARKER + "\"}",
            "{\"schema\":\"" + MARKER + "\"}",
            "{\"schema\":1,\"type\":\"" + MARKER + "\"}",
            "{\"schema\":1,\"type\":\"SIGNAL_RECEIVED\"} " + MARKER,
            "{\"schema\":1e999999999}",
            "{\"schema\":" + "9".repeat(5000) + "}")) {
      assertCodecFailure(json);
    }
  }

  // ------------------------------------------------------------------ hostile stored values

  static List<String> hostileValues() {
    return List.of(
        MARKER + "\u0000",
        "\u202E" + MARKER,
        MARKER + "\r\nline two",
        "\u0085" + MARKER,
        "\uD800" + MARKER,
        MARKER + "\uDC00",
        (MARKER + " ").repeat(1000),
        "\u200B\uFEFF",
        "   ");
  }

  /** Every textual and numeric node of every sample event, replaced by each hostile value. */
  @Example
  void decode_everyStoredValueReplacedByHostileText_codecExceptionWithoutEcho() throws Exception {
    int decoded = 0;
    for (CaseEvent event : SampleEvents.all()) {
      JsonNode tree = JSON.readTree(codec.encode(event));
      List<Consumer<String>> setters = new ArrayList<>();
      collectSetters(tree, setters);
      for (int i = 0; i < setters.size(); i++) {
        for (String hostile : hostileValues()) {
          JsonNode copy = tree.deepCopy();
          List<Consumer<String>> copySetters = new ArrayList<>();
          collectSetters(copy, copySetters);
          copySetters.get(i).accept(hostile);
          String json = JSON.writeValueAsString(copy);
          try {
            codec.decode(json);
            fail(
                event.getType()
                    + ": decoded hostile "
                    + describe(hostile)
                    + " at setter "
                    + i
                    + ": "
                    + json.substring(0, Math.min(json.length(), 400)).replace(MARKER, "<marker>"));
          } catch (CodecException e) {
            assertNoMarker(e);
          } catch (RuntimeException e) {
            fail(event.getType() + ": only CodecException may come out, got " + e, e);
          }
          decoded++;
        }
      }
    }
    assertTrue(decoded > 1000, "only " + decoded + " decodes");
  }

  private static String describe(String hostile) {
    return hostile.length() > 20
        ? "text of " + hostile.length() + " characters"
        : hostile
            .codePoints()
            .mapToObj(c -> String.format("U+%04X", c))
            .reduce((a, b) -> a + " " + b)
            .orElse("");
  }

  /** Setters for every textual or numeric value, and for every key of a map object. */
  private static void collectSetters(JsonNode node, List<Consumer<String>> setters) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isValueNode() && !child.isNull() && !child.isBoolean()) {
          setters.add(v -> object.set(name, TextNode.valueOf(v)));
        } else {
          collectSetters(child, setters);
        }
        if (child.isTextual() && (name.startsWith("G") || Character.isUpperCase(name.charAt(0)))) {
          // a key of a map such as goalResults or scores
          setters.add(v -> renameKey(object, name, v));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode child = node.get(i);
        int index = i;
        if (child.isValueNode()) {
          setters.add(
              v ->
                  ((com.fasterxml.jackson.databind.node.ArrayNode) node)
                      .set(index, TextNode.valueOf(v)));
        } else {
          collectSetters(child, setters);
        }
      }
    }
  }

  private static void renameKey(ObjectNode object, String name, String newName) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      entries.add(it.next());
    }
    object.removeAll();
    for (Map.Entry<String, JsonNode> e : entries) {
      object.set(e.getKey().equals(name) ? newName : e.getKey(), e.getValue());
    }
  }

  @Example
  void decode_hostileAmounts_refusedFast() throws Exception {
    CaseEvent used = sample(EventType.INSTRUMENT_USED);
    String json = codec.encode(used);
    assertTrue(json.contains("\"1250.50\""), json);
    for (String amount :
        List.of(
            "\"1E+999999999\"",
            "1E+999999999",
            "\"1E+30000000\"",
            "\"1E-300000000\"",
            "1E-300000000",
            "\"-1\"",
            "\"0.001\"",
            "\"1000000.01\"",
            "\"0." + "0".repeat(200) + "1\"",
            "\"" + MARKER + "\"",
            "\"1" + "0".repeat(99) + "\"")) {
      long start = System.nanoTime();
      assertCodecFailure(json.replace("\"1250.50\"", amount));
      long micros = (System.nanoTime() - start) / 1000;
      assertTrue(micros < 100_000, amount.length() + " characters took " + micros + " µs");
    }
  }

  // ------------------------------------------------------------------ valid texts survive

  @Provide
  Arbitrary<String> validTexts() {
    Arbitrary<String> first =
        Arbitraries.of("B", "é", "א", "ع", "漢", "\uD83D\uDE00", "\"", "\\", "{");
    Arbitrary<String> piece =
        Arbitraries.of(
            "a",
            "Z",
            "0",
            " ",
            "\n",
            "\t",
            "'",
            "\"",
            "\\",
            "/",
            "€",
            "ë",
            "ß",
            "ж",
            "ש",
            "م",
            "語",
            "\u00A0",
            "\u200B",
            "\u200D",
            "\uFEFF",
            "\u2028",
            "\u2029",
            "\u0301",
            "\uD83D\uDE00",
            "\uD83C\uDDF3\uD83C\uDDF1",
            "\uDBFF\uDFFF",
            "<",
            "&",
            "\\u0000",
            "}",
            "]",
            ",",
            ":");
    return Combinators.combine(first, piece.list().ofMaxSize(120))
        .as((f, rest) -> f + String.join("", rest));
  }

  /**
   * One text field of an event: how to put a text in.
   *
   * @param name the field
   * @param with builds the event with the text
   */
  record TextField(String name, Function<String, CaseEvent> with) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<TextField> textFields() {
    SignalReceived signal = (SignalReceived) sample(EventType.SIGNAL_RECEIVED);
    ReportJudged judged = (ReportJudged) sample(EventType.REPORT_JUDGED);
    InformationAdded added = (InformationAdded) sample(EventType.INFORMATION_ADDED);
    HomeVisitRecorded visit = (HomeVisitRecorded) sample(EventType.HOME_VISIT_RECORDED);
    CaseReopened reopened = (CaseReopened) sample(EventType.CASE_REOPENED);
    PlanAdopted plan = (PlanAdopted) sample(EventType.PLAN_ADOPTED);
    CaseTransferred transferred = (CaseTransferred) sample(EventType.CASE_TRANSFERRED);
    EvaluationRecorded evaluation = (EvaluationRecorded) sample(EventType.EVALUATION_RECORDED);
    MeetingHeld meeting = (MeetingHeld) sample(EventType.MEETING_HELD);
    return Arbitraries.of(
        new TextField(
            "Signal.description",
            t ->
                SignalReceived.builder()
                    .from(signal)
                    .signal(Signal.builder().from(signal.getSignal()).description(t).build())
                    .build()),
        new TextField(
            "ReportJudged.reason", t -> ReportJudged.builder().from(judged).reason(t).build()),
        new TextField(
            "InformationAdded.summary",
            t -> InformationAdded.builder().from(added).summary(t).build()),
        new TextField(
            "HomeVisitRecorded.findings",
            t -> HomeVisitRecorded.builder().from(visit).findings(t).build()),
        new TextField(
            "CaseReopened.reason", t -> CaseReopened.builder().from(reopened).reason(t).build()),
        new TextField(
            "PlanOfApproach.context",
            t ->
                PlanAdopted.builder()
                    .from(plan)
                    .plan(PlanOfApproach.builder().from(plan.getPlan()).context(t).build())
                    .build()),
        new TextField(
            "WarmHandover.summary",
            t ->
                CaseTransferred.builder()
                    .from(transferred)
                    .handover(
                        WarmHandover.of(transferred.getHandover().getToNetwork(), "contact", t))
                    .build()),
        new TextField(
            "Evaluation.remarks",
            t ->
                EvaluationRecorded.builder()
                    .from(evaluation)
                    .evaluation(
                        Evaluation.builder().from(evaluation.getEvaluation()).remarks(t).build())
                    .build()),
        new TextField(
            "WorkAgreement.what",
            t ->
                MeetingHeld.builder()
                    .from(meeting)
                    .meeting(
                        Meeting.builder()
                            .from(meeting.getMeeting())
                            .addMinutes(
                                WorkAgreement.of(
                                    Responsible.of(SampleEvents.GGD), t, meeting.getBusinessDate()))
                            .build())
                    .build()));
  }

  @Property(tries = 1000)
  void encodeThenDecode_validText_unchanged(
      @ForAll("textFields") TextField field, @ForAll("validTexts") String text) {
    CaseEvent event = field.with().apply(text);
    String json = codec.encode(event);
    assertFalse(json.contains("\n"), "one line per event");
    CaseEvent back = codec.decode(json);
    assertEquals(event, back);
    assertEquals(json, codec.encode(back));
  }

  // ------------------------------------------------------------------ assertions

  private static InvalidValueException assertThrowsInvalid(Runnable code) {
    try {
      code.run();
    } catch (LonException e) {
      return assertInstanceOf(InvalidValueException.class, e, e.toString());
    } catch (RuntimeException e) {
      fail("only LonException may come out, got " + e, e);
    }
    return fail("accepted");
  }

  private CodecException assertCodecFailure(String json) {
    try {
      codec.decode(json);
    } catch (CodecException e) {
      assertNoMarker(e);
      return e;
    } catch (RuntimeException e) {
      fail("only CodecException may come out, got " + e, e);
    }
    return fail("decoded a hostile text");
  }

  private static void assertNoMarker(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(
          message.contains("SECRET"),
          "message quotes the input: " + message.substring(0, Math.min(300, message.length())));
      for (Throwable s : t.getSuppressed()) {
        assertNoMarker(s);
      }
    }
  }
}

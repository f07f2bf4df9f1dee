package nl.lon.service.history;

import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;

class HistoryFormatTest {

  private static final LocalDate DAY = RulesFixtures.DAY_0;
  private static final CaseId CASE = RulesFixtures.CASE;

  private static HistoryAct act(CaseCommand c) {
    return new HistoryAct(CASE, NETWORK, DAY, NETWORK_DIRECTOR.getId(), c);
  }

  @Test
  void encode_everyAct_decodesToTheSameAct() throws Exception {
    Set<String> names = new HashSet<>();
    for (CaseCommand c : RulesFixtures.oneOfEach(DAY)) {
      if (isCorrection(c)) {
        continue;
      }
      String line = HistoryFormat.encode(act(c));
      assertFalse(line.contains("\n"), line);
      assertTrue(line.startsWith("{\"schema\":1,\"case\":\"" + CASE.getValue() + "\""), line);
      assertEquals(act(c), ActCodec.decode(line), line);
      names.add(act(c).actName());
    }
    // every command is an act of the format but the two that correct an entry
    assertEquals(CaseCommand.class.getPermittedSubclasses().length - 2, names.size());
  }

  private static boolean isCorrection(CaseCommand c) {
    return c instanceof CaseCommand.CorrectEntry || c instanceof CaseCommand.WithdrawEntry;
  }

  @Test
  void anAct_thatCorrectsOrWithdrawsAnEntry_isNotAnActOfTheFormat() {
    for (CaseCommand c : RulesFixtures.oneOfEach(DAY)) {
      if (isCorrection(c)) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> act(c));
        assertEquals("importable-act", e.getRule());
      }
    }
    assertTrue(
        RulesFixtures.oneOfEach(DAY).stream().anyMatch(HistoryFormatTest::isCorrection),
        "the fixtures hold a correction to check");
  }

  @Test
  void encode_reportSignal_leavesTheNetworkToTheEnvelope() {
    String line = HistoryFormat.encode(act(RulesFixtures.oneOfEach(DAY).get(0)));
    assertEquals(1, line.split("\"network\"", -1).length - 1, line);
  }

  private static ActCodec.BadLineException bad(String line) {
    return assertThrows(ActCodec.BadLineException.class, () -> ActCodec.decode(line));
  }

  private static String reopen() {
    return HistoryFormat.encode(act(new CaseCommand.Reopen("again")));
  }

  @Test
  void decode_truncatedLine_isMalformedJson() {
    String line = reopen();
    ActCodec.BadLineException e = bad(line.substring(0, line.length() / 2));
    assertEquals(ImportRuleId.MALFORMED_JSON, e.rule);
    assertEquals("$", e.field);
  }

  @Test
  void decode_unknownAct_namesTheActField() {
    ActCodec.BadLineException e = bad(reopen().replace("\"Reopen\"", "\"Teleport\""));
    assertEquals(ImportRuleId.UNKNOWN_ACT, e.rule);
    assertEquals("$.act", e.field);
    assertEquals(CASE, e.caseId.orElseThrow());
  }

  @Test
  void decode_missingField_namesItsPath() {
    ActCodec.BadLineException e = bad(reopen().replace("\"reason\"", "\"motive\""));
    assertEquals(ImportRuleId.MISSING_FIELD, e.rule);
    assertEquals("$.fields.reason", e.field);
    ActCodec.BadLineException actor = bad(reopen().replace("\"actor\"", "\"who\""));
    assertEquals(ImportRuleId.MISSING_FIELD, actor.rule);
    assertEquals("$.actor", actor.field);
  }

  @Test
  void decode_wrongTypeOrDate_isInvalidField() {
    assertEquals("$.businessDate", bad(reopen().replace(DAY.toString(), "03-03-2025")).field);
    ActCodec.BadLineException e = bad(reopen().replace("\"again\"", "42"));
    assertEquals(ImportRuleId.INVALID_FIELD, e.rule);
    assertEquals("$.fields.reason", e.field);
  }

  @Test
  void decode_otherSchema_isRefused() {
    ActCodec.BadLineException e = bad(reopen().replace("\"schema\":1", "\"schema\":2"));
    assertEquals(ImportRuleId.SCHEMA_VERSION, e.rule);
    assertEquals("$.schema", e.field);
  }

  @Test
  void decode_unknownFields_areIgnored() throws Exception {
    String line = reopen().replace("\"act\":", "\"comment\":\"from VIS-2\",\"act\":");
    assertEquals(act(new CaseCommand.Reopen("again")), ActCodec.decode(line));
  }

  @Test
  void decode_duplicateKeyOrTrailingText_isMalformed() {
    assertEquals(
        ImportRuleId.MALFORMED_JSON,
        bad(reopen().replace("\"act\":", "\"actor\":\"x\",\"act\":")).rule);
    assertEquals(ImportRuleId.MALFORMED_JSON, bad(reopen() + " {}").rule);
  }

  @Test
  void decode_signalWhoseFieldsNameTheNetwork_takesTheEnvelopes() throws Exception {
    HistoryAct signal = act(RulesFixtures.oneOfEach(DAY).get(0));
    String line =
        HistoryFormat.encode(signal)
            .replace("\"fields\":{", "\"fields\":{\"network\":\"elsewhere\",");
    assertEquals(signal, ActCodec.decode(line));
  }

  @Test
  void decode_handReadActs_readTheirFields() throws Exception {
    for (CaseCommand c : RulesFixtures.oneOfEach(DAY)) {
      if (c instanceof CaseCommand.Escalate || c instanceof CaseCommand.HoldProgressTalk) {
        String line = HistoryFormat.encode(act(c));
        assertEquals(act(c), ActCodec.decode(line));
        assertEquals(
            ImportRuleId.MISSING_FIELD,
            bad(line.replaceAll("\"fields\":\\{.*\\}\\}$", "\"fields\":{}}")).rule,
            line);
      }
    }
  }
}

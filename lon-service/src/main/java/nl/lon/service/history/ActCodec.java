package nl.lon.service.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.EventType;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.codec.CodecException;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.rules.process.CaseCommand;

/**
 * Reads and writes the lines of the import format: the envelope by hand, each act's fields with the
 * event codec's encoding of the event the act yields, so that plans, scans, meetings and the other
 * nested values are written exactly as in a stored event.
 */
final class ActCodec {

  /** A line that cannot be turned into an act: where, which rule, why (never the content). */
  static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The line's case id, when it could be read. */
    final transient Optional<CaseId> caseId;

    /** The JSON path of the offending field, such as {@code $.fields.plan.goals[0].code}. */
    final String field;

    final ImportRuleId rule;

    BadLineException(Optional<CaseId> caseId, String field, ImportRuleId rule, String message) {
      super(message, null, false, false);
      this.caseId = caseId;
      this.field = field;
      this.rule = rule;
    }
  }

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final EventCodec CODEC = EventCodec.create();

  /** The recording instant of the synthetic events the codec reads and writes (never stored). */
  private static final Instant SYNTHETIC = Instant.EPOCH;

  /** The event type whose data encode each act's fields; absent for the acts encoded by hand. */
  private static final Map<String, EventType> EVENT_OF =
      Map.ofEntries(
          Map.entry("ReportSignal", EventType.SIGNAL_RECEIVED),
          Map.entry("JudgeReport", EventType.REPORT_JUDGED),
          Map.entry("RequestInformation", EventType.INFORMATION_REQUESTED),
          Map.entry("AddInformation", EventType.INFORMATION_ADDED),
          Map.entry("RecordHomeVisit", EventType.HOME_VISIT_RECORDED),
          Map.entry("DecideCoordination", EventType.COORDINATION_DECIDED),
          Map.entry("AppointTrajectoryDirector", EventType.TRAJECTORY_DIRECTOR_APPOINTED),
          Map.entry("RecordScan", EventType.LIFE_DOMAIN_SCAN_RECORDED),
          Map.entry("FormIntegralPicture", EventType.INTEGRAL_PICTURE_FORMED),
          Map.entry("AdoptPlan", EventType.PLAN_ADOPTED),
          Map.entry("AdjustPlan", EventType.PLAN_ADOPTED),
          Map.entry("ReportProgress", EventType.PROGRESS_REPORTED),
          Map.entry("HoldMeeting", EventType.MEETING_HELD),
          Map.entry("Evaluate", EventType.EVALUATION_RECORDED),
          Map.entry("Close", EventType.CASE_CLOSED),
          Map.entry("RecordFollowUp", EventType.FOLLOW_UP_RECORDED),
          Map.entry("Reopen", EventType.CASE_REOPENED),
          Map.entry("Transfer", EventType.CASE_TRANSFERRED),
          Map.entry("RecordConsent", EventType.CONSENT_RECORDED),
          Map.entry("WithdrawConsent", EventType.CONSENT_WITHDRAWN),
          Map.entry("RequestEscalation", EventType.ESCALATION_REQUESTED),
          Map.entry("ResolveEscalation", EventType.ESCALATION_RESOLVED),
          Map.entry("UseInstrument", EventType.INSTRUMENT_USED),
          Map.entry("RecordPaperFile", EventType.PAPER_FILE_RECORDED),
          Map.entry("DraftConceptPlan", EventType.CONCEPT_PLAN_DRAFTED));

  private ActCodec() {}

  // =====================================================================================
  // write

  static String encode(HistoryAct a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", HistoryFormat.SCHEMA);
    root.put("case", a.caseId().getValue());
    root.put("network", a.network().getValue());
    root.put("businessDate", a.businessDate().toString());
    root.put("actor", a.actor().getValue());
    root.put("act", a.actName());
    root.set("fields", fields(a));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode fields(HistoryAct a) {
    EventMetadata m = EventMetadata.of(a.caseId(), 1, a.businessDate(), SYNTHETIC, a.actor());
    CaseCommand c = a.act();
    ObjectNode hand = MAPPER.createObjectNode();
    if (c instanceof CaseCommand.HoldProgressTalk t) {
      return hand.put("summary", t.summary());
    }
    if (c instanceof CaseCommand.AcceptProblemOwnership) {
      return hand;
    }
    if (c instanceof CaseCommand.Escalate e) {
      hand.put("kind", e.kind().name()).put("rung", e.rung()).put("bottleneck", e.bottleneck());
      e.emergencyReason().ifPresent(r -> hand.put("emergencyReason", r));
      return hand;
    }
    if (c instanceof CaseCommand.RecordCoercionMeasure r) {
      hand.put("measureCode", r.measureCode());
      r.reason().ifPresent(v -> hand.put("reason", v));
      return hand;
    }
    CaseEvent event = c.accept(new EventOf(m, a.network()));
    try {
      ObjectNode data = (ObjectNode) MAPPER.readTree(CODEC.encode(event)).get("data");
      if (c instanceof CaseCommand.ReportSignal) {
        data.remove("network"); // the envelope names it
      }
      return data;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the codec writes JSON", e);
    }
  }

  // =====================================================================================
  // read

  static HistoryAct decode(String line) throws BadLineException {
    // one streaming pass: the envelope's values as nodes, the act's fields as their text, which
    // the event codec then reads without a second tree
    ObjectNode tree = MAPPER.createObjectNode();
    String rawFields = null;
    boolean fieldsNotObject = false;
    try (JsonParser p = MAPPER.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLineException(
            Optional.empty(), "$", ImportRuleId.MALFORMED_JSON, "the line is not a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        if (name.equals("fields")) {
          if (value == JsonToken.START_OBJECT) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            rawFields = line.substring(start, (int) p.currentLocation().getCharOffset());
          } else {
            fieldsNotObject = value != JsonToken.VALUE_NULL;
            p.skipChildren();
          }
        } else if (value == JsonToken.VALUE_STRING) {
          tree.put(name, p.getText());
        } else if (value == JsonToken.VALUE_NUMBER_INT) {
          tree.put(name, p.getBigIntegerValue());
        } else if (value == JsonToken.VALUE_NUMBER_FLOAT) {
          tree.put(name, p.getDecimalValue());
        } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
          tree.put(name, value == JsonToken.VALUE_TRUE);
        } else if (value == JsonToken.VALUE_NULL) {
          tree.putNull(name);
        } else {
          p.skipChildren();
          tree.putObject(name);
        }
      }
      if (p.nextToken() != null) {
        throw new BadLineException(
            Optional.empty(), "$", ImportRuleId.MALFORMED_JSON, "text after the JSON object");
      }
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new BadLineException(
          Optional.empty(),
          "$",
          ImportRuleId.MALFORMED_JSON,
          "not valid JSON"
              + (where == null ? "" : " near column " + where.getColumnNr())
              + " (a line cut short, or more than one line for one act?)");
    } catch (IOException e) {
      throw new UncheckedIOException("a string is read without I/O", e);
    }
    Optional<CaseId> caseId = Optional.empty();
    try {
      caseId = Optional.of(id(tree, "case", CaseId::of, Optional.empty()));
    } catch (BadLineException e) {
      // reported below, in field order
    }
    JsonNode schema = tree.get("schema");
    if (schema == null || schema.isNull()) {
      throw missing(caseId, "$.schema");
    }
    if (!schema.isIntegralNumber()
        || !schema.bigIntegerValue().equals(java.math.BigInteger.valueOf(HistoryFormat.SCHEMA))) {
      throw new BadLineException(
          caseId,
          "$.schema",
          ImportRuleId.SCHEMA_VERSION,
          "schema version "
              + (schema.isIntegralNumber() ? schema.asText() : "(not a whole number)")
              + " is not supported; this importer reads version "
              + HistoryFormat.SCHEMA);
    }
    CaseId theCase = id(tree, "case", CaseId::of, caseId);
    NetworkId network = id(tree, "network", NetworkId::of, caseId);
    LocalDate date;
    String dateText = text(tree, "businessDate", caseId);
    try {
      date = nl.lon.core.internal.IsoDates.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new BadLineException(
          caseId, "$.businessDate", ImportRuleId.INVALID_FIELD, "expected an ISO date yyyy-MM-dd");
    }
    ProfessionalId actor = id(tree, "actor", ProfessionalId::of, caseId);
    String act = text(tree, "act", caseId);
    if (fieldsNotObject) {
      throw new BadLineException(
          caseId, "$.fields", ImportRuleId.INVALID_FIELD, "expected a JSON object");
    }
    CaseCommand command =
        command(act, rawFields == null ? "{}" : rawFields, theCase, network, date, actor, caseId);
    return new HistoryAct(theCase, network, date, actor, command);
  }

  /**
   * The case a line names at its top level, read up to where the line breaks off or stops being
   * JSON: for attributing a line that cannot be read as an act (a {@code "case"} inside the fields
   * is not the line's case).
   */
  static Optional<CaseId> caseNamed(String line) {
    try (JsonParser p = MAPPER.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        if (name.equals("case")) {
          return value == JsonToken.VALUE_STRING
              ? Optional.of(CaseId.of(p.getText()))
              : Optional.empty();
        }
        p.skipChildren();
      }
    } catch (IOException | InvalidValueException broken) {
      // the line breaks off, or is no JSON, or names no valid case id, before its case is named
    }
    return Optional.empty();
  }

  private static CaseCommand command(
      String act,
      String rawFields,
      CaseId caseId,
      NetworkId network,
      LocalDate date,
      ProfessionalId actor,
      Optional<CaseId> known)
      throws BadLineException {
    try {
      switch (act) {
        case "HoldProgressTalk":
        case "AcceptProblemOwnership":
        case "Escalate":
        case "RecordCoercionMeasure":
          return byHand(act, (ObjectNode) MAPPER.readTree(rawFields), known);
        default:
          break;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the fields were read as a JSON object once already", e);
    }
    EventType type = EVENT_OF.get(act);
    if (type == null) {
      throw new BadLineException(
          known,
          "$.act",
          ImportRuleId.UNKNOWN_ACT,
          "the act is not one of the format's acts (the CaseCommand type names)");
    }
    String data = rawFields;
    if (type == EventType.SIGNAL_RECEIVED) {
      data = withNetwork(rawFields, network);
    }
    EventMetadata metadata;
    try {
      metadata = EventMetadata.of(caseId, 1, date, SYNTHETIC, actor);
    } catch (InvalidValueException e) {
      throw invalid(
          known,
          e.getField() != null && e.getField().endsWith("businessDate") ? "$.businessDate" : "$",
          e);
    }
    CaseEvent decoded;
    try {
      decoded = CODEC.decodeData(type, metadata, data);
    } catch (CodecException e) {
      String path = e.getPath().startsWith("$.data") ? "$.fields" + e.getPath().substring(6) : "$";
      boolean missing = e.getMessage().contains("is required");
      throw new BadLineException(
          known,
          path,
          missing ? ImportRuleId.MISSING_FIELD : ImportRuleId.INVALID_FIELD,
          missing
              ? "a value is required; it is missing or null"
              : e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    }
    try {
      return toCommand(act, decoded, caseId, network);
    } catch (InvalidValueException e) {
      throw invalid(known, "$.fields", e);
    }
  }

  /** The fields of a signal with the envelope's network added, as the event's data hold it. */
  private static String withNetwork(String rawFields, NetworkId network) {
    try {
      if (rawFields.contains("\"network\"")) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(rawFields);
        tree.put("network", network.getValue());
        return MAPPER.writeValueAsString(tree);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the fields were read as a JSON object once already", e);
    }
    StringBuilder b = new StringBuilder(rawFields.length() + 64).append("{\"network\":");
    quote(b, network.getValue());
    String rest = rawFields.substring(1);
    return b.append(rest.strip().startsWith("}") ? "" : ",").append(rest).toString();
  }

  private static void quote(StringBuilder b, String text) {
    b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }

  /** The acts whose command's fields differ from their event's, read from the fields' tree. */
  private static CaseCommand byHand(String act, ObjectNode fields, Optional<CaseId> known)
      throws BadLineException {
    try {
      switch (act) {
        case "HoldProgressTalk":
          return new CaseCommand.HoldProgressTalk(text(fields, "summary", known, "$.fields"));
        case "AcceptProblemOwnership":
          return new CaseCommand.AcceptProblemOwnership();
        case "Escalate":
          return new CaseCommand.Escalate(
              kind(fields, known),
              integer(fields, "rung", known),
              text(fields, "bottleneck", known, "$.fields"),
              optText(fields, "emergencyReason", known));
        case "RecordCoercionMeasure":
          return new CaseCommand.RecordCoercionMeasure(
              text(fields, "measureCode", known, "$.fields"), optText(fields, "reason", known));
        default:
          throw new IllegalStateException("not an act read by hand: " + act);
      }
    } catch (InvalidValueException e) {
      throw invalid(known, "$.fields", e);
    }
  }

  /** The command that yields the event (the visitor the format rests on, event to command). */
  private static CaseCommand toCommand(String act, CaseEvent e, CaseId caseId, NetworkId network) {
    switch (act) {
      case "ReportSignal":
        SignalReceived s = (SignalReceived) e;
        return new CaseCommand.ReportSignal(
            caseId, network, s.getClientNumber(), s.getSignal(), s.getHousehold());
      case "JudgeReport":
        ReportJudged j = (ReportJudged) e;
        return new CaseCommand.JudgeReport(j.getJudgement(), j.getReason(), j.getTargetGroups());
      case "RequestInformation":
        InformationRequested ir = (InformationRequested) e;
        return new CaseCommand.RequestInformation(
            ir.getOrganisations(), ir.getNetworks(), ir.getQuestion());
      case "AddInformation":
        InformationAdded ia = (InformationAdded) e;
        return new CaseCommand.AddInformation(ia.getOrganisation(), ia.getSummary());
      case "RecordHomeVisit":
        HomeVisitRecorded h = (HomeVisitRecorded) e;
        return new CaseCommand.RecordHomeVisit(
            h.getVisitors(), h.getFindings(), h.isClientReached());
      case "DecideCoordination":
        return new CaseCommand.DecideCoordination(((CoordinationDecided) e).getDecision());
      case "AppointTrajectoryDirector":
        TrajectoryDirectorAppointed t = (TrajectoryDirectorAppointed) e;
        return new CaseCommand.AppointTrajectoryDirector(
            t.getDirector(), t.getOrganisation(), t.getAppointedBy(), t.isTemporary());
      case "RecordScan":
        return new CaseCommand.RecordScan(((LifeDomainScanRecorded) e).getScan());
      case "FormIntegralPicture":
        IntegralPictureFormed p = (IntegralPictureFormed) e;
        return new CaseCommand.FormIntegralPicture(p.getSummary(), p.getTargetGroups());
      case "AdoptPlan":
        return new CaseCommand.AdoptPlan(((PlanAdopted) e).getPlan());
      case "AdjustPlan":
        return new CaseCommand.AdjustPlan(((PlanAdopted) e).getPlan());
      case "ReportProgress":
        return new CaseCommand.ReportProgress(((ProgressReported) e).getReport());
      case "HoldMeeting":
        return new CaseCommand.HoldMeeting(((MeetingHeld) e).getMeeting());
      case "RecordPaperFile":
        return new CaseCommand.RecordPaperFile(
            ((nl.lon.core.event.PaperFileRecorded) e).getLocation());
      case "DraftConceptPlan":
        return new CaseCommand.DraftConceptPlan(
            ((nl.lon.core.event.ConceptPlanDrafted) e).getConcept());
      case "Evaluate":
        return new CaseCommand.Evaluate(((EvaluationRecorded) e).getEvaluation());
      case "Close":
        return new CaseCommand.Close(((CaseClosed) e).getClosure());
      case "RecordFollowUp":
        return new CaseCommand.RecordFollowUp(((FollowUpRecorded) e).getCheck());
      case "Reopen":
        return new CaseCommand.Reopen(((CaseReopened) e).getReason());
      case "Transfer":
        return new CaseCommand.Transfer(((CaseTransferred) e).getHandover());
      case "RecordConsent":
        return new CaseCommand.RecordConsent(((ConsentRecorded) e).getConsent());
      case "WithdrawConsent":
        return new CaseCommand.WithdrawConsent();
      case "RequestEscalation":
        EscalationRequested r = (EscalationRequested) e;
        return new CaseCommand.RequestEscalation(r.getKind(), r.getBottleneck());
      case "ResolveEscalation":
        EscalationResolved x = (EscalationResolved) e;
        return new CaseCommand.ResolveEscalation(x.getEscalationId(), x.getResolution());
      case "UseInstrument":
        return new CaseCommand.UseInstrument(((InstrumentUsed) e).getUse());
      default:
        throw new IllegalStateException("every act of EVENT_OF is mapped: " + act);
    }
  }

  // ---- envelope and hand-read fields

  private static <T> T id(
      JsonNode tree, String field, Function<String, T> of, Optional<CaseId> known)
      throws BadLineException {
    String value = text(tree, field, known);
    try {
      return of.apply(value);
    } catch (InvalidValueException e) {
      throw invalid(known, "$." + field, e);
    }
  }

  private static String text(JsonNode tree, String field, Optional<CaseId> known)
      throws BadLineException {
    return text(tree, field, known, "$");
  }

  private static String text(JsonNode tree, String field, Optional<CaseId> known, String at)
      throws BadLineException {
    JsonNode c = tree.get(field);
    if (c == null || c.isNull()) {
      throw missing(known, at + "." + field);
    }
    if (!c.isTextual()) {
      throw new BadLineException(
          known, at + "." + field, ImportRuleId.INVALID_FIELD, "expected a JSON string");
    }
    return c.textValue();
  }

  private static Optional<String> optText(JsonNode tree, String field, Optional<CaseId> known)
      throws BadLineException {
    JsonNode c = tree.get(field);
    return c == null || c.isNull()
        ? Optional.empty()
        : Optional.of(text(tree, field, known, "$.fields"));
  }

  private static int integer(JsonNode tree, String field, Optional<CaseId> known)
      throws BadLineException {
    JsonNode c = tree.get(field);
    if (c == null || c.isNull()) {
      throw missing(known, "$.fields." + field);
    }
    if (!c.isIntegralNumber() || !c.canConvertToInt()) {
      throw new BadLineException(
          known, "$.fields." + field, ImportRuleId.INVALID_FIELD, "expected a whole number");
    }
    return c.intValue();
  }

  private static EscalationKind kind(JsonNode tree, Optional<CaseId> known)
      throws BadLineException {
    String name = text(tree, "kind", known, "$.fields");
    try {
      return EscalationKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new BadLineException(
          known, "$.fields.kind", ImportRuleId.INVALID_FIELD, "not an EscalationKind constant");
    }
  }

  private static BadLineException missing(Optional<CaseId> known, String field) {
    return new BadLineException(
        known, field, ImportRuleId.MISSING_FIELD, "a value is required; it is missing or null");
  }

  private static BadLineException invalid(
      Optional<CaseId> known, String at, InvalidValueException e) {
    String field = e.getField();
    return new BadLineException(
        known,
        at.equals("$.fields") && field != null && !field.isEmpty() ? at + " (" + field + ")" : at,
        ImportRuleId.INVALID_FIELD,
        "the value breaks rule " + e.getRule());
  }

  // ---- command to event, for writing

  /** The event an act yields, on synthetic metadata: its data are the act's fields. */
  private static final class EventOf implements CaseCommand.Visitor<CaseEvent> {
    private final EventMetadata m;
    private final NetworkId network;

    EventOf(EventMetadata m, NetworkId network) {
      this.m = m;
      this.network = network;
    }

    @Override
    public CaseEvent visitCorrectEntry(CaseCommand.CorrectEntry c) {
      throw notImportable();
    }

    @Override
    public CaseEvent visitWithdrawEntry(CaseCommand.WithdrawEntry c) {
      throw notImportable();
    }

    /** {@link HistoryAct} refuses these; no act of the format yields them. */
    private static IllegalStateException notImportable() {
      return new IllegalStateException("a correction is not an act of the import format");
    }

    @Override
    public CaseEvent visitReportSignal(CaseCommand.ReportSignal c) {
      return SignalReceived.builder()
          .metadata(m)
          .network(network)
          .clientNumber(c.clientNumber())
          .signal(c.signal())
          .household(c.household())
          .build();
    }

    @Override
    public CaseEvent visitJudgeReport(CaseCommand.JudgeReport c) {
      return ReportJudged.builder()
          .metadata(m)
          .judgement(c.judgement())
          .reason(c.reason())
          .targetGroups(c.targetGroups())
          .build();
    }

    @Override
    public CaseEvent visitRequestInformation(CaseCommand.RequestInformation c) {
      return InformationRequested.builder()
          .metadata(m)
          .organisations(c.organisations())
          .networks(c.networks())
          .question(c.question())
          .build();
    }

    @Override
    public CaseEvent visitAddInformation(CaseCommand.AddInformation c) {
      return InformationAdded.builder()
          .metadata(m)
          .organisation(c.organisation())
          .summary(c.summary())
          .build();
    }

    @Override
    public CaseEvent visitRecordHomeVisit(CaseCommand.RecordHomeVisit c) {
      return HomeVisitRecorded.builder()
          .metadata(m)
          .visitors(c.visitors())
          .findings(c.findings())
          .clientReached(c.clientReached())
          .build();
    }

    @Override
    public CaseEvent visitDecideCoordination(CaseCommand.DecideCoordination c) {
      return CoordinationDecided.builder().metadata(m).decision(c.decision()).build();
    }

    @Override
    public CaseEvent visitAppointTrajectoryDirector(CaseCommand.AppointTrajectoryDirector c) {
      return TrajectoryDirectorAppointed.builder()
          .metadata(m)
          .director(c.director())
          .organisation(c.organisation())
          .appointedBy(c.appointedBy())
          .temporary(c.temporary())
          .build();
    }

    @Override
    public CaseEvent visitRecordScan(CaseCommand.RecordScan c) {
      return LifeDomainScanRecorded.builder().metadata(m).scan(c.scan()).build();
    }

    @Override
    public CaseEvent visitFormIntegralPicture(CaseCommand.FormIntegralPicture c) {
      return IntegralPictureFormed.builder()
          .metadata(m)
          .summary(c.summary())
          .targetGroups(c.targetGroups())
          .build();
    }

    @Override
    public CaseEvent visitAdoptPlan(CaseCommand.AdoptPlan c) {
      return PlanAdopted.builder().metadata(m).plan(c.plan()).build();
    }

    @Override
    public CaseEvent visitAdjustPlan(CaseCommand.AdjustPlan c) {
      return PlanAdopted.builder().metadata(m).plan(c.plan()).build();
    }

    @Override
    public CaseEvent visitReportProgress(CaseCommand.ReportProgress c) {
      return ProgressReported.builder().metadata(m).report(c.report()).build();
    }

    @Override
    public CaseEvent visitHoldProgressTalk(CaseCommand.HoldProgressTalk c) {
      throw new IllegalStateException("written by hand");
    }

    @Override
    public CaseEvent visitAcceptProblemOwnership(CaseCommand.AcceptProblemOwnership c) {
      throw new IllegalStateException("written by hand");
    }

    @Override
    public CaseEvent visitRecordPaperFile(CaseCommand.RecordPaperFile c) {
      return nl.lon.core.event.PaperFileRecorded.builder()
          .metadata(m)
          .location(c.location())
          .build();
    }

    @Override
    public CaseEvent visitDraftConceptPlan(CaseCommand.DraftConceptPlan c) {
      return nl.lon.core.event.ConceptPlanDrafted.builder()
          .metadata(m)
          .concept(c.concept())
          .build();
    }

    @Override
    public CaseEvent visitHoldMeeting(CaseCommand.HoldMeeting c) {
      return MeetingHeld.builder().metadata(m).meeting(c.meeting()).build();
    }

    @Override
    public CaseEvent visitEvaluate(CaseCommand.Evaluate c) {
      return EvaluationRecorded.builder().metadata(m).evaluation(c.evaluation()).build();
    }

    @Override
    public CaseEvent visitClose(CaseCommand.Close c) {
      return CaseClosed.builder().metadata(m).closure(c.closure()).build();
    }

    @Override
    public CaseEvent visitRecordFollowUp(CaseCommand.RecordFollowUp c) {
      return FollowUpRecorded.builder().metadata(m).check(c.check()).build();
    }

    @Override
    public CaseEvent visitReopen(CaseCommand.Reopen c) {
      return CaseReopened.builder().metadata(m).reason(c.reason()).build();
    }

    @Override
    public CaseEvent visitTransfer(CaseCommand.Transfer c) {
      return CaseTransferred.builder().metadata(m).handover(c.handover()).build();
    }

    @Override
    public CaseEvent visitRecordConsent(CaseCommand.RecordConsent c) {
      return ConsentRecorded.builder().metadata(m).consent(c.consent()).build();
    }

    @Override
    public CaseEvent visitWithdrawConsent(CaseCommand.WithdrawConsent c) {
      return ConsentWithdrawn.builder().metadata(m).build();
    }

    @Override
    public CaseEvent visitRequestEscalation(CaseCommand.RequestEscalation c) {
      return EscalationRequested.builder()
          .metadata(m)
          .kind(c.kind())
          .bottleneck(c.bottleneck())
          .build();
    }

    @Override
    public CaseEvent visitEscalate(CaseCommand.Escalate c) {
      throw new IllegalStateException("written by hand");
    }

    @Override
    public CaseEvent visitResolveEscalation(CaseCommand.ResolveEscalation c) {
      return EscalationResolved.builder()
          .metadata(m)
          .escalationId(c.escalationId())
          .resolution(c.resolution())
          .build();
    }

    @Override
    public CaseEvent visitRecordCoercionMeasure(CaseCommand.RecordCoercionMeasure c) {
      throw new IllegalStateException("written by hand");
    }

    @Override
    public CaseEvent visitUseInstrument(CaseCommand.UseInstrument c) {
      return InstrumentUsed.builder().metadata(m).use(c.use()).build();
    }
  }
}

package nl.lon.persistence.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConceptPlanDrafted;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.event.EscalationRaised;
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
import nl.lon.core.event.PaperFileRecorded;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ProblemOwnershipAccepted;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.Identifier;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.DecidingVote;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/**
 * Encodes case events to JSON and decodes them back, in the versioned, documented format of {@link
 * nl.lon.persistence.codec the package documentation} (gebeurteniscodering).
 *
 * <p>Every field is mapped explicitly, so the stored format stays stable when the domain classes
 * change. Readers ignore fields they do not know and treat a missing optional field as empty, so an
 * older reader reads what a newer writer wrote within the same schema version.
 *
 * <pre>{@code
 * EventCodec codec = EventCodec.create();
 * String json = codec.encode(event);
 * CaseEvent back = codec.decode(json); // equals event
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 *
 * @since 0.1
 */
public final class EventCodec {

  /** The schema version this codec writes and the highest it reads. */
  public static final int SCHEMA = 1;

  /**
   * The longest encoded event, in characters ({@link String#length()}): 1,000,000, the size of the
   * payload column of the JDBC adapter. {@link #encode(CaseEvent)} refuses a longer event before
   * any I/O, and {@link #decode(String)} refuses a longer text before parsing it.
   */
  public static final int MAX_EVENT_CHARACTERS = 1_000_000;

  /** The field {@link #encode(CaseEvent)} names when an event is too long. */
  public static final String FIELD_ENCODED = "CaseEvent.encoded";

  /** The rule {@link #encode(CaseEvent)} names when an event is too long. */
  public static final String RULE_MAX_SIZE = "max-size";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final EventCodec INSTANCE = new EventCodec();

  private EventCodec() {}

  /**
   * Obtains the codec for the current schema version.
   *
   * @return the codec
   */
  public static EventCodec create() {
    return INSTANCE;
  }

  // =====================================================================================
  // encode

  /**
   * Encodes an event as one line of JSON (no line breaks) in the current schema version, at most
   * {@value #MAX_EVENT_CHARACTERS} characters long.
   *
   * <p>Call it before any I/O: an event whose text would not fit the store is refused here, with a
   * message that gives the length but none of the event's content.
   *
   * @param event the event
   * @return the JSON text, at most {@value #MAX_EVENT_CHARACTERS} characters
   * @throws InvalidValueException with field {@value #FIELD_ENCODED} and rule {@value
   *     #RULE_MAX_SIZE} when the text is longer than {@value #MAX_EVENT_CHARACTERS} characters
   */
  public String encode(CaseEvent event) {
    String json = encodeUnchecked(event);
    if (json.length() > MAX_EVENT_CHARACTERS) {
      throw new InvalidValueException(
          FIELD_ENCODED,
          RULE_MAX_SIZE,
          "the encoded "
              + event.getType()
              + " event is "
              + json.length()
              + " characters, more than the "
              + MAX_EVENT_CHARACTERS
              + " a store holds; record less text in one event");
    }
    return json;
  }

  private static String encodeUnchecked(CaseEvent event) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    envelope(event, root);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The envelope without the schema, and the data: the whole event, also a nested replacement. */
  private static void envelope(CaseEvent event, ObjectNode root) {
    root.put("type", event.getType().name());
    root.put("caseId", event.getCaseId().getValue());
    root.put("sequence", event.getSequence());
    root.put("businessDate", event.getBusinessDate().toString());
    root.put("recordedAt", event.getRecordedAt().toString());
    root.put("actor", event.getActor().getValue());
    encodeData(event, root.putObject("data"));
  }

  private static void encodeData(CaseEvent event, ObjectNode d) {
    switch (event.getType()) {
      case SIGNAL_RECEIVED:
        {
          SignalReceived e = (SignalReceived) event;
          d.put("network", e.getNetwork().getValue());
          d.put("clientNumber", e.getClientNumber().getValue());
          signal(e.getSignal(), d.putObject("signal"));
          ObjectNode h = d.putObject("household");
          h.put("adults", e.getHousehold().getAdults());
          h.put("children", e.getHousehold().getChildren());
          break;
        }
      case REPORT_JUDGED:
        {
          ReportJudged e = (ReportJudged) event;
          d.put("judgement", e.getJudgement().name());
          d.put("reason", e.getReason());
          targetGroups(e.getTargetGroups(), d.putArray("targetGroups"));
          e.getAdvisedInScope().ifPresent(v -> d.put("advisedInScope", v));
          break;
        }
      case INFORMATION_REQUESTED:
        {
          InformationRequested e = (InformationRequested) event;
          ids(e.getOrganisations(), d.putArray("organisations"));
          if (!e.getNetworks().isEmpty()) {
            ids(e.getNetworks(), d.putArray("networks"));
          }
          d.put("question", e.getQuestion());
          break;
        }
      case INFORMATION_ADDED:
        {
          InformationAdded e = (InformationAdded) event;
          d.put("organisation", e.getOrganisation().getValue());
          d.put("summary", e.getSummary());
          break;
        }
      case HOME_VISIT_RECORDED:
        {
          HomeVisitRecorded e = (HomeVisitRecorded) event;
          ids(e.getVisitors(), d.putArray("visitors"));
          d.put("findings", e.getFindings());
          d.put("clientReached", e.isClientReached());
          break;
        }
      case COORDINATION_DECIDED:
        {
          CoordinationDecision c = ((CoordinationDecided) event).getDecision();
          ObjectNode o = d.putObject("decision");
          o.put("outcome", c.getOutcome().name());
          c.getCircuit().ifPresent(v -> o.put("circuit", v.name()));
          c.getReferredTo().ifPresent(v -> o.put("referredTo", v.getValue()));
          o.put("reason", c.getReason());
          c.getFeedback()
              .ifPresent(
                  fb -> {
                    ObjectNode f = o.putObject("feedback");
                    f.put("givenOn", fb.getGivenOn().toString());
                    f.put("summary", fb.getSummary());
                  });
          break;
        }
      case TRAJECTORY_DIRECTOR_APPOINTED:
        {
          TrajectoryDirectorAppointed e = (TrajectoryDirectorAppointed) event;
          d.put("director", e.getDirector().getValue());
          d.put("organisation", e.getOrganisation().getValue());
          d.put("appointedBy", e.getAppointedBy().name());
          d.put("temporary", e.isTemporary());
          break;
        }
      case LIFE_DOMAIN_SCAN_RECORDED:
        {
          LifeDomainScan s = ((LifeDomainScanRecorded) event).getScan();
          ObjectNode o = d.putObject("scan");
          o.put("instrument", s.getInstrument().name());
          o.put("scoredOn", s.getScoredOn().toString());
          ObjectNode scores = o.putObject("scores");
          s.getScores().forEach((k, v) -> scores.put(k.name(), v.name()));
          enums(s.getNotDiscussed(), o.putArray("notDiscussed"));
          break;
        }
      case INTEGRAL_PICTURE_FORMED:
        {
          IntegralPictureFormed e = (IntegralPictureFormed) event;
          d.put("summary", e.getSummary());
          targetGroups(e.getTargetGroups(), d.putArray("targetGroups"));
          break;
        }
      case PLAN_ADOPTED:
        writePlan(((PlanAdopted) event).getPlan(), d.putObject("plan"));
        break;
      case CONCEPT_PLAN_DRAFTED:
        writePlan(((ConceptPlanDrafted) event).getConcept(), d.putObject("concept"));
        break;
      case PROGRESS_REPORTED:
        {
          ProgressReport r = ((ProgressReported) event).getReport();
          ObjectNode o = d.putObject("report");
          o.put("summary", r.getSummary());
          o.put("deviatesFromPlan", r.isDeviatesFromPlan());
          o.put("stalled", r.isStalled());
          o.put("clientUnreachable", r.isClientUnreachable());
          break;
        }
      case PROGRESS_TALK_HELD:
        {
          ProgressTalkHeld e = (ProgressTalkHeld) event;
          d.put("trajectoryDirector", e.getTrajectoryDirector().getValue());
          d.put("summary", e.getSummary());
          break;
        }
      case PAPER_FILE_RECORDED:
        d.put("location", ((PaperFileRecorded) event).getLocation());
        break;
      case PROBLEM_OWNERSHIP_ACCEPTED:
        d.put(
            "trajectoryDirector",
            ((ProblemOwnershipAccepted) event).getTrajectoryDirector().getValue());
        break;
      case MEETING_HELD:
        {
          Meeting m = ((MeetingHeld) event).getMeeting();
          ObjectNode o = d.putObject("meeting");
          o.put("id", m.getId().getValue());
          o.put("kind", m.getKind().name());
          o.put("heldOn", m.getHeldOn().toString());
          ids(m.getParticipants(), o.putArray("participants"));
          ids(m.getOrganisations(), o.putArray("organisations"));
          o.put("technicalChair", m.getTechnicalChair().getValue());
          o.put("contentCoordinator", m.getContentCoordinator().getValue());
          o.put("clientInvited", m.isClientInvited());
          o.put("clientPresent", m.isClientPresent());
          ArrayNode minutes = o.putArray("minutes");
          for (WorkAgreement w : m.getMinutes()) {
            ObjectNode wo = minutes.addObject();
            responsible(w.getWho(), wo.putObject("who"));
            wo.put("what", w.getWhat());
            wo.put("byWhen", w.getByWhen().toString());
          }
          m.getDecidingVote()
              .ifPresent(
                  v -> {
                    ObjectNode vo = o.putObject("decidingVote");
                    vo.put("castBy", v.getCastBy().getValue());
                    vo.put("matter", v.getMatter());
                  });
          break;
        }
      case EVALUATION_RECORDED:
        {
          Evaluation ev = ((EvaluationRecorded) event).getEvaluation();
          ObjectNode o = d.putObject("evaluation");
          ObjectNode results = o.putObject("goalResults");
          ev.getGoalResults().forEach((k, v) -> results.put(k, v.name()));
          o.put("agreementsKept", ev.isAgreementsKept());
          o.put("decision", ev.getDecision().name());
          o.put("remarks", ev.getRemarks());
          break;
        }
      case ESCALATION_REQUESTED:
        {
          EscalationRequested e = (EscalationRequested) event;
          d.put("kind", e.getKind().name());
          d.put("bottleneck", e.getBottleneck());
          break;
        }
      case ESCALATION_RAISED:
        {
          Escalation x = ((EscalationRaised) event).getEscalation();
          ObjectNode o = d.putObject("escalation");
          o.put("id", x.getId().getValue());
          o.put("kind", x.getKind().name());
          o.put("rung", x.getRung());
          o.put("body", x.getBody());
          o.put("bottleneck", x.getBottleneck());
          x.getEmergencyReason().ifPresent(v -> o.put("emergencyReason", v));
          break;
        }
      case ESCALATION_RESOLVED:
        {
          EscalationResolved e = (EscalationResolved) event;
          d.put("escalationId", e.getEscalationId().getValue());
          ObjectNode o = d.putObject("resolution");
          o.put("kind", e.getResolution().getKind().name());
          o.put("description", e.getResolution().getDescription());
          o.put("blocker", e.getResolution().getBlocker());
          break;
        }
      case COERCION_MEASURE_RECORDED:
        {
          CoercionMeasureRecorded e = (CoercionMeasureRecorded) event;
          d.put("measureCode", e.getMeasureCode());
          d.put("level", e.getLevel());
          d.put("executedBy", e.getExecutedBy().getValue());
          d.put("reason", e.getReason());
          break;
        }
      case INSTRUMENT_USED:
        {
          InstrumentUse u = ((InstrumentUsed) event).getUse();
          ObjectNode o = d.putObject("use");
          o.put("instrument", u.getInstrument().name());
          o.put("description", u.getDescription());
          ids(u.getAgreedBy(), o.putArray("agreedBy"));
          u.getAmount().ifPresent(v -> o.put("amount", v.toString()));
          o.put("eviction", u.isEviction());
          break;
        }
      case CASE_CLOSED:
        {
          Closure c = ((CaseClosed) event).getClosure();
          ObjectNode o = d.putObject("closure");
          o.put("reason", c.getReason().name());
          c.getRegularCare().ifPresent(v -> o.put("regularCare", v.getValue()));
          c.getHandoverTo().ifPresent(v -> o.put("handoverTo", v.getValue()));
          o.put("remarks", c.getRemarks());
          break;
        }
      case FOLLOW_UP_RECORDED:
        {
          FollowUpCheck c = ((FollowUpRecorded) event).getCheck();
          ObjectNode o = d.putObject("check");
          o.put("outcome", c.getOutcome().name());
          o.put("remarks", c.getRemarks());
          break;
        }
      case CASE_REOPENED:
        d.put("reason", ((CaseReopened) event).getReason());
        break;
      case CASE_TRANSFERRED:
        {
          WarmHandover h = ((CaseTransferred) event).getHandover();
          ObjectNode o = d.putObject("handover");
          o.put("toNetwork", h.getToNetwork().getValue());
          o.put("receivingContact", h.getReceivingContact());
          o.put("summary", h.getSummary());
          h.getReceivingProfessional().ifPresent(v -> o.put("receivingProfessional", v.getValue()));
          h.getLegalBasis().ifPresent(v -> o.put("legalBasis", v));
          break;
        }
      case CONSENT_RECORDED:
        {
          Consent c = ((ConsentRecorded) event).getConsent();
          ObjectNode o = d.putObject("consent");
          o.put("scope", c.getScope().name());
          ids(c.getOrganisations(), o.putArray("organisations"));
          o.put("signedOn", c.getSignedOn().toString());
          c.getWithdrawnOn().ifPresent(v -> o.put("withdrawnOn", v.toString()));
          break;
        }
      case CONSENT_WITHDRAWN:
        break;
      case ENTRY_CORRECTED:
        {
          EntryCorrected e = (EntryCorrected) event;
          d.put("correctedSequence", e.getCorrectedSequence());
          d.put("reason", e.getReason());
          envelope(e.getReplacement(), d.putObject("replacement"));
          break;
        }
      case ENTRY_WITHDRAWN:
        {
          EntryWithdrawn e = (EntryWithdrawn) event;
          d.put("withdrawnSequence", e.getWithdrawnSequence());
          d.put("reason", e.getReason());
          break;
        }
      default:
        throw new IllegalStateException("no encoding for event type " + event.getType());
    }
  }

  private static void signal(Signal s, ObjectNode o) {
    o.put("id", s.getId().getValue());
    o.put("sourceKind", s.getSourceKind().name());
    s.getSignallerOrganisation().ifPresent(v -> o.put("signallerOrganisation", v.getValue()));
    s.getSignallerKind().ifPresent(v -> o.put("signallerKind", v.name()));
    o.put("channel", s.getChannel().name());
    o.put("receivedOn", s.getReceivedOn().toString());
    enums(s.getConcerns(), o.putArray("concerns"));
    o.put("description", s.getDescription());
    o.put("acuteCrisis", s.isAcuteCrisis());
    if (s.isClientMinor()) {
      o.put("clientMinor", true);
    }
    o.put("clientInformed", s.isClientInformed());
    s.getNotInformedReason().ifPresent(v -> o.put("notInformedReason", v));
  }

  private static void targetGroups(Collection<TargetGroupAssignment> groups, ArrayNode a) {
    for (TargetGroupAssignment t : groups) {
      ObjectNode o = a.addObject();
      o.put("targetGroup", t.getTargetGroup().name());
      o.put("reason", t.getReason());
    }
  }

  private static void writePlan(PlanOfApproach p, ObjectNode o) {
    o.put("version", p.getVersion());
    o.put("context", p.getContext());
    ArrayNode goals = o.putArray("goals");
    for (Goal g : p.getGoals()) {
      ObjectNode go = goals.addObject();
      go.put("code", g.getCode());
      go.put("lifeDomain", g.getLifeDomain().name());
      go.put("description", g.getDescription());
    }
    ArrayNode activities = o.putArray("activities");
    for (Activity a : p.getActivities()) {
      ObjectNode ao = activities.addObject();
      ao.put("description", a.getDescription());
      responsible(a.getResponsible(), ao.putObject("responsible"));
      ao.put("dueOn", a.getDueOn().toString());
      a.getGoalCode().ifPresent(v -> ao.put("goalCode", v));
    }
    p.getEvaluateBy().ifPresent(v -> o.put("evaluateBy", v.toString()));
  }

  private static void responsible(Responsible r, ObjectNode o) {
    r.getOrganisation().ifPresent(v -> o.put("organisation", v.getValue()));
    r.getProfessional().ifPresent(v -> o.put("professional", v.getValue()));
  }

  private static void ids(Collection<? extends Identifier<?>> ids, ArrayNode a) {
    ids.forEach(id -> a.add(id.getValue()));
  }

  private static void enums(Collection<? extends Enum<?>> values, ArrayNode a) {
    values.forEach(v -> a.add(v.name()));
  }

  // =====================================================================================
  // decode

  /**
   * Decodes an event from JSON written by this or an earlier codec of the same schema version.
   *
   * <p>The exception's message and cause never quote the stored text: stored events hold case
   * content.
   *
   * @param json the JSON text of one event, at most {@value #MAX_EVENT_CHARACTERS} characters
   * @return the event
   * @throws CodecException naming the event type and the JSON path when the text is too long or not
   *     valid JSON, the schema version is unknown, a field is missing or mistyped, or the values
   *     break a rule of the domain model
   */
  public CaseEvent decode(String json) {
    if (json == null) {
      throw new CodecException(null, "$", "the JSON text is null", null);
    }
    JsonNode tree = parse(json, null, "$", "the JSON text is ");
    if (tree == null || tree.isMissingNode()) {
      throw new CodecException(null, "$", "the JSON text is empty", null);
    }
    JsonIn root = new JsonIn(tree, "$", null).requireObject();
    long schema = root.longValue("schema");
    if (schema < 1 || schema > SCHEMA) {
      throw root.error(
          "$.schema",
          "schema version "
              + schema
              + " is not supported; this reader knows versions 1 to "
              + SCHEMA
              + " (upgrade the LON SDK to read newer events)",
          null);
    }
    return decodeEnvelope(root);
  }

  /**
   * Decodes an event from its {@code data} member alone, the envelope given as values: for a reader
   * that holds type and metadata apart from the event's fields, such as an importer of another
   * system's history. The fields are read and checked as {@link #decode(String)} reads them, with
   * the same paths ({@code $.data...}) in its errors.
   *
   * @param type the event's type
   * @param metadata the event's metadata
   * @param data the JSON text of the event's {@code data} object
   * @return the event
   * @throws CodecException when the text is not a JSON object or a field is missing or invalid
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public CaseEvent decodeData(EventType type, EventMetadata metadata, String data) {
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(metadata, "metadata");
    java.util.Objects.requireNonNull(data, "data");
    JsonNode tree = parse(data, type.name(), "$.data", "the data are ");
    if (tree == null || tree.isMissingNode()) {
      throw new CodecException(type.name(), "$.data", "the data are empty", null);
    }
    return decodeData(type, metadata, new JsonIn(tree, "$.data", type.name()).requireObject());
  }

  /** Parses a JSON text of at most {@link #MAX_EVENT_CHARACTERS}, naming only where it fails. */
  private static JsonNode parse(String json, String type, String path, String what) {
    if (json.length() > MAX_EVENT_CHARACTERS) {
      throw new CodecException(
          type,
          path,
          what
              + json.length()
              + " characters, more than the "
              + MAX_EVENT_CHARACTERS
              + " an event may have",
          null);
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the offending token: give only where it is.
      JsonLocation where = e.getLocation();
      throw new CodecException(
          type,
          path,
          "not valid JSON"
              + (where == null
                  ? ""
                  : " near line " + where.getLineNr() + ", column " + where.getColumnNr()),
          null);
    }
  }

  /** Decodes the envelope at a position: the root, or a correction's nested replacement. */
  private static CaseEvent decodeEnvelope(JsonIn root) {
    EventType type = root.enumValue("type", EventType.class);
    JsonIn r = root.typed(type.name());
    CaseId caseId = r.id("caseId", CaseId::of);
    long sequence = r.longValue("sequence");
    LocalDate businessDate = r.date("businessDate");
    Instant recordedAt = r.instant("recordedAt");
    ProfessionalId actor = r.id("actor", ProfessionalId::of);
    EventMetadata meta =
        r.build(() -> EventMetadata.of(caseId, sequence, businessDate, recordedAt, actor));
    JsonIn d = r.objOrEmpty("data");
    return decodeData(type, meta, d);
  }

  private static CaseEvent decodeData(EventType type, EventMetadata meta, JsonIn d) {
    switch (type) {
      case SIGNAL_RECEIVED:
        {
          NetworkId network = d.id("network", NetworkId::of);
          ClientNumber client = d.id("clientNumber", ClientNumber::of);
          Signal signal = signal(d.obj("signal"));
          Household household = household(d.obj("household"));
          return d.build(
              () ->
                  SignalReceived.builder()
                      .metadata(meta)
                      .network(network)
                      .clientNumber(client)
                      .signal(signal)
                      .household(household)
                      .build());
        }
      case REPORT_JUDGED:
        {
          ReportJudgement judgement = d.enumValue("judgement", ReportJudgement.class);
          String reason = d.text("reason");
          var groups = targetGroups(d, "targetGroups");
          Optional<Boolean> advised = d.optBool("advisedInScope");
          return d.build(
              () ->
                  ReportJudged.builder()
                      .metadata(meta)
                      .judgement(judgement)
                      .reason(reason)
                      .addAllTargetGroups(groups)
                      .advisedInScope(advised)
                      .build());
        }
      case INFORMATION_REQUESTED:
        {
          var organisations = d.list("organisations", OrganisationId::of);
          var networks = d.list("networks", NetworkId::of);
          String question = d.text("question");
          return d.build(
              () ->
                  InformationRequested.builder()
                      .metadata(meta)
                      .addAllOrganisations(organisations)
                      .addAllNetworks(networks)
                      .question(question)
                      .build());
        }
      case INFORMATION_ADDED:
        {
          OrganisationId organisation = d.id("organisation", OrganisationId::of);
          String summary = d.text("summary");
          return d.build(
              () ->
                  InformationAdded.builder()
                      .metadata(meta)
                      .organisation(organisation)
                      .summary(summary)
                      .build());
        }
      case HOME_VISIT_RECORDED:
        {
          var visitors = d.list("visitors", ProfessionalId::of);
          String findings = d.text("findings");
          boolean reached = d.bool("clientReached");
          return d.build(
              () ->
                  HomeVisitRecorded.builder()
                      .metadata(meta)
                      .addAllVisitors(visitors)
                      .findings(findings)
                      .clientReached(reached)
                      .build());
        }
      case COORDINATION_DECIDED:
        {
          CoordinationDecision decision = coordinationDecision(d.obj("decision"));
          return d.build(
              () -> CoordinationDecided.builder().metadata(meta).decision(decision).build());
        }
      case TRAJECTORY_DIRECTOR_APPOINTED:
        {
          ProfessionalId director = d.id("director", ProfessionalId::of);
          OrganisationId organisation = d.id("organisation", OrganisationId::of);
          AppointmentAuthority by = d.enumValue("appointedBy", AppointmentAuthority.class);
          boolean temporary = d.bool("temporary");
          return d.build(
              () ->
                  TrajectoryDirectorAppointed.builder()
                      .metadata(meta)
                      .director(director)
                      .organisation(organisation)
                      .appointedBy(by)
                      .temporary(temporary)
                      .build());
        }
      case LIFE_DOMAIN_SCAN_RECORDED:
        {
          LifeDomainScan scan = scan(d.obj("scan"));
          return d.build(() -> LifeDomainScanRecorded.builder().metadata(meta).scan(scan).build());
        }
      case INTEGRAL_PICTURE_FORMED:
        {
          String summary = d.text("summary");
          var groups = targetGroups(d, "targetGroups");
          return d.build(
              () ->
                  IntegralPictureFormed.builder()
                      .metadata(meta)
                      .summary(summary)
                      .addAllTargetGroups(groups)
                      .build());
        }
      case PLAN_ADOPTED:
        {
          PlanOfApproach plan = plan(d.obj("plan"));
          return d.build(() -> PlanAdopted.builder().metadata(meta).plan(plan).build());
        }
      case CONCEPT_PLAN_DRAFTED:
        {
          PlanOfApproach concept = plan(d.obj("concept"));
          return d.build(
              () -> ConceptPlanDrafted.builder().metadata(meta).concept(concept).build());
        }
      case PROGRESS_REPORTED:
        {
          JsonIn o = d.obj("report");
          String summary = o.text("summary");
          boolean deviates = o.bool("deviatesFromPlan");
          Optional<Boolean> stalled = o.optBool("stalled");
          Optional<Boolean> unreachable = o.optBool("clientUnreachable");
          ProgressReport report =
              o.build(
                  () -> {
                    var b = ProgressReport.builder().summary(summary).deviatesFromPlan(deviates);
                    stalled.ifPresent(b::stalled);
                    unreachable.ifPresent(b::clientUnreachable);
                    return b.build();
                  });
          return d.build(() -> ProgressReported.builder().metadata(meta).report(report).build());
        }
      case PROGRESS_TALK_HELD:
        {
          ProfessionalId director = d.id("trajectoryDirector", ProfessionalId::of);
          String summary = d.text("summary");
          return d.build(
              () ->
                  ProgressTalkHeld.builder()
                      .metadata(meta)
                      .trajectoryDirector(director)
                      .summary(summary)
                      .build());
        }
      case PAPER_FILE_RECORDED:
        {
          String location = d.text("location");
          return d.build(
              () -> PaperFileRecorded.builder().metadata(meta).location(location).build());
        }
      case PROBLEM_OWNERSHIP_ACCEPTED:
        {
          ProfessionalId director = d.id("trajectoryDirector", ProfessionalId::of);
          return d.build(
              () ->
                  ProblemOwnershipAccepted.builder()
                      .metadata(meta)
                      .trajectoryDirector(director)
                      .build());
        }
      case MEETING_HELD:
        {
          Meeting meeting = meeting(d.obj("meeting"));
          return d.build(() -> MeetingHeld.builder().metadata(meta).meeting(meeting).build());
        }
      case EVALUATION_RECORDED:
        {
          Evaluation evaluation = evaluation(d.obj("evaluation"));
          return d.build(
              () -> EvaluationRecorded.builder().metadata(meta).evaluation(evaluation).build());
        }
      case ESCALATION_REQUESTED:
        {
          EscalationKind kind = d.enumValue("kind", EscalationKind.class);
          String bottleneck = d.text("bottleneck");
          return d.build(
              () ->
                  EscalationRequested.builder()
                      .metadata(meta)
                      .kind(kind)
                      .bottleneck(bottleneck)
                      .build());
        }
      case ESCALATION_RAISED:
        {
          Escalation escalation = escalation(d.obj("escalation"));
          return d.build(
              () -> EscalationRaised.builder().metadata(meta).escalation(escalation).build());
        }
      case ESCALATION_RESOLVED:
        {
          EscalationId id = d.id("escalationId", EscalationId::of);
          JsonIn o = d.obj("resolution");
          ResolutionKind kind = o.enumValue("kind", ResolutionKind.class);
          String description = o.text("description");
          String blocker = o.text("blocker");
          EscalationResolution resolution =
              o.build(() -> EscalationResolution.of(kind, description, blocker));
          return d.build(
              () ->
                  EscalationResolved.builder()
                      .metadata(meta)
                      .escalationId(id)
                      .resolution(resolution)
                      .build());
        }
      case COERCION_MEASURE_RECORDED:
        {
          String code = d.text("measureCode");
          int level = d.intValue("level");
          OrganisationId executedBy = d.id("executedBy", OrganisationId::of);
          String reason = d.text("reason");
          return d.build(
              () ->
                  CoercionMeasureRecorded.builder()
                      .metadata(meta)
                      .measureCode(code)
                      .level(level)
                      .executedBy(executedBy)
                      .reason(reason)
                      .build());
        }
      case INSTRUMENT_USED:
        {
          InstrumentUse use = instrumentUse(d.obj("use"));
          return d.build(() -> InstrumentUsed.builder().metadata(meta).use(use).build());
        }
      case CASE_CLOSED:
        {
          Closure closure = closure(d.obj("closure"));
          return d.build(() -> CaseClosed.builder().metadata(meta).closure(closure).build());
        }
      case FOLLOW_UP_RECORDED:
        {
          JsonIn o = d.obj("check");
          FollowUpOutcome outcome = o.enumValue("outcome", FollowUpOutcome.class);
          String remarks = o.text("remarks");
          FollowUpCheck check = o.build(() -> FollowUpCheck.of(outcome, remarks));
          return d.build(() -> FollowUpRecorded.builder().metadata(meta).check(check).build());
        }
      case CASE_REOPENED:
        {
          String reason = d.text("reason");
          return d.build(() -> CaseReopened.builder().metadata(meta).reason(reason).build());
        }
      case CASE_TRANSFERRED:
        {
          JsonIn o = d.obj("handover");
          NetworkId to = o.id("toNetwork", NetworkId::of);
          String contact = o.text("receivingContact");
          String summary = o.text("summary");
          Optional<ProfessionalId> receiver = o.optId("receivingProfessional", ProfessionalId::of);
          Optional<String> basis = o.optText("legalBasis");
          WarmHandover handover =
              o.build(
                  () -> {
                    WarmHandover plain = WarmHandover.of(to, contact, summary);
                    WarmHandover named = receiver.map(plain::receivedBy).orElse(plain);
                    return basis.map(named::onLegalBasis).orElse(named);
                  });
          return d.build(() -> CaseTransferred.builder().metadata(meta).handover(handover).build());
        }
      case CONSENT_RECORDED:
        {
          Consent consent = consent(d.obj("consent"));
          return d.build(() -> ConsentRecorded.builder().metadata(meta).consent(consent).build());
        }
      case CONSENT_WITHDRAWN:
        return d.build(() -> ConsentWithdrawn.builder().metadata(meta).build());
      case ENTRY_CORRECTED:
        {
          long corrected = d.longValue("correctedSequence");
          String reason = d.text("reason");
          JsonIn inner = d.obj("replacement");
          if (inner
              .typed(null)
              .optText("type")
              .map(EventType.ENTRY_CORRECTED.name()::equals)
              .orElse(false)) {
            throw d.error(
                inner.path() + ".type", "a replacement is an act, not a correction", null);
          }
          CaseEvent replacement = decodeEnvelope(inner);
          return d.build(
              () ->
                  EntryCorrected.builder()
                      .metadata(meta)
                      .correctedSequence(corrected)
                      .replacement(replacement)
                      .reason(reason)
                      .build());
        }
      case ENTRY_WITHDRAWN:
        {
          long withdrawn = d.longValue("withdrawnSequence");
          String reason = d.text("reason");
          return d.build(
              () ->
                  EntryWithdrawn.builder()
                      .metadata(meta)
                      .withdrawnSequence(withdrawn)
                      .reason(reason)
                      .build());
        }
      default:
        throw d.error("$.type", "no decoding for event type " + type, null);
    }
  }

  private static Signal signal(JsonIn o) {
    SignalId id = o.id("id", SignalId::of);
    SignalSourceKind sourceKind = o.enumValue("sourceKind", SignalSourceKind.class);
    Optional<OrganisationId> organisation = o.optId("signallerOrganisation", OrganisationId::of);
    Optional<PartnerKind> kind = o.optEnum("signallerKind", PartnerKind.class);
    SignalChannel channel = o.enumValue("channel", SignalChannel.class);
    LocalDate receivedOn = o.date("receivedOn");
    var concerns = enumList(o, "concerns", Concern.class);
    Optional<String> description = o.optText("description");
    Optional<Boolean> acute = o.optBool("acuteCrisis");
    Optional<Boolean> minor = o.optBool("clientMinor");
    boolean informed = o.bool("clientInformed");
    Optional<String> notInformedReason = o.optText("notInformedReason");
    return o.build(
        () -> {
          var b =
              Signal.builder()
                  .id(id)
                  .sourceKind(sourceKind)
                  .signallerOrganisation(organisation)
                  .signallerKind(kind)
                  .channel(channel)
                  .receivedOn(receivedOn)
                  .addAllConcerns(concerns)
                  .clientInformed(informed)
                  .notInformedReason(notInformedReason);
          description.ifPresent(b::description);
          acute.ifPresent(b::acuteCrisis);
          minor.ifPresent(b::clientMinor);
          return b.build();
        });
  }

  private static Household household(JsonIn o) {
    int adults = o.intValue("adults");
    int children = o.intValue("children");
    return o.build(() -> Household.of(adults, children));
  }

  private static List<TargetGroupAssignment> targetGroups(JsonIn d, String field) {
    List<TargetGroupAssignment> result = new ArrayList<>();
    for (JsonIn o : d.elements(field)) {
      JsonIn e = o.requireObject();
      TargetGroup group = e.enumValue("targetGroup", TargetGroup.class);
      String reason = e.text("reason");
      result.add(e.build(() -> TargetGroupAssignment.of(group, reason)));
    }
    return result;
  }

  private static CoordinationDecision coordinationDecision(JsonIn o) {
    CoordinationOutcome outcome = o.enumValue("outcome", CoordinationOutcome.class);
    Optional<Circuit> circuit = o.optEnum("circuit", Circuit.class);
    Optional<OrganisationId> referredTo = o.optId("referredTo", OrganisationId::of);
    String reason = o.text("reason");
    Optional<SignallerFeedback> feedback = feedback(o);
    return o.build(
        () ->
            CoordinationDecision.builder()
                .outcome(outcome)
                .circuit(circuit)
                .referredTo(referredTo)
                .reason(reason)
                .feedback(feedback)
                .build());
  }

  private static Optional<SignallerFeedback> feedback(JsonIn o) {
    if (!o.has("feedback")) {
      return Optional.empty();
    }
    JsonIn f = o.obj("feedback");
    LocalDate givenOn = f.date("givenOn");
    String summary = f.text("summary");
    return Optional.of(f.build(() -> SignallerFeedback.of(givenOn, summary)));
  }

  private static LifeDomainScan scan(JsonIn o) {
    ScanInstrument instrument = o.enumValue("instrument", ScanInstrument.class);
    LocalDate scoredOn = o.date("scoredOn");
    Map<ScanDomain, SelfRelianceLevel> scores = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : o.textMap("scores").entrySet()) {
      String at = o.path() + ".scores." + e.getKey();
      scores.put(
          o.asEnum(e.getKey(), ScanDomain.class, at),
          o.asEnum(e.getValue(), SelfRelianceLevel.class, at));
    }
    var notDiscussed = enumList(o, "notDiscussed", ScanDomain.class);
    return o.build(
        () ->
            LifeDomainScan.builder()
                .instrument(instrument)
                .scoredOn(scoredOn)
                .putAllScores(scores)
                .addAllNotDiscussed(notDiscussed)
                .build());
  }

  private static PlanOfApproach plan(JsonIn o) {
    int version = o.intValue("version");
    String context = o.text("context");
    List<Goal> goals = new ArrayList<>();
    for (JsonIn g : o.elements("goals")) {
      JsonIn e = g.requireObject();
      String code = e.text("code");
      LifeDomain domain = e.enumValue("lifeDomain", LifeDomain.class);
      String description = e.text("description");
      goals.add(e.build(() -> Goal.of(code, domain, description)));
    }
    List<Activity> activities = new ArrayList<>();
    for (JsonIn a : o.elements("activities")) {
      JsonIn e = a.requireObject();
      String description = e.text("description");
      Responsible responsible = responsible(e.obj("responsible"));
      LocalDate dueOn = e.date("dueOn");
      Optional<String> goalCode = e.optText("goalCode");
      activities.add(
          e.build(
              () ->
                  Activity.builder()
                      .description(description)
                      .responsible(responsible)
                      .dueOn(dueOn)
                      .goalCode(goalCode)
                      .build()));
    }
    Optional<LocalDate> evaluateBy = o.optDate("evaluateBy");
    return o.build(
        () ->
            PlanOfApproach.builder()
                .version(version)
                .context(context)
                .addAllGoals(goals)
                .addAllActivities(activities)
                .evaluateBy(evaluateBy)
                .build());
  }

  private static Responsible responsible(JsonIn o) {
    Optional<OrganisationId> organisation = o.optId("organisation", OrganisationId::of);
    Optional<ProfessionalId> professional = o.optId("professional", ProfessionalId::of);
    return o.build(
        () -> {
          if (organisation.isPresent() && professional.isPresent()) {
            return Responsible.of(organisation.get(), professional.get());
          }
          if (organisation.isPresent()) {
            return Responsible.of(organisation.get());
          }
          if (professional.isPresent()) {
            return Responsible.of(professional.get());
          }
          throw new InvalidValueException(
              "Responsible",
              "organisation-or-professional",
              "name a responsible organisation or professional");
        });
  }

  private static Meeting meeting(JsonIn o) {
    MeetingId id = o.id("id", MeetingId::of);
    MeetingKind kind = o.enumValue("kind", MeetingKind.class);
    LocalDate heldOn = o.date("heldOn");
    var participants = o.list("participants", ProfessionalId::of);
    var organisations = o.list("organisations", OrganisationId::of);
    ProfessionalId chair = o.id("technicalChair", ProfessionalId::of);
    ProfessionalId coordinator = o.id("contentCoordinator", ProfessionalId::of);
    boolean invited = o.bool("clientInvited");
    boolean present = o.bool("clientPresent");
    List<WorkAgreement> minutes = new ArrayList<>();
    for (JsonIn w : o.elements("minutes")) {
      JsonIn e = w.requireObject();
      Responsible who = responsible(e.obj("who"));
      String what = e.text("what");
      LocalDate byWhen = e.date("byWhen");
      minutes.add(e.build(() -> WorkAgreement.of(who, what, byWhen)));
    }
    Optional<DecidingVote> vote = Optional.empty();
    if (o.has("decidingVote")) {
      JsonIn v = o.obj("decidingVote");
      ProfessionalId castBy = v.id("castBy", ProfessionalId::of);
      String matter = v.text("matter");
      vote = Optional.of(v.build(() -> DecidingVote.of(castBy, matter)));
    }
    Optional<DecidingVote> decidingVote = vote;
    return o.build(
        () ->
            Meeting.builder()
                .id(id)
                .kind(kind)
                .heldOn(heldOn)
                .addAllParticipants(participants)
                .addAllOrganisations(organisations)
                .technicalChair(chair)
                .contentCoordinator(coordinator)
                .clientInvited(invited)
                .clientPresent(present)
                .addAllMinutes(minutes)
                .decidingVote(decidingVote)
                .build());
  }

  private static Evaluation evaluation(JsonIn o) {
    Map<String, GoalResult> results = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : o.textMap("goalResults").entrySet()) {
      results.put(
          e.getKey(),
          o.asEnum(e.getValue(), GoalResult.class, o.path() + ".goalResults." + e.getKey()));
    }
    boolean kept = o.bool("agreementsKept");
    EvaluationDecision decision = o.enumValue("decision", EvaluationDecision.class);
    Optional<String> remarks = o.optText("remarks");
    return o.build(
        () -> {
          var b =
              Evaluation.builder()
                  .putAllGoalResults(results)
                  .agreementsKept(kept)
                  .decision(decision);
          remarks.ifPresent(b::remarks);
          return b.build();
        });
  }

  private static Escalation escalation(JsonIn o) {
    EscalationId id = o.id("id", EscalationId::of);
    EscalationKind kind = o.enumValue("kind", EscalationKind.class);
    int rung = o.intValue("rung");
    String body = o.text("body");
    String bottleneck = o.text("bottleneck");
    Optional<String> emergencyReason = o.optText("emergencyReason");
    return o.build(
        () ->
            Escalation.builder()
                .id(id)
                .kind(kind)
                .rung(rung)
                .body(body)
                .bottleneck(bottleneck)
                .emergencyReason(emergencyReason)
                .build());
  }

  private static InstrumentUse instrumentUse(JsonIn o) {
    Instrument instrument = o.enumValue("instrument", Instrument.class);
    String description = o.text("description");
    var agreedBy = o.list("agreedBy", OrganisationId::of);
    Optional<BigDecimal> amount = o.optDecimal("amount");
    Optional<Boolean> eviction = o.optBool("eviction");
    return o.build(
        () -> {
          var b =
              InstrumentUse.builder()
                  .instrument(instrument)
                  .description(description)
                  .addAllAgreedBy(agreedBy)
                  .amount(amount);
          eviction.ifPresent(b::eviction);
          return b.build();
        });
  }

  private static Closure closure(JsonIn o) {
    ClosureReason reason = o.enumValue("reason", ClosureReason.class);
    Optional<OrganisationId> regularCare = o.optId("regularCare", OrganisationId::of);
    Optional<NetworkId> handoverTo = o.optId("handoverTo", NetworkId::of);
    Optional<String> remarks = o.optText("remarks");
    return o.build(
        () -> {
          var b = Closure.builder().reason(reason).regularCare(regularCare).handoverTo(handoverTo);
          remarks.ifPresent(b::remarks);
          return b.build();
        });
  }

  private static Consent consent(JsonIn o) {
    ConsentScope scope = o.enumValue("scope", ConsentScope.class);
    var organisations = o.list("organisations", OrganisationId::of);
    LocalDate signedOn = o.date("signedOn");
    Optional<LocalDate> withdrawnOn = o.optDate("withdrawnOn");
    return o.build(
        () ->
            Consent.builder()
                .scope(scope)
                .addAllOrganisations(organisations)
                .signedOn(signedOn)
                .withdrawnOn(withdrawnOn)
                .build());
  }

  private static <E extends Enum<E>> List<E> enumList(JsonIn o, String field, Class<E> type) {
    List<E> result = new ArrayList<>();
    for (JsonIn e : o.elements(field)) {
      result.add(e.asEnum(e.textValueHere(), type, e.path()));
    }
    return result;
  }
}

package nl.lon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.client.Consent;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.Identifier;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.NetworkActivity;
import nl.lon.core.process.NetworkActivityKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.PlausibleDates;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.core.testing.Cast;

/**
 * Hostile input at every door of lon-core: every free text, identifier, date, instant, amount and
 * count of every value type is fed texts with unpaired surrogates, NUL and other controls, bidi
 * overrides, invisible-only content and 1 MiB lengths, dates and instants far outside the plausible
 * range, and amounts such as {@code 1E+999999999}.
 *
 * <p>Each rejection must be an {@link InvalidValueException} naming the field as {@code
 * Type.field}, nothing else may come out, and no message (of the exception or its causes) may
 * repeat {@link #MARKER}, which every hostile text carries. A completeness check reads the compiled
 * value types and fails when a text or date attribute has no slot here.
 */
class HostileInputProperties {

  /** Planted in every hostile text; no exception message may contain it. */
  static final String MARKER = "SECRET-MARKER";

  private static final int MIB = 1 << 20;

  // ====================================================================== texts

  /** How a text attribute treats absence. */
  enum Kind {
    /** Required free text. */
    REQUIRED,
    /** Free text that defaults to the empty text. */
    EMPTY_OK,
    /** Free text in an Optional. */
    OPTIONAL,
    /** An identifier or code: 1-128 of {@code [A-Za-z0-9._:-]}. */
    IDENTIFIER
  }

  /**
   * One text attribute: how to build a value with a text in it, and how to read it back.
   *
   * @param field the field as {@code Type.field}
   * @param kind how absence is treated
   * @param max the maximum length
   * @param build builds an otherwise valid value with the text
   * @param read reads the text back
   */
  record TextSlot(
      String field,
      Kind kind,
      int max,
      Function<String, Object> build,
      Function<Object, String> read) {
    @Override
    public String toString() {
      return field;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> TextSlot slot(
      String field, Kind kind, int max, Function<String, T> build, Function<T, String> read) {
    return new TextSlot(field, kind, max, (Function<String, Object>) build, o -> read.apply((T) o));
  }

  private static EventMetadata meta() {
    return CaseFixtures.events().metadata();
  }

  static List<TextSlot> textSlots() {
    List<TextSlot> s = new ArrayList<>();
    Kind r = Kind.REQUIRED;
    Kind id = Kind.IDENTIFIER;
    // client
    s.add(
        slot(
            "TargetGroupAssignment.reason",
            r,
            2000,
            t -> TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, t),
            TargetGroupAssignment::getReason));
    // escalation
    CoercionMeasure measure = CaseFixtures.compulsoryCleaning();
    s.add(
        slot(
            "CoercionMeasure.code",
            id,
            128,
            t -> CoercionMeasure.builder().from(measure).code(t).build(),
            CoercionMeasure::getCode));
    s.add(
        slot(
            "CoercionMeasure.name",
            r,
            200,
            t -> CoercionMeasure.builder().from(measure).name(t).build(),
            CoercionMeasure::getName));
    s.add(
        slot(
            "CoercionMeasure.nameNl",
            r,
            200,
            t -> CoercionMeasure.builder().from(measure).nameNl(t).build(),
            CoercionMeasure::getNameNl));
    s.add(
        slot(
            "CoercionMeasure.legalBasis",
            r,
            200,
            t -> CoercionMeasure.builder().from(measure).legalBasis(t).build(),
            CoercionMeasure::getLegalBasis));
    Escalation escalation = CaseFixtures.escalation(CaseFixtures.ESCALATION);
    s.add(
        slot(
            "Escalation.body",
            r,
            200,
            t -> Escalation.builder().from(escalation).body(t).build(),
            Escalation::getBody));
    s.add(
        slot(
            "Escalation.bottleneck",
            r,
            2000,
            t -> Escalation.builder().from(escalation).bottleneck(t).build(),
            Escalation::getBottleneck));
    s.add(
        slot(
            "Escalation.emergencyReason",
            Kind.OPTIONAL,
            2000,
            t -> Escalation.builder().from(escalation).emergencyReason(t).build(),
            e -> e.getEmergencyReason().orElseThrow()));
    s.add(
        slot(
            "EscalationResolution.description",
            r,
            2000,
            t -> EscalationResolution.of(ResolutionKind.AD_HOC, t, "waiting list"),
            EscalationResolution::getDescription));
    s.add(
        slot(
            "EscalationResolution.blocker",
            r,
            200,
            t -> EscalationResolution.of(ResolutionKind.AD_HOC, "exception", t),
            EscalationResolution::getBlocker));
    EscalationOption rung = CaseFixtures.steeringGroupOption();
    s.add(
        slot(
            "EscalationOption.body",
            r,
            200,
            t -> EscalationOption.builder().from(rung).body(t).build(),
            EscalationOption::getBody));
    s.add(
        slot(
            "EscalationOption.bodyNl",
            r,
            200,
            t -> EscalationOption.builder().from(rung).bodyNl(t).build(),
            EscalationOption::getBodyNl));
    s.add(
        slot(
            "EscalationOption.chair",
            r,
            200,
            t -> EscalationOption.builder().from(rung).chair(t).build(),
            EscalationOption::getChair));
    s.add(
        slot(
            "EscalationOption.powers",
            r,
            2000,
            t -> EscalationOption.builder().from(rung).powers(t).build(),
            EscalationOption::getPowers));
    StatutoryClock clock = CaseFixtures.statutoryClock();
    s.add(
        slot(
            "StatutoryClock.obligation",
            r,
            2000,
            t -> StatutoryClock.builder().from(clock).obligation(t).build(),
            StatutoryClock::getObligation));
    s.add(
        slot(
            "StatutoryClock.obligationNl",
            r,
            2000,
            t -> StatutoryClock.builder().from(clock).obligationNl(t).build(),
            StatutoryClock::getObligationNl));
    s.add(
        slot(
            "StatutoryClock.legalSource",
            r,
            200,
            t -> StatutoryClock.builder().from(clock).legalSource(t).build(),
            StatutoryClock::getLegalSource));
    s.add(
        slot(
            "StatutoryClock.metBy",
            id,
            128,
            t -> StatutoryClock.builder().from(clock).metBy(List.of(t)).build(),
            c -> c.getMetBy().iterator().next()));
    // events
    s.add(
        slot(
            "CaseReopened.reason",
            r,
            2000,
            t -> CaseReopened.builder().metadata(meta()).reason(t).build(),
            CaseReopened::getReason));
    s.add(
        slot(
            "EntryCorrected.reason",
            r,
            2000,
            t ->
                CaseFixtures.events()
                    .sequence(5)
                    .entryCorrected(CaseFixtures.events().sequence(3).homeVisitRecorded(true), t),
            nl.lon.core.event.EntryCorrected::getReason));
    s.add(
        slot(
            "EntryWithdrawn.reason",
            r,
            2000,
            t -> CaseFixtures.events().sequence(5).entryWithdrawn(3, t),
            nl.lon.core.event.EntryWithdrawn::getReason));
    s.add(
        slot(
            "CoercionMeasureRecorded.measureCode",
            id,
            128,
            t -> coercionRecorded(t, "danger"),
            CoercionMeasureRecorded::getMeasureCode));
    s.add(
        slot(
            "CoercionMeasureRecorded.reason",
            r,
            2000,
            t -> coercionRecorded("compulsory-cleaning", t),
            CoercionMeasureRecorded::getReason));
    s.add(
        slot(
            "EscalationRequested.bottleneck",
            r,
            2000,
            t ->
                EscalationRequested.builder()
                    .metadata(meta())
                    .kind(EscalationKind.CONTENT)
                    .bottleneck(t)
                    .build(),
            EscalationRequested::getBottleneck));
    s.add(
        slot(
            "HomeVisitRecorded.findings",
            r,
            10_000,
            t ->
                HomeVisitRecorded.builder()
                    .metadata(meta())
                    .addVisitors(CaseFixtures.GGZ_MEMBER)
                    .findings(t)
                    .clientReached(true)
                    .build(),
            HomeVisitRecorded::getFindings));
    s.add(
        slot(
            "InformationAdded.summary",
            r,
            10_000,
            t ->
                InformationAdded.builder()
                    .metadata(meta())
                    .organisation(CaseFixtures.GGZ)
                    .summary(t)
                    .build(),
            InformationAdded::getSummary));
    s.add(
        slot(
            "InformationRequested.question",
            r,
            2000,
            t ->
                InformationRequested.builder()
                    .metadata(meta())
                    .addOrganisations(CaseFixtures.GGZ)
                    .question(t)
                    .build(),
            InformationRequested::getQuestion));
    s.add(
        slot(
            "IntegralPictureFormed.summary",
            r,
            10_000,
            t -> IntegralPictureFormed.builder().metadata(meta()).summary(t).build(),
            IntegralPictureFormed::getSummary));
    s.add(
        slot(
            "PaperFileRecorded.location",
            r,
            200,
            t -> nl.lon.core.event.PaperFileRecorded.builder().metadata(meta()).location(t).build(),
            nl.lon.core.event.PaperFileRecorded::getLocation));
    s.add(
        slot(
            "DecidingVote.matter",
            r,
            2000,
            t -> nl.lon.core.process.DecidingVote.of(CaseFixtures.TRAJECTORY_DIRECTOR, t),
            nl.lon.core.process.DecidingVote::getMatter));
    s.add(
        slot(
            "ProgressTalkHeld.summary",
            r,
            10_000,
            t ->
                ProgressTalkHeld.builder()
                    .metadata(meta())
                    .trajectoryDirector(CaseFixtures.TRAJECTORY_DIRECTOR)
                    .summary(t)
                    .build(),
            ProgressTalkHeld::getSummary));
    s.add(
        slot(
            "ReportJudged.reason",
            r,
            2000,
            t ->
                ReportJudged.builder()
                    .metadata(meta())
                    .judgement(ReportJudgement.IN_SCOPE)
                    .reason(t)
                    .build(),
            ReportJudged::getReason));
    // identifiers
    s.add(slot("CaseId.value", id, 128, CaseId::of, Identifier::getValue));
    s.add(slot("ClientNumber.value", id, 128, ClientNumber::of, Identifier::getValue));
    s.add(slot("EscalationId.value", id, 128, EscalationId::of, Identifier::getValue));
    s.add(slot("MeetingId.value", id, 128, MeetingId::of, Identifier::getValue));
    s.add(slot("NetworkId.value", id, 128, NetworkId::of, Identifier::getValue));
    s.add(slot("OrganisationId.value", id, 128, OrganisationId::of, Identifier::getValue));
    s.add(slot("ProfessionalId.value", id, 128, ProfessionalId::of, Identifier::getValue));
    s.add(slot("SignalId.value", id, 128, SignalId::of, Identifier::getValue));
    // network
    Network network = Cast.LON;
    s.add(
        slot(
            "Network.name",
            r,
            200,
            t -> Network.builder().from(network).name(t).build(),
            Network::getName));
    s.add(
        slot(
            "Network.area",
            r,
            200,
            t -> Network.builder().from(network).area(t).build(),
            Network::getArea));
    s.add(
        slot(
            "Network.region",
            r,
            200,
            t -> Network.builder().from(network).region(t).build(),
            Network::getRegion));
    s.add(
        slot(
            "PartnerOrganisation.name",
            r,
            200,
            t ->
                PartnerOrganisation.builder().from(Cast.organisation(Cast.HOUSING)).name(t).build(),
            PartnerOrganisation::getName));
    s.add(
        slot(
            "Professional.displayName",
            r,
            200,
            t -> Professional.builder().from(Cast.TRAJECTORY_DIRECTOR).displayName(t).build(),
            Professional::getDisplayName));
    // process
    s.add(
        slot(
            "Activity.description",
            r,
            2000,
            t -> activity(t, Optional.empty()),
            Activity::getDescription));
    s.add(
        slot(
            "Activity.goalCode",
            id,
            128,
            t -> activity("call", Optional.of(t)),
            a -> a.getGoalCode().orElseThrow()));
    s.add(
        slot(
            "Closure.remarks",
            Kind.EMPTY_OK,
            2000,
            t -> Closure.builder().reason(ClosureReason.GUIDED_TO_REGULAR_CARE).remarks(t).build(),
            Closure::getRemarks));
    CoordinationDecision decision =
        CaseFixtures.coordinationDecision(CoordinationOutcome.COORDINATE, CaseFixtures.START);
    s.add(
        slot(
            "CoordinationDecision.reason",
            r,
            2000,
            t -> CoordinationDecision.builder().from(decision).reason(t).build(),
            CoordinationDecision::getReason));
    Evaluation evaluation = CaseFixtures.evaluation(EvaluationDecision.CONTINUE);
    s.add(
        slot(
            "Evaluation.goalResults",
            id,
            128,
            t ->
                Evaluation.builder()
                    .from(evaluation)
                    .goalResults(java.util.Map.of(t, GoalResult.REACHED))
                    .build(),
            e -> e.getGoalResults().keySet().iterator().next()));
    s.add(
        slot(
            "Evaluation.remarks",
            Kind.EMPTY_OK,
            2000,
            t -> Evaluation.builder().from(evaluation).remarks(t).build(),
            Evaluation::getRemarks));
    s.add(
        slot(
            "FollowUpCheck.remarks",
            Kind.EMPTY_OK,
            2000,
            t -> FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, t),
            FollowUpCheck::getRemarks));
    s.add(slot("Goal.code", id, 128, t -> Goal.of(t, LifeDomain.HOUSING, "a home"), Goal::getCode));
    s.add(
        slot(
            "Goal.description",
            r,
            2000,
            t -> Goal.of("G1", LifeDomain.HOUSING, t),
            Goal::getDescription));
    InstrumentUse use = CaseFixtures.carePurchase(CaseFixtures.CARE_PURCHASE_AMOUNT);
    s.add(
        slot(
            "InstrumentUse.description",
            r,
            2000,
            t -> InstrumentUse.builder().from(use).description(t).build(),
            InstrumentUse::getDescription));
    PlanOfApproach plan = CaseFixtures.plan(1, CaseFixtures.START);
    s.add(
        slot(
            "PlanOfApproach.context",
            r,
            10_000,
            t -> PlanOfApproach.builder().from(plan).context(t).build(),
            PlanOfApproach::getContext));
    s.add(
        slot(
            "ProgressReport.summary",
            r,
            10_000,
            t -> ProgressReport.of(t, false),
            ProgressReport::getSummary));
    s.add(
        slot(
            "Signal.description",
            Kind.EMPTY_OK,
            4000,
            t -> CaseFixtures.residentSignalBuilder().description(t).build(),
            Signal::getDescription));
    s.add(
        slot(
            "Signal.notInformedReason",
            Kind.OPTIONAL,
            2000,
            t ->
                CaseFixtures.residentSignalBuilder()
                    .clientInformed(false)
                    .notInformedReason(t)
                    .build(),
            sig -> sig.getNotInformedReason().orElseThrow()));
    s.add(
        slot(
            "SignallerFeedback.summary",
            r,
            2000,
            t -> SignallerFeedback.of(CaseFixtures.START, t),
            SignallerFeedback::getSummary));
    s.add(
        slot(
            "WarmHandover.receivingContact",
            r,
            200,
            t -> WarmHandover.of(CaseFixtures.RECEIVING_NETWORK, t, "moved"),
            WarmHandover::getReceivingContact));
    s.add(
        slot(
            "WarmHandover.summary",
            r,
            10_000,
            t -> WarmHandover.of(CaseFixtures.RECEIVING_NETWORK, "team leader", t),
            WarmHandover::getSummary));
    s.add(
        slot(
            "WarmHandover.legalBasis",
            r,
            200,
            t ->
                WarmHandover.of(CaseFixtures.RECEIVING_NETWORK, "team leader", "summary")
                    .onLegalBasis(t),
            w -> w.getLegalBasis().orElseThrow()));
    s.add(
        slot(
            "WorkAgreement.what",
            r,
            2000,
            t -> WorkAgreement.of(Responsible.of(CaseFixtures.GGZ), t, CaseFixtures.START),
            WorkAgreement::getWhat));
    NetworkActivity activity =
        NetworkActivity.builder()
            .kind(NetworkActivityKind.INFORMATION)
            .heldOn(CaseFixtures.START)
            .organisation("woningcorporatie")
            .topic("the network's way of working")
            .build();
    s.add(
        slot(
            "NetworkActivity.organisation",
            r,
            200,
            t -> NetworkActivity.builder().from(activity).organisation(t).build(),
            NetworkActivity::getOrganisation));
    s.add(
        slot(
            "NetworkActivity.topic",
            r,
            200,
            t -> NetworkActivity.builder().from(activity).topic(t).build(),
            NetworkActivity::getTopic));
    // error
    s.add(
        slot(
            "Violation.rule",
            r,
            200,
            t -> new Violation(t, ProcessStep.SIGNAL, "en", "nl"),
            Violation::rule));
    s.add(
        slot(
            "Violation.reasonEn",
            r,
            2000,
            t -> new Violation("rule", ProcessStep.SIGNAL, t, "nl"),
            Violation::reasonEn));
    s.add(
        slot(
            "Violation.reasonNl",
            r,
            2000,
            t -> new Violation("rule", ProcessStep.SIGNAL, "en", t),
            Violation::reasonNl));
    return s;
  }

  private static CoercionMeasureRecorded coercionRecorded(String code, String reason) {
    return CoercionMeasureRecorded.builder()
        .metadata(meta())
        .measureCode(code)
        .level(40)
        .executedBy(CaseFixtures.GGD)
        .reason(reason)
        .build();
  }

  private static Activity activity(String description, Optional<String> goalCode) {
    return Activity.builder()
        .description(description)
        .responsible(Responsible.of(CaseFixtures.GGZ))
        .dueOn(CaseFixtures.START)
        .goalCode(goalCode)
        .build();
  }

  /** Texts that are hostile in content; each carries the marker. */
  static List<String> hostileTexts() {
    List<String> t = new ArrayList<>();
    String before = "Buren melden " + MARKER + " overlast";
    for (String bad : badCharacters()) {
      t.add(before + bad);
      t.add(bad + before);
      t.add("Buren " + bad + " " + MARKER);
    }
    String oneMiB = (MARKER + " ").repeat(MIB / (MARKER.length() + 1) + 1).substring(0, MIB);
    t.add(oneMiB);
    t.add(oneMiB.substring(0, MIB - 1) + "\u0000");
    t.add("\u0000".repeat(MIB) + MARKER);
    t.add(MARKER + "\uD800".repeat(MIB));
    return t;
  }

  /** Texts without visible content; they cannot carry a marker. */
  static List<String> blankTexts() {
    return List.of(
        "",
        " ",
        "   \n\t ",
        "\u00A0\u2007\u202F",
        "\u2028\u2029",
        "\u200B",
        "\u200B\u200B\u200B",
        "\uFEFF",
        " \uFEFF \u200B\n",
        "\u200E\u200F\u2060",
        "\t".repeat(5000),
        " ".repeat(MIB));
  }

  /** One bad character (or unit) per entry. */
  static List<String> badCharacters() {
    List<String> b = new ArrayList<>();
    b.add("\uD800"); // lone high surrogate
    b.add("\uDBFF");
    b.add("\uDC00"); // lone low surrogate
    b.add("\uDFFF");
    b.add("\uDC00\uD800"); // reversed pair
    for (char c = 0; c < 0x20; c++) {
      if (c != '\n' && c != '\t') {
        b.add(String.valueOf(c));
      }
    }
    b.add("\u007F"); // DEL
    b.add("\u0080");
    b.add("\u0085"); // NEL
    b.add("\u009F");
    for (char c = '\u202A'; c <= '\u202E'; c++) {
      b.add(String.valueOf(c));
    }
    for (char c = '\u2066'; c <= '\u2069'; c++) {
      b.add(String.valueOf(c));
    }
    return b;
  }

  @Provide
  Arbitrary<TextSlot> textSlotsArbitrary() {
    return Arbitraries.of(textSlots());
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(hostileTexts());
  }

  @Provide
  Arbitrary<String> blank() {
    return Arbitraries.of(blankTexts());
  }

  /** Valid free text: visible, with line breaks, tabs, quotes, non-Latin scripts and emoji. */
  @Provide
  Arbitrary<String> validTexts() {
    Arbitrary<String> first = Arbitraries.of("B", "é", "א", "ع", "漢", "\uD83D\uDE00", "1", "\"");
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
            "\u0301",
            "\uD83D\uDE00",
            "\uD83C\uDDF3\uD83C\uDDF1",
            "{",
            "}",
            "<",
            ">",
            "&",
            "%",
            "$");
    return Combinators.combine(first, piece.list().ofMaxSize(80))
        .as((f, rest) -> f + String.join("", rest));
  }

  @Provide
  Arbitrary<String> identifiers() {
    Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
    Arbitrary<String> rest =
        Arbitraries.strings().alpha().numeric().withChars("._:-").ofMaxLength(127);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 20_000)
  void build_hostileText_rejectedNamingFieldWithoutEcho(
      @ForAll("textSlotsArbitrary") TextSlot slot, @ForAll("hostile") String text) {
    InvalidValueException e = assertRejected(slot.field(), () -> slot.build().apply(text));
    assertNoMarker(e);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void build_blankText_rejectedUnlessEmptyAllowed(
      @ForAll("textSlotsArbitrary") TextSlot slot, @ForAll("blank") String text) {
    if (slot.kind() == Kind.EMPTY_OK && text.isEmpty()) {
      assertEquals("", slot.read().apply(slot.build().apply(text)));
      return;
    }
    assertRejected(slot.field(), () -> slot.build().apply(text));
  }

  @Property(tries = 2_000)
  void build_validTextWithOneBadCharacter_rejectedNamingField(
      @ForAll("textSlotsArbitrary") TextSlot slot,
      @ForAll("validTexts") String valid,
      @ForAll("badCharacter") String bad,
      @ForAll double where) {
    String body = valid + MARKER;
    int at = (int) Math.floor(Math.abs(where) % 1.0 * (body.length() + 1));
    if (at > 0 && at < body.length() && Character.isLowSurrogate(body.charAt(at))) {
      at--; // do not split an emoji: the bad character must be the only fault
    }
    String text = body.substring(0, at) + bad + body.substring(at);
    if (text.length() > slot.max()) {
      text = bad + MARKER; // short enough that the character rule, not the length, speaks
    }
    String hostile = text;
    InvalidValueException e = assertRejected(slot.field(), () -> slot.build().apply(hostile));
    assertNoMarker(e);
    if (slot.kind() != Kind.IDENTIFIER) {
      assertTrue(
          Set.of("no-unpaired-surrogate", "no-control-character", "no-bidi-control")
              .contains(e.getRule()),
          slot.field() + ": " + e.getRule());
    }
  }

  @Provide
  Arbitrary<String> badCharacter() {
    return Arbitraries.of(badCharacters());
  }

  @Property(tries = 2_000)
  void build_validText_acceptedAndReadBackUnchanged(
      @ForAll("textSlotsArbitrary") TextSlot slot,
      @ForAll("validTexts") String text,
      @ForAll("identifiers") String identifier) {
    String value = slot.kind() == Kind.IDENTIFIER ? identifier : text;
    if (value.length() > slot.max()) {
      value = value.substring(0, slot.max());
      if (Character.isHighSurrogate(value.charAt(value.length() - 1))) {
        value = value.substring(0, value.length() - 1);
      }
    }
    assertEquals(value, slot.read().apply(slot.build().apply(value)));
  }

  @Example
  void build_textOfMaximumLength_acceptedAndOneMoreRejectedAsMaxLength() {
    for (TextSlot slot : textSlots()) {
      String longest =
          slot.kind() == Kind.IDENTIFIER ? "a".repeat(slot.max()) : "é".repeat(slot.max());
      assertEquals(longest, slot.read().apply(slot.build().apply(longest)), slot.field());
      String tooLong = longest + "x";
      InvalidValueException e = assertRejected(slot.field(), () -> slot.build().apply(tooLong));
      String expected =
          slot.kind() == Kind.IDENTIFIER ? "identifier-format" : "max-length-" + slot.max();
      assertEquals(expected, e.getRule(), slot.field());
    }
  }

  @Example
  void build_oneMebibyteText_rejectedFast() {
    String huge = "x".repeat(MIB) + "\u0000";
    for (TextSlot slot : textSlots()) {
      slot.build().apply(slot.kind() == Kind.IDENTIFIER ? "warm-up" : "warm up");
      long start = System.nanoTime();
      assertRejected(slot.field(), () -> slot.build().apply(huge));
      long micros = (System.nanoTime() - start) / 1000;
      assertTrue(micros < 200_000, slot.field() + " took " + micros + " µs");
    }
  }

  // ====================================================================== dates and instants

  /**
   * One date attribute.
   *
   * @param field the field as {@code Type.field}
   * @param build builds an otherwise valid value with the date
   */
  record DateSlot(String field, Function<LocalDate, Object> build) {
    @Override
    public String toString() {
      return field;
    }
  }

  static List<DateSlot> dateSlots() {
    List<DateSlot> s = new ArrayList<>();
    s.add(new DateSlot("Consent.signedOn", CaseFixtures::consent));
    s.add(
        new DateSlot(
            "Consent.withdrawnOn",
            d ->
                Consent.builder()
                    .from(CaseFixtures.consent(PlausibleDates.FIRST_DATE))
                    .withdrawnOn(d)
                    .build()));
    s.add(
        new DateSlot(
            "EventMetadata.businessDate",
            d ->
                EventMetadata.of(
                    CaseFixtures.CASE_ID,
                    1,
                    d,
                    Instant.parse("2026-03-02T09:00:00Z"),
                    CaseFixtures.NETWORK_DIRECTOR)));
    s.add(
        new DateSlot(
            "Activity.dueOn",
            d ->
                Activity.builder()
                    .description("call")
                    .responsible(Responsible.of(CaseFixtures.GGZ))
                    .dueOn(d)
                    .build()));
    s.add(
        new DateSlot(
            "Meeting.heldOn",
            d ->
                nl.lon.core.process.Meeting.builder()
                    .from(CaseFixtures.meeting(MeetingKind.CASE_CONFERENCE, CaseFixtures.START))
                    .heldOn(d)
                    .build()));
    s.add(
        new DateSlot(
            "NetworkActivity.heldOn",
            d ->
                NetworkActivity.builder()
                    .kind(NetworkActivityKind.CONSULTATION)
                    .heldOn(d)
                    .organisation("huisartsenpraktijk")
                    .topic("advice on a patient")
                    .build()));
    s.add(
        new DateSlot(
            "PlanOfApproach.evaluateBy",
            d ->
                PlanOfApproach.builder()
                    .from(CaseFixtures.plan(1, CaseFixtures.START))
                    .evaluateBy(d)
                    .build()));
    s.add(
        new DateSlot(
            "Signal.receivedOn", d -> CaseFixtures.residentSignalBuilder().receivedOn(d).build()));
    s.add(new DateSlot("SignallerFeedback.givenOn", d -> SignallerFeedback.of(d, "told")));
    s.add(
        new DateSlot(
            "WorkAgreement.byWhen",
            d -> WorkAgreement.of(Responsible.of(CaseFixtures.GGZ), "call", d)));
    s.add(new DateSlot("LifeDomainScan.scoredOn", CaseFixtures::zrm2017Scan));
    return s;
  }

  @Provide
  Arbitrary<DateSlot> dateSlotsArbitrary() {
    return Arbitraries.of(dateSlots());
  }

  @Provide
  Arbitrary<LocalDate> hostileDates() {
    return Arbitraries.of(
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.EPOCH.withYear(0),
        LocalDate.of(202, 3, 2), // a year typed as 0202
        LocalDate.of(1, 1, 1),
        LocalDate.of(1899, 12, 31),
        LocalDate.of(2200, 1, 1),
        LocalDate.of(9999, 12, 31),
        LocalDate.of(-5, 6, 1));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_hostileDate_rejectedAsPlausibleDate(
      @ForAll("dateSlotsArbitrary") DateSlot slot, @ForAll("hostileDates") LocalDate date) {
    InvalidValueException e = assertRejected(slot.field(), () -> slot.build().apply(date));
    assertEquals("plausible-date", e.getRule());
    assertFalse(e.getMessage().contains(date.toString()), e.getMessage());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_dateAtRangeEdge_accepted(@ForAll("dateSlotsArbitrary") DateSlot slot) {
    slot.build().apply(PlausibleDates.LAST_DATE);
    slot.build().apply(PlausibleDates.FIRST_DATE);
  }

  @Example
  void of_hostileRecordedAt_rejectedAsPlausibleDate() {
    for (Instant i :
        List.of(
            Instant.MIN,
            Instant.MAX,
            Instant.EPOCH.minusSeconds(70L * 366 * 86_400 + 1), // 1899
            Instant.parse("1899-12-31T23:59:59.999999999Z"),
            Instant.parse("2200-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59Z"))) {
      InvalidValueException e =
          assertRejected(
              "EventMetadata.recordedAt",
              () ->
                  EventMetadata.of(
                      CaseFixtures.CASE_ID,
                      1,
                      CaseFixtures.START,
                      i,
                      CaseFixtures.NETWORK_DIRECTOR));
      assertEquals("plausible-date", e.getRule());
    }
    for (Instant i :
        List.of(PlausibleDates.FIRST_INSTANT, Instant.parse("2199-12-31T23:59:59.999999999Z"))) {
      assertEquals(
          i,
          EventMetadata.of(
                  CaseFixtures.CASE_ID, 1, CaseFixtures.START, i, CaseFixtures.NETWORK_DIRECTOR)
              .getRecordedAt());
    }
  }

  @Example
  void plausibleDateOfBirth_relativeToClock_refusesFutureAndOutOfRange() {
    LocalDate today =
        LocalDate.now(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
    assertTrue(PlausibleDates.plausibleDateOfBirth(LocalDate.of(1970, 5, 17), today));
    assertTrue(PlausibleDates.plausibleDateOfBirth(today, today));
    assertTrue(PlausibleDates.plausibleDateOfBirth(PlausibleDates.FIRST_DATE, today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(today.plusDays(1), today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.of(2100, 1, 1), today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.of(1899, 12, 31), today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.of(202, 1, 1), today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.MIN, today));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.MAX, LocalDate.MAX));
    assertFalse(PlausibleDates.plausibleDateOfBirth(LocalDate.of(9999, 1, 1), today));
    assertThrows(
        NullPointerException.class, () -> PlausibleDates.plausibleDateOfBirth(null, today));
    assertThrows(
        NullPointerException.class, () -> PlausibleDates.plausibleDateOfBirth(today, null));
  }

  @Example
  void constants_describeOneRange() {
    assertEquals(PlausibleDates.FIRST_DATE, LocalDate.of(PlausibleDates.FIRST_YEAR, 1, 1));
    assertEquals(PlausibleDates.LAST_DATE, LocalDate.of(PlausibleDates.LAST_YEAR, 12, 31));
    assertEquals(
        PlausibleDates.FIRST_INSTANT,
        PlausibleDates.FIRST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC));
    assertEquals(
        PlausibleDates.END_INSTANT,
        PlausibleDates.LAST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    assertTrue(PlausibleDates.containsYear(1900) && PlausibleDates.containsYear(2199));
    assertFalse(PlausibleDates.containsYear(1899) || PlausibleDates.containsYear(2200));
  }

  // ====================================================================== amounts

  @Provide
  Arbitrary<String> hostileAmounts() {
    return Arbitraries.of(
        "1E+30000000",
        "1E+999999999",
        "1E-300000000",
        "1E-2147483647",
        "-1",
        "0",
        "0.00",
        "-0.01",
        "0.001",
        "0.0010",
        "12.345",
        "1000000.01",
        "1000000.001",
        "1000001",
        "1E+7",
        "9.99999999E+6",
        "-1E+999999999",
        "1" + "0".repeat(5000),
        "0." + "0".repeat(5000) + "1");
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void build_hostileAmount_rejectedFastNamingAmount(@ForAll("hostileAmounts") String text) {
    BigDecimal amount = new BigDecimal(text);
    CaseFixtures.carePurchase(BigDecimal.ONE); // warm up the classes involved
    long start = System.nanoTime();
    InvalidValueException e =
        assertRejected("InstrumentUse.amount", () -> CaseFixtures.carePurchase(amount));
    long micros = (System.nanoTime() - start) / 1000;
    assertTrue(
        micros < 50_000, text.length() > 30 ? "long amount" : text + " took " + micros + " µs");
    assertTrue(
        Set.of("positive", "two-decimals", "max-amount-1000000.00").contains(e.getRule()),
        e.getRule());
    if (!"at most 1000000.00".contains(text)) {
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
  }

  @Example
  void build_hugeExponents_rejectedWithoutExpanding() {
    for (BigDecimal a :
        List.of(
            new BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE),
            new BigDecimal(java.math.BigInteger.ONE, Integer.MAX_VALUE),
            new BigDecimal(java.math.BigInteger.TEN.pow(200), Integer.MAX_VALUE))) {
      CaseFixtures.carePurchase(BigDecimal.ONE); // warm up the classes involved
      long start = System.nanoTime();
      assertRejected("InstrumentUse.amount", () -> CaseFixtures.carePurchase(a));
      long micros = (System.nanoTime() - start) / 1000;
      assertTrue(micros < 50_000, "scale " + a.scale() + " took " + micros + " µs");
    }
  }

  @Example
  void build_validAmounts_keptAsGiven() {
    for (String text :
        List.of(
            "0.01",
            "1",
            "12.5",
            "12.50",
            "250.00",
            "1000000.00",
            "1000000",
            "1E+6",
            "2.5E+2",
            "1.000",
            "0.010",
            "999999.99")) {
      BigDecimal amount = new BigDecimal(text);
      assertEquals(amount, CaseFixtures.carePurchase(amount).getAmount().orElseThrow(), text);
    }
  }

  // ====================================================================== counts

  @Example
  void build_hostileCounts_rejectedNamingField() {
    for (int n : List.of(Integer.MIN_VALUE, -1, 0, 1_000_000, Integer.MAX_VALUE)) {
      if (n != 0) {
        assertRejected("Household.children", () -> Household.of(1, n));
      }
      assertRejected("Household.adults", () -> Household.of(n, 0));
      assertRejected("SelfRelianceLevel.level", () -> SelfRelianceLevel.of(n));
      assertRejected(
          "PlanOfApproach.version",
          () ->
              PlanOfApproach.builder()
                  .from(CaseFixtures.plan(1, CaseFixtures.START))
                  .version(n)
                  .build());
      assertRejected(
          "Escalation.rung",
          () ->
              Escalation.builder()
                  .from(CaseFixtures.escalation(CaseFixtures.ESCALATION))
                  .rung(n)
                  .build());
      assertRejected(
          "CoercionMeasure.level",
          () -> CoercionMeasure.builder().from(CaseFixtures.compulsoryCleaning()).level(n).build());
      assertRejected(
          "CoercionMeasureRecorded.level",
          () ->
              CoercionMeasureRecorded.builder().from(coercionRecorded("c", "r")).level(n).build());
      assertRejected(
          "StatutoryClock.days",
          () -> StatutoryClock.builder().from(CaseFixtures.statutoryClock()).days(n).build());
      if (n <= 0) {
        assertRejected(
            "Network.inhabitants", () -> Network.builder().from(Cast.LON).inhabitants(n).build());
        assertRejected(
            "EventMetadata.sequence",
            () ->
                EventMetadata.of(
                    CaseFixtures.CASE_ID,
                    n,
                    CaseFixtures.START,
                    PlausibleDates.FIRST_INSTANT,
                    CaseFixtures.NETWORK_DIRECTOR));
      }
    }
  }

  // ====================================================================== completeness

  /**
   * Every text, date and instant attribute of every lon-core value type has a slot above: a new
   * attribute without one fails here, so it cannot skip the rules unnoticed.
   */
  @Example
  void slots_coverEveryTextAndDateAttributeOfEveryValueType() throws Exception {
    Set<String> texts = new TreeSet<>();
    Set<String> dates = new TreeSet<>();
    for (Class<?> type : valueTypes()) {
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() != 0
            || !m.getName().startsWith("get")
            || m.getDeclaringClass().isInterface()
            || m.getDeclaringClass() == Object.class) {
          continue;
        }
        String field =
            type.getSimpleName()
                + "."
                + Character.toLowerCase(m.getName().charAt(3))
                + m.getName().substring(4);
        Type returns = m.getGenericReturnType();
        if (mentions(returns, String.class)) {
          texts.add(field);
        }
        if (mentions(returns, LocalDate.class)) {
          dates.add(field);
        }
      }
    }
    Set<String> textSlots =
        textSlots().stream().map(TextSlot::field).collect(Collectors.toCollection(TreeSet::new));
    textSlots.removeIf(f -> f.startsWith("Violation."));
    Set<String> dateSlots =
        dateSlots().stream().map(DateSlot::field).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(texts, textSlots, "text attributes without a slot, or slots without an attribute");
    assertEquals(dates, dateSlots, "date attributes without a slot, or slots without an attribute");
    assertTrue(texts.size() > 50, "found only " + texts);
  }

  /** Public value types of lon-core: public abstract classes with a generated Immutable twin. */
  private static List<Class<?>> valueTypes() throws Exception {
    Path root = Path.of(CaseId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = root.relativize(p).toString().replace(java.io.File.separatorChar, '.');
        if (!name.endsWith(".class") || name.contains("$") || name.contains(".Immutable")) {
          continue;
        }
        Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (!Modifier.isPublic(c.getModifiers()) || c == CaseState.class) {
          continue; // CaseState is derived by the fold from validated events only
        }
        try {
          Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName());
          types.add(c);
        } catch (ClassNotFoundException notAValueType) {
          // not an Immutables value type
        }
      }
    }
    return types;
  }

  private static boolean mentions(Type type, Class<?> target) {
    if (type == target) {
      return true;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        if (mentions(argument, target)) {
          return true;
        }
      }
    }
    return false;
  }

  // ====================================================================== assertions

  /** Runs the code, which must fail with an InvalidValueException naming the field. */
  static InvalidValueException assertRejected(String field, Runnable code) {
    try {
      code.run();
    } catch (LonException e) {
      InvalidValueException invalid =
          assertInstanceOf(InvalidValueException.class, e, e.toString());
      assertEquals(field, invalid.getField(), invalid.getMessage());
      assertTrue(invalid.getMessage().startsWith(field + ": "), invalid.getMessage());
      return invalid;
    } catch (RuntimeException e) {
      fail(field + ": only LonException may come out, got " + e, e);
    }
    return fail(field + ": accepted a hostile value");
  }

  static void assertNoMarker(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(
          message.contains(MARKER),
          "message echoes the input: " + message.substring(0, Math.min(200, message.length())));
      assertFalse(message.contains("SECRET"), "message echoes the input");
    }
  }
}

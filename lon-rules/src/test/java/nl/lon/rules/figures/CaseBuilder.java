package nl.lon.rules.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
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
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.testing.Cast;

/** Writes a legal case history in a few lines; each call appends the next event. */
final class CaseBuilder {

  static final NetworkId NOORD = Cast.NETWORK;
  static final NetworkId ZUID = Cast.OTHER_NETWORK;
  static final ProfessionalId NETWORK_DIRECTOR = Cast.NETWORK_DIRECTOR.getId();

  private final CaseId id;
  private final List<CaseEvent> events = new ArrayList<>();
  private long sequence;
  private int escalations;

  private CaseBuilder(String id) {
    this.id = CaseId.of(id);
  }

  /** A case opened by a signal from an organisation of the given kind (kind may be null). */
  static CaseBuilder signalled(
      String id,
      NetworkId network,
      LocalDate receivedOn,
      SignalSourceKind source,
      PartnerKind kind,
      String organisation) {
    CaseBuilder b = new CaseBuilder(id);
    nl.lon.core.process.Signal.Builder signal =
        Signal.builder()
            .id(SignalId.of("s-" + id))
            .sourceKind(source)
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(receivedOn)
            .addConcerns(Concern.NUISANCE)
            .clientInformed(true);
    if (organisation != null) {
      signal.signallerOrganisation(OrganisationId.of(organisation));
    }
    if (kind != null) {
      signal.signallerKind(kind);
    }
    b.events.add(
        SignalReceived.builder()
            .metadata(b.meta(receivedOn))
            .network(network)
            .clientNumber(ClientNumber.of("C-" + id))
            .signal(signal.build())
            .household(Household.single())
            .build());
    return b;
  }

  /** A case opened by a signal from a source that is no organisation. */
  static CaseBuilder signalled(
      String id, NetworkId network, LocalDate receivedOn, SignalSourceKind source) {
    return signalled(id, network, receivedOn, source, null, null);
  }

  CaseId id() {
    return id;
  }

  List<CaseEvent> events() {
    return List.copyOf(events);
  }

  private EventMetadata meta(LocalDate date) {
    Instant at = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    return EventMetadata.of(id, ++sequence, date, at, NETWORK_DIRECTOR);
  }

  private static List<TargetGroupAssignment> groups(TargetGroup... groups) {
    List<TargetGroupAssignment> list = new ArrayList<>();
    for (TargetGroup g : groups) {
      list.add(TargetGroupAssignment.of(g, "because " + g));
    }
    return list;
  }

  CaseBuilder judged(LocalDate on, ReportJudgement judgement, TargetGroup... groups) {
    events.add(
        ReportJudged.builder()
            .metadata(meta(on))
            .judgement(judgement)
            .reason("judged")
            .addAllTargetGroups(groups(groups))
            .build());
    return this;
  }

  CaseBuilder asked(LocalDate on, String... organisations) {
    nl.lon.core.event.InformationRequested.Builder r =
        InformationRequested.builder().metadata(meta(on)).question("do you know the client?");
    for (String o : organisations) {
      r.addOrganisations(OrganisationId.of(o));
    }
    events.add(r.build());
    return this;
  }

  CaseBuilder information(LocalDate on, String organisation) {
    events.add(
        InformationAdded.builder()
            .metadata(meta(on))
            .organisation(OrganisationId.of(organisation))
            .summary("known to " + organisation)
            .build());
    return this;
  }

  CaseBuilder coordination(LocalDate on, CoordinationOutcome outcome, String referredTo) {
    nl.lon.core.process.CoordinationDecision.Builder d =
        CoordinationDecision.builder()
            .outcome(outcome)
            .reason("decided")
            .feedback(SignallerFeedback.of(on, "told the signaller"));
    if (outcome == CoordinationOutcome.REFER_TO_CIRCUIT) {
      d.circuit(Circuit.YOUTH);
    }
    if (outcome == CoordinationOutcome.REFER_TO_ORGANISATION) {
      d.referredTo(OrganisationId.of(referredTo));
    }
    events.add(CoordinationDecided.builder().metadata(meta(on)).decision(d.build()).build());
    return this;
  }

  CaseBuilder coordinate(LocalDate on) {
    return coordination(on, CoordinationOutcome.COORDINATE, null);
  }

  CaseBuilder director(LocalDate on, String professional, String organisation) {
    events.add(
        TrajectoryDirectorAppointed.builder()
            .metadata(meta(on))
            .director(ProfessionalId.of(professional))
            .organisation(OrganisationId.of(organisation))
            .appointedBy(AppointmentAuthority.NETWORK_DIRECTOR)
            .temporary(false)
            .build());
    return this;
  }

  /**
   * A ZRM 2017 scan: the given domains at the given levels, every other domain fully self-reliant.
   */
  CaseBuilder scan(LocalDate on, Map<ScanDomain, SelfRelianceLevel> levels) {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, levels.getOrDefault(d, SelfRelianceLevel.FULLY_SELF_RELIANT));
    }
    events.add(
        LifeDomainScanRecorded.builder()
            .metadata(meta(on))
            .scan(
                LifeDomainScan.builder()
                    .instrument(ScanInstrument.ZRM_2017)
                    .scoredOn(on)
                    .putAllScores(scores)
                    .build())
            .build());
    return this;
  }

  CaseBuilder picture(LocalDate on, TargetGroup... groups) {
    events.add(
        IntegralPictureFormed.builder()
            .metadata(meta(on))
            .summary("the picture")
            .addAllTargetGroups(groups(groups))
            .build());
    return this;
  }

  CaseBuilder plan(LocalDate on, int version, String... organisations) {
    nl.lon.core.process.PlanOfApproach.Builder p =
        PlanOfApproach.builder()
            .version(version)
            .context("context")
            .addGoals(Goal.of("G1", LifeDomain.HOUSING, "keep the home"));
    for (String o : organisations) {
      p.addActivities(
          Activity.builder()
              .description("act of " + o)
              .responsible(Responsible.of(OrganisationId.of(o)))
              .dueOn(on.plusWeeks(2))
              .goalCode("G1")
              .build());
    }
    if (organisations.length == 0) {
      p.addActivities(
          Activity.builder()
              .description("visit")
              .responsible(Responsible.of(NETWORK_DIRECTOR))
              .dueOn(on.plusWeeks(2))
              .build());
    }
    events.add(PlanAdopted.builder().metadata(meta(on)).plan(p.build()).build());
    return this;
  }

  CaseBuilder meeting(LocalDate on, String... organisations) {
    nl.lon.core.process.Meeting.Builder m =
        Meeting.builder()
            .id(MeetingId.of("m-" + id + "-" + sequence))
            .kind(MeetingKind.NETWORK_MEETING)
            .heldOn(on)
            .addParticipants(NETWORK_DIRECTOR)
            .technicalChair(NETWORK_DIRECTOR)
            .contentCoordinator(NETWORK_DIRECTOR)
            .clientInvited(false)
            .clientPresent(false);
    for (String o : organisations) {
      m.addOrganisations(OrganisationId.of(o));
    }
    events.add(MeetingHeld.builder().metadata(meta(on)).meeting(m.build()).build());
    return this;
  }

  CaseBuilder coercion(LocalDate on, String organisation) {
    events.add(
        CoercionMeasureRecorded.builder()
            .metadata(meta(on))
            .measureCode("forced-cleaning")
            .level(3)
            .executedBy(OrganisationId.of(organisation))
            .reason("public health")
            .build());
    return this;
  }

  /** Raises an escalation; its id is {@code e<n>} with n counting from 1 in this case. */
  CaseBuilder escalate(LocalDate on, EscalationKind kind, int rung, String bottleneck) {
    escalations++;
    events.add(
        EscalationRaised.builder()
            .metadata(meta(on))
            .escalation(
                Escalation.builder()
                    .id(EscalationId.of("e" + escalations))
                    .kind(kind)
                    .rung(rung)
                    .body("body " + rung)
                    .bottleneck(bottleneck)
                    .build())
            .build());
    return this;
  }

  CaseBuilder resolve(LocalDate on, int escalation, ResolutionKind kind, String blocker) {
    events.add(
        EscalationResolved.builder()
            .metadata(meta(on))
            .escalationId(EscalationId.of("e" + escalation))
            .resolution(EscalationResolution.of(kind, "resolved", blocker))
            .build());
    return this;
  }

  CaseBuilder close(LocalDate on, ClosureReason reason) {
    nl.lon.core.process.Closure.Builder c = Closure.builder().reason(reason);
    if (reason == ClosureReason.MOVED_WITH_HANDOVER) {
      c.handoverTo(ZUID);
    }
    if (reason == ClosureReason.OTHER) {
      c.remarks("another reason");
    }
    events.add(CaseClosed.builder().metadata(meta(on)).closure(c.build()).build());
    return this;
  }

  CaseBuilder followUp(LocalDate on, FollowUpOutcome outcome) {
    events.add(
        FollowUpRecorded.builder()
            .metadata(meta(on))
            .check(FollowUpCheck.of(outcome, "checked"))
            .build());
    return this;
  }

  CaseBuilder reopen(LocalDate on) {
    events.add(CaseReopened.builder().metadata(meta(on)).reason("dropped out").build());
    return this;
  }

  CaseBuilder transfer(LocalDate on) {
    events.add(
        CaseTransferred.builder()
            .metadata(meta(on))
            .handover(WarmHandover.of(ZUID, "the coordinator", "moved"))
            .build());
    return this;
  }
}

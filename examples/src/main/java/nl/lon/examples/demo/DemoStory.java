package nl.lon.examples.demo;

import static nl.lon.examples.demo.DemoNetwork.ADDICTION;
import static nl.lon.examples.demo.DemoNetwork.DIRECTOR;
import static nl.lon.examples.demo.DemoNetwork.ENSCHEDE;
import static nl.lon.examples.demo.DemoNetwork.ENSCHEDE_DIRECTOR;
import static nl.lon.examples.demo.DemoNetwork.ENSCHEDE_SOCIAL_WORKER;
import static nl.lon.examples.demo.DemoNetwork.HOUSING;
import static nl.lon.examples.demo.DemoNetwork.HOUSING_CONSULTANT;
import static nl.lon.examples.demo.DemoNetwork.MENTAL_HEALTH;
import static nl.lon.examples.demo.DemoNetwork.NETWORK;
import static nl.lon.examples.demo.DemoNetwork.NURSE;
import static nl.lon.examples.demo.DemoNetwork.OFFICER;
import static nl.lon.examples.demo.DemoNetwork.POLICE;
import static nl.lon.examples.demo.DemoNetwork.SOCIAL_WORK;
import static nl.lon.examples.demo.DemoNetwork.SOCIAL_WORKER;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.ScanDomain;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Match;
import nl.lon.persistence.index.Pseudonymiser;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.HandoverRules;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.InvolvementService;
import nl.lon.service.Purpose;
import nl.lon.simulation.ToldCases;

/**
 * The demo's story: four cases played over ten months under the Rotterdam profile.
 *
 * <p>Every act is entered with the day it happened ({@code occurredOn}; a signal with the day it
 * was received), so the story spans the months without moving any clock: the service's clock only
 * says when the acts were recorded.
 *
 * <p>A care avoider referred by the housing corporation for domestic squalor and rent arrears; a
 * nuisance causer reported by the police; a multi-problem family with children where an eviction
 * comes up; and a case that drops out of care at follow-up, is discussed again in the network
 * meeting and reopened.
 *
 * @since 0.1
 */
final class DemoStory implements ToldCases {
  static final CaseId CARE_AVOIDER = CaseId.of("2026-001-zorgmijder");
  static final CaseId NUISANCE = CaseId.of("2026-002-overlast");
  static final CaseId FAMILY = CaseId.of("2026-003-gezin");
  static final CaseId DROP_OUT = CaseId.of("2026-004-uitval");
  static final List<CaseId> CASES = List.of(CARE_AVOIDER, NUISANCE, FAMILY, DROP_OUT);

  private static final Locale NL = Locale.forLanguageTag("nl");

  /** The family's citizen service number, known to both networks; only its pseudonym is stored. */
  private static final String FAMILY_BSN = "111222333";

  /**
   * The vendor's key for the involvement index, kept outside the database (a demo key; a vendor
   * keeps its own in a key store).
   */
  private static final byte[] INDEX_KEY =
      "lon-demo-index-key-not-for-production".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private final PrintStream out;
  private final InvolvementService involvement;
  private final Map<LocalDate, Runnable> chapters = chapters();
  private final List<Agenda> receivingAgendas = new ArrayList<>();

  /** The service of the day being played. */
  private CaseService service;

  /** The day the story has reached: the date of the acts entered now. */
  private LocalDate day;

  private final List<Refusal> refusals = new ArrayList<>();
  private final List<Agenda> agendas = new ArrayList<>();

  DemoStory(PrintStream out, InvolvementService involvement) {
    this.out = out;
    this.involvement = involvement;
  }

  /** The Enschede network director's agendas around the family's move. */
  List<Agenda> receivingAgendas() {
    return receivingAgendas;
  }

  List<Refusal> refusals() {
    return refusals;
  }

  List<Agenda> agendas() {
    return agendas;
  }

  private Map<LocalDate, Runnable> chapters() {
    Map<LocalDate, Runnable> chapters = new LinkedHashMap<>();
    chapter(
        chapters,
        2026,
        1,
        12,
        () -> {
          signal(
              CARE_AVOIDER,
              "C-2026-0101",
              SignalSourceKind.PARTNER_ORGANISATION,
              HOUSING,
              PartnerKind.HOUSING_CORPORATION,
              HOUSING_CONSULTANT,
              Household.single(),
              "Neighbours report a smell; rent four months behind",
              Concern.DOMESTIC_SQUALOR,
              Concern.RENT_ARREARS,
              Concern.ISOLATION,
              Concern.PSYCHOLOGICAL_PROBLEMS);
          signal(
              NUISANCE,
              "C-2026-0102",
              SignalSourceKind.PARTNER_ORGANISATION,
              POLICE,
              PartnerKind.POLICE,
              OFFICER,
              Household.single(),
              "Repeated noise complaints and threats to neighbours",
              Concern.NUISANCE,
              Concern.ADDICTION,
              Concern.CRIME);
        });
    chapter(
        chapters,
        2026,
        1,
        14,
        () -> {
          judge(
              CARE_AVOIDER, TargetGroup.CARE_AVOIDER, "refuses every offer of help; others worry");
          judge(
              NUISANCE, TargetGroup.NUISANCE_CAUSER, "conduct takes no account of the neighbours");
          attempt(
              "close the care avoider's case straight after intake",
              "de casus van de zorgmijder direct na de intake sluiten",
              DIRECTOR,
              CARE_AVOIDER,
              new CaseCommand.Close(
                  Closure.builder()
                      .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                      .regularCare(MENTAL_HEALTH)
                      .build()));
        });
    chapter(
        chapters,
        2026,
        1,
        15,
        () -> {
          signal(
              FAMILY,
              "C-2026-0103",
              SignalSourceKind.PARTNER_ORGANISATION,
              HOUSING,
              PartnerKind.HOUSING_CORPORATION,
              HOUSING_CONSULTANT,
              Household.of(2, 3),
              "Family with three children; eviction procedure for rent arrears",
              Concern.RENT_ARREARS,
              Concern.THREATENING_EVICTION,
              Concern.DEBTS,
              Concern.CHILD_WELFARE,
              Concern.PSYCHOLOGICAL_PROBLEMS);
          signal(
              DROP_OUT,
              "C-2026-0104",
              SignalSourceKind.PARTNER_ORGANISATION,
              SOCIAL_WORK,
              PartnerKind.SOCIAL_WORK,
              SOCIAL_WORKER,
              Household.single(),
              "Drinking, isolated, misses appointments",
              Concern.ADDICTION,
              Concern.ISOLATION,
              Concern.DEBTS);
        });
    chapter(
        chapters,
        2026,
        1,
        19,
        () -> {
          judge(
              FAMILY,
              TargetGroup.CARE_MISSER,
              "problems on housing, income and upbringing; no single provider can help");
          judge(DROP_OUT, TargetGroup.CARE_AVOIDER, "does not ask for help himself");
          for (CaseId c : CASES) {
            run(
                DIRECTOR,
                c,
                new CaseCommand.RequestInformation(
                    Set.of(SOCIAL_WORK, MENTAL_HEALTH, ADDICTION, POLICE),
                    "is the client known to you, and what can you add?"));
          }
          run(
              NURSE,
              CARE_AVOIDER,
              new CaseCommand.AddInformation(MENTAL_HEALTH, "known from 2019; stopped treatment"));
          run(
              NURSE,
              DROP_OUT,
              new CaseCommand.AddInformation(MENTAL_HEALTH, "known to the addiction team of GGZ"));
        });
    chapter(
        chapters,
        2026,
        1,
        26,
        () -> {
          for (CaseId c : CASES) {
            run(
                DIRECTOR,
                c,
                new CaseCommand.DecideCoordination(
                    CoordinationDecision.builder()
                        .outcome(CoordinationOutcome.COORDINATE)
                        .reason("several partners involved, no coherent plan")
                        .feedback(SignallerFeedback.of(day, "the network takes the case on"))
                        .build()));
          }
        });
    chapter(
        chapters,
        2026,
        1,
        28,
        () -> {
          startTrajectory(
              CARE_AVOIDER,
              SOCIAL_WORKER,
              SOCIAL_WORK,
              Map.of(
                  ScanDomain.HOUSING,
                  1,
                  ScanDomain.FINANCES,
                  2,
                  ScanDomain.MENTAL_HEALTH,
                  2,
                  ScanDomain.SOCIAL_NETWORK,
                  2),
              Map.of(
                  LifeDomain.HOUSING,
                  "house cleaned and kept clean",
                  LifeDomain.HEALTH,
                  "back in treatment with GGZ"));
          startTrajectory(
              NUISANCE,
              NURSE,
              MENTAL_HEALTH,
              Map.of(
                  ScanDomain.SUBSTANCE_USE,
                  1,
                  ScanDomain.JUSTICE,
                  2,
                  ScanDomain.DOMESTIC_RELATIONS,
                  2),
              Map.of(
                  LifeDomain.SAFETY,
                  "no more threats to neighbours",
                  LifeDomain.HEALTH,
                  "in addiction treatment"));
          startTrajectory(
              FAMILY,
              SOCIAL_WORKER,
              SOCIAL_WORK,
              Map.of(
                  ScanDomain.FINANCES, 1, ScanDomain.HOUSING, 2, ScanDomain.DOMESTIC_RELATIONS, 2),
              Map.of(
                  LifeDomain.INCOME,
                  "debt counselling started",
                  LifeDomain.HOUSING,
                  "eviction averted",
                  LifeDomain.UPBRINGING,
                  "parenting support in place"));
          startTrajectory(
              DROP_OUT,
              NURSE,
              MENTAL_HEALTH,
              Map.of(ScanDomain.SUBSTANCE_USE, 2, ScanDomain.SOCIAL_NETWORK, 2),
              Map.of(LifeDomain.HEALTH, "in addiction care"));
        });
    chapter(
        chapters,
        2026,
        2,
        20,
        () -> {
          agenda("three weeks after the plans");
          run(
              DIRECTOR,
              FAMILY,
              new CaseCommand.Escalate(
                  EscalationKind.ORGANISATIONAL,
                  1,
                  "waiting list for debt counselling blocks the rent arrangement",
                  Optional.empty()));
        });
    chapter(
        chapters,
        2026,
        2,
        25,
        () -> {
          run(
              SOCIAL_WORKER,
              CARE_AVOIDER,
              new CaseCommand.ReportProgress(
                  ProgressReport.of("cleaning done; GGZ intake planned", false)));
          run(
              NURSE,
              NUISANCE,
              new CaseCommand.ReportProgress(
                  ProgressReport.builder()
                      .summary("client not at home twice")
                      .deviatesFromPlan(false)
                      .clientUnreachable(true)
                      .build()));
          run(
              NURSE,
              DROP_OUT,
              new CaseCommand.ReportProgress(
                  ProgressReport.of("intake at addiction care done", false)));
          run(
              SOCIAL_WORKER,
              FAMILY,
              new CaseCommand.ReportProgress(ProgressReport.of("budget plan drafted", false)));
          run(
              DIRECTOR,
              NUISANCE,
              new CaseCommand.Escalate(
                  EscalationKind.CONTENT, 1, "client refuses all contact", Optional.empty()));
          attempt(
              "put the nuisance case to the mayor without a serious emergency",
              "de overlastcasus zonder ernstige noodsituatie aan de burgemeester voorleggen",
              DIRECTOR,
              NUISANCE,
              new CaseCommand.Escalate(
                  EscalationKind.ORGANISATIONAL,
                  4,
                  "client refuses all contact",
                  Optional.empty()));
        });
    chapter(
        chapters,
        2026,
        2,
        26,
        () -> {
          for (CaseId c : List.of(CARE_AVOIDER, DROP_OUT, FAMILY)) {
            run(DIRECTOR, c, new CaseCommand.HoldProgressTalk("progress as planned"));
          }
        });
    chapter(
        chapters,
        2026,
        3,
        10,
        () -> {
          run(
              DIRECTOR,
              FAMILY,
              new CaseCommand.Escalate(
                  EscalationKind.ORGANISATIONAL,
                  2,
                  "waiting list for debt counselling blocks the rent arrangement",
                  Optional.empty()));
        });
    chapter(
        chapters,
        2026,
        3,
        18,
        () -> {
          for (CaseId c : List.of(CARE_AVOIDER, DROP_OUT, FAMILY)) {
            run(
                DIRECTOR,
                c,
                new CaseCommand.HoldProgressTalk("progress as planned; next talk in April"));
          }
          run(
              DIRECTOR,
              NUISANCE,
              new CaseCommand.Escalate(
                  EscalationKind.CONTENT,
                  2,
                  "psychiatric assessment needed; client refuses",
                  Optional.empty()));
        });
    chapter(
        chapters,
        2026,
        4,
        7,
        () -> {
          run(
              DIRECTOR,
              FAMILY,
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-2"),
                  EscalationResolution.of(
                      ResolutionKind.STRUCTURAL,
                      "families with children facing eviction bypass the debt-counselling waiting list",
                      "waiting list debt counselling (Kredietbank)")));
          run(
              DIRECTOR,
              FAMILY,
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-1"),
                  EscalationResolution.of(
                      ResolutionKind.AD_HOC,
                      "managers agreed a temporary payment arrangement",
                      "waiting list debt counselling (Kredietbank)")));
        });
    chapter(
        chapters,
        2026,
        4,
        15,
        () -> {
          run(
              DIRECTOR,
              NUISANCE,
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-2"),
                  EscalationResolution.of(
                      ResolutionKind.AD_HOC,
                      "GGZ psychiatrist visits at home together with the officer",
                      "no outreach psychiatry")));
          run(
              DIRECTOR,
              NUISANCE,
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-1"),
                  EscalationResolution.of(
                      ResolutionKind.NONE,
                      "superseded by the case discussion",
                      "client refuses contact")));
        });
    chapter(
        chapters,
        2026,
        4,
        15,
        () -> {
          for (CaseId c : List.of(CARE_AVOIDER, DROP_OUT, FAMILY)) {
            run(DIRECTOR, c, new CaseCommand.HoldProgressTalk("goals nearly reached"));
          }
        });
    chapter(
        chapters,
        2026,
        4,
        20,
        () -> {
          agenda("April: the nuisance case's progress talk is overdue");
        });
    chapter(
        chapters,
        2026,
        5,
        12,
        () -> {
          closeInRegularCare(CARE_AVOIDER, SOCIAL_WORKER, MENTAL_HEALTH);
          closeInRegularCare(DROP_OUT, NURSE, ADDICTION);
          PlanOfApproach v1 = planOf(FAMILY);
          run(
              SOCIAL_WORKER,
              FAMILY,
              new CaseCommand.Evaluate(
                  Samples.evaluation(
                      v1, GoalResult.PARTLY_REACHED, true, EvaluationDecision.ADJUST)));
          run(
              SOCIAL_WORKER,
              FAMILY,
              new CaseCommand.AdjustPlan(
                  Samples.plan(
                      2,
                      day,
                      "debts under control; parenting support still needed",
                      SOCIAL_WORK,
                      Map.of(LifeDomain.UPBRINGING, "parenting support in place"))));
        });
    chapter(
        chapters,
        2026,
        11,
        12,
        () -> {
          run(
              DIRECTOR,
              CARE_AVOIDER,
              new CaseCommand.RecordFollowUp(
                  FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "still in treatment at GGZ")));
          run(
              DIRECTOR,
              DROP_OUT,
              new CaseCommand.RecordFollowUp(
                  FollowUpCheck.of(
                      FollowUpOutcome.DROPPED_OUT,
                      "stopped going to addiction care in September")));

          // the expert advice: a client who fell out of care is discussed again (seeds/
          // 004_ca47ed76719141bc.txt l.549-550); the network meeting decides to reopen
        });
    chapter(
        chapters,
        2026,
        11,
        13,
        () -> {
          agenda("November: the drop-out is on the next network meeting, to discuss again");
        });
    chapter(
        chapters,
        2026,
        11,
        19,
        () -> {
          run(
              DIRECTOR,
              DROP_OUT,
              new CaseCommand.HoldMeeting(
                  Samples.networkMeeting(
                      "nm-" + day + "-" + DROP_OUT.getValue(),
                      day,
                      DIRECTOR,
                      NURSE,
                      SOCIAL_WORKER)));
          run(
              DIRECTOR,
              DROP_OUT,
              new CaseCommand.Reopen("discussed again: the client fell out of addiction care"));
        });
    chapter(
        chapters,
        2026,
        11,
        20,
        () -> {
          agenda("November: the reopened case needs a new trajectory director");
        });
    // the family's social worker registers that AMW is involved (the involvement index records who,
    // never why)
    chapter(chapters, 2026, 1, 26, () -> involvement.register(SOCIAL_WORKER, INDEX, family(), day));
    // November: the family moves to Enschede-Oost; a social worker there knows them from before
    chapter(chapters, 2026, 11, 16, this::familyMoves);
    chapter(chapters, 2026, 11, 18, this::enschedeAccepts);
    return chapters;
  }

  /** Adds the acts of one day; a day told twice keeps its acts in the order told. */
  private static void chapter(
      Map<LocalDate, Runnable> chapters, int year, int month, int dayOfMonth, Runnable acts) {
    chapters.merge(
        LocalDate.of(year, month, dayOfMonth),
        acts,
        (before, after) ->
            () -> {
              before.run();
              after.run();
            });
  }

  @Override
  public List<LocalDate> days() {
    return chapters.keySet().stream().sorted().toList();
  }

  @Override
  public void play(LocalDate on, CaseService caseService) {
    Runnable acts = chapters.get(on);
    if (acts == null) {
      throw new IllegalArgumentException("the story has no acts on " + on);
    }
    this.service = caseService;
    this.day = on;
    acts.run();
  }

  private void signal(
      CaseId id,
      String client,
      SignalSourceKind source,
      OrganisationId org,
      PartnerKind kind,
      ProfessionalId reporter,
      Household household,
      String description,
      Concern... concerns) {
    Signal s =
        Signal.builder()
            .id(SignalId.of("s-" + id.getValue()))
            .sourceKind(source)
            .signallerOrganisation(org)
            .signallerKind(kind)
            .channel(SignalChannel.VIA_NETWORK_MEMBER)
            .receivedOn(day)
            .addConcerns(concerns)
            .description(description)
            .clientInformed(true)
            .build();
    service.reportSignal(
        reporter,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(id, NETWORK, ClientNumber.of(client), s, household),
        Optional.empty());
  }

  private void judge(CaseId id, TargetGroup group, String reason) {
    run(
        DIRECTOR,
        id,
        new CaseCommand.JudgeReport(
            ReportJudgement.IN_SCOPE, reason, Set.of(TargetGroupAssignment.of(group, reason))));
  }

  private void startTrajectory(
      CaseId id,
      ProfessionalId director,
      OrganisationId org,
      Map<ScanDomain, Integer> scan,
      Map<LifeDomain, String> goals) {
    run(
        DIRECTOR,
        id,
        new CaseCommand.AppointTrajectoryDirector(
            director, org, AppointmentAuthority.NETWORK_MEETING, false));
    run(director, id, new CaseCommand.RecordScan(Samples.scan(day, scan)));
    run(
        DIRECTOR,
        id,
        new CaseCommand.FormIntegralPicture("picture formed in the network meeting", Set.of()));
    run(
        DIRECTOR,
        id,
        new CaseCommand.HoldMeeting(
            Samples.networkMeeting(
                "nm-" + day + "-" + id.getValue(),
                day,
                DIRECTOR,
                director,
                OFFICER,
                HOUSING_CONSULTANT)));
    run(
        DIRECTOR,
        id,
        new CaseCommand.AdoptPlan(
            Samples.plan(1, day, "multi-problem situation, see scan", org, goals)));
  }

  private void closeInRegularCare(CaseId id, ProfessionalId director, OrganisationId regularCare) {
    run(
        director,
        id,
        new CaseCommand.Evaluate(
            Samples.evaluation(planOf(id), GoalResult.REACHED, true, EvaluationDecision.CLOSE)));
    run(
        DIRECTOR,
        id,
        new CaseCommand.Close(
            Closure.builder()
                .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                .regularCare(regularCare)
                .build()));
  }

  private PlanOfApproach planOf(CaseId id) {
    return service.read(DIRECTOR, Purpose.of("prepare evaluation"), id).getPlan().get();
  }

  private CommandReceipt run(ProfessionalId actor, CaseId id, CaseCommand command) {
    return service.execute(actor, Purpose.of("case work"), id, command, day, Optional.empty());
  }

  private void attempt(
      String what, String whatNl, ProfessionalId actor, CaseId id, CaseCommand command) {
    try {
      run(actor, id, command);
      throw new IllegalStateException("expected a refusal: " + what);
    } catch (RuleViolationException e) {
      out.println("Refused (" + day + ", " + id + "): " + what);
      e.getViolations()
          .forEach(
              v -> {
                out.println("  [" + v.rule() + "] nl: " + v.reasonNl());
                out.println("  " + " ".repeat(v.rule().length() + 2) + " en: " + v.reasonEn());
                refusals.add(new Refusal(day, id, what, whatNl, v));
              });
    } catch (AccessDeniedException e) {
      out.println("Denied: " + e.getMessage());
    }
  }

  private void agenda(String moment) {
    Agenda a = service.networkAgenda(DIRECTOR, Purpose.of("prepare network meeting"), NETWORK, day);
    agendas.add(a);
    out.println();
    out.println("Agenda of the network director on " + day + " (" + moment + "):");
    a.getObligations().stream()
        .filter(o -> CASES.contains(o.getCaseId()))
        .forEach(
            o ->
                out.printf(
                    "  %s %-8s %-22s %-38s %s%n",
                    o.getDueOn(),
                    o.isOverdue() ? "OVERDUE" : "",
                    o.getCaseId(),
                    o.getKind().label(NL),
                    o.getProfessional().map(Object::toString).orElse(o.getBody().orElse(""))));
    OtherCases others = OtherCases.of(a, CASES);
    out.printf(
        "  and %d obligations (%d overdue) of %d other cases of the network's year%n",
        others.obligations(), others.overdue(), others.cases());
  }

  private static final Purpose INDEX = Purpose.of("who else is involved");

  private static ClientPseudonym family() {
    return Pseudonymiser.hmacSha256(INDEX_KEY).ofBsn(FAMILY_BSN);
  }

  /**
   * The family moves to Enschede: a social worker there registers, both sides see the match, and
   * the Rotterdam coordinator proposes the warm handover to the Enschede network.
   */
  private void familyMoves() {
    involvement.register(ENSCHEDE_SOCIAL_WORKER, INDEX, family(), day);
    for (Match m : involvement.lookUp(ENSCHEDE_SOCIAL_WORKER, INDEX, family())) {
      out.println(
          "Involvement index (Enschede, "
              + day
              + "): the family is known in network "
              + m.network()
              + " at "
              + m.organisation()
              + ", contact "
              + m.contact()
              + ", since "
              + m.since());
    }
    service.transfer(
        DIRECTOR,
        Purpose.of("warm handover"),
        FAMILY,
        new CaseCommand.Transfer(
            WarmHandover.of(
                    ENSCHEDE,
                    "Teamleider Bos",
                    "family moved to Enschede-Oost; debts under control, parenting support running")
                .receivedBy(ENSCHEDE_DIRECTOR)),
        day);
    out.println("Handed over (" + day + ", " + FAMILY + "): proposed to network " + ENSCHEDE);
    receivingAgenda("the handover proposal arrives");
  }

  /** Enschede accepts and continues the case under its own profile. */
  private void enschedeAccepts() {
    CaseId received =
        service
            .acceptHandover(
                ENSCHEDE_DIRECTOR,
                Purpose.of("warm handover"),
                FAMILY,
                ClientNumber.of("E-2026-0311"),
                HandoverRules.Resumption.CONTINUE)
            .getCaseId();
    out.println("Accepted (" + day + "): the family continues in Enschede as case " + received);
    receivingAgenda("Enschede's own working-day deadlines run");
  }

  private void receivingAgenda(String moment) {
    Agenda a =
        service.networkAgenda(
            ENSCHEDE_DIRECTOR, Purpose.of("prepare the WZT meeting"), ENSCHEDE, day);
    receivingAgendas.add(a);
    out.println();
    out.println("Agenda of the Enschede network director on " + day + " (" + moment + "):");
    a.getObligations()
        .forEach(
            o ->
                out.printf(
                    "  %s %-8s %-34s %s%n",
                    o.getDueOn(),
                    o.isOverdue() ? "OVERDUE" : "",
                    o.getCaseId(),
                    o.getKind().label(NL)));
  }
}

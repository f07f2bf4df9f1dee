package nl.lon.examples.history;

import static nl.lon.examples.demo.DemoNetwork.DIRECTOR;
import static nl.lon.examples.demo.DemoNetwork.HOUSING_CONSULTANT;
import static nl.lon.examples.demo.DemoNetwork.MENTAL_HEALTH;
import static nl.lon.examples.demo.DemoNetwork.NETWORK;
import static nl.lon.examples.demo.DemoNetwork.NURSE;
import static nl.lon.examples.demo.DemoNetwork.OFFICER;
import static nl.lon.examples.demo.DemoNetwork.SOCIAL_WORK;
import static nl.lon.examples.demo.DemoNetwork.SOCIAL_WORKER;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.examples.demo.DemoNetwork;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.history.HistoryAct;
import nl.lon.service.history.HistoryFormat;

/**
 * Writes a deterministic export of an earlier registration system's case histories in the import
 * format: signals from the housing corporation, the police and social work, judged, coordinated,
 * scanned, planned, evaluated, closed and followed up over months; one case in fifteen judged out
 * of scope. Every {@value #WRONG_EVERY}th case is deliberately wrong, in one of five ways (a line
 * cut short, an act the format does not know, a missing field, an actor nobody knows, a closure
 * without evaluation), to show the report.
 */
final class ExportGenerator {

  /** Every this many cases one is deliberately wrong. */
  static final int WRONG_EVERY = 25;

  private static final LocalDate FIRST_SIGNAL = LocalDate.of(2023, 1, 9);

  private final MethodologyProfile profile;
  private final long seed;

  ExportGenerator(MethodologyProfile profile, long seed) {
    this.profile = profile;
    this.seed = seed;
  }

  /** The number of deliberately wrong cases among the first {@code cases}. */
  static int wrongCases(int cases) {
    return cases / WRONG_EVERY;
  }

  /**
   * Writes {@code cases} case histories to a file, one act per line.
   *
   * @return the number of lines written
   */
  long write(Path file, int cases) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long lines = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int i = 1; i <= cases; i++) {
        for (String line : caseLines(i)) {
          w.write(line);
          w.write('\n');
          lines++;
        }
      }
    }
    return lines;
  }

  /** The lines of case number {@code i} (from 1). */
  List<String> caseLines(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    CaseId c = CaseId.of(String.format("vis2-%06d", i));
    LocalDate d = FIRST_SIGNAL.plusDays((i * 3L) % 900 + r.nextInt(3));
    List<String> lines = new ArrayList<>();
    Reporter reporter = Reporter.values()[r.nextInt(Reporter.values().length)];
    lines.add(
        line(
            c,
            d,
            reporter.professional,
            new CaseCommand.ReportSignal(
                c,
                NETWORK,
                ClientNumber.of(String.format("VIS-%07d", 1_000_000 + i)),
                signal(i, reporter, d, r),
                r.nextInt(4) == 0 ? Household.of(2, 1 + r.nextInt(3)) : Household.single())));
    d = d.plusDays(1 + r.nextInt(3));
    boolean outOfScope = r.nextInt(15) == 0;
    if (outOfScope) {
      lines.add(
          line(
              c,
              d,
              DIRECTOR,
              new CaseCommand.JudgeReport(
                  ReportJudgement.OUT_OF_SCOPE,
                  "zorg loopt al via de huisarts; geen multiproblematiek",
                  Set.of())));
      return wrong(i, lines);
    }
    lines.add(
        line(
            c,
            d,
            DIRECTOR,
            new CaseCommand.JudgeReport(
                ReportJudgement.IN_SCOPE,
                "problemen op meerdere leefgebieden, geen passende hulp",
                Set.of(
                    TargetGroupAssignment.of(
                        r.nextBoolean() ? TargetGroup.CARE_AVOIDER : TargetGroup.CARE_MISSER,
                        "mijdt of mist zorg op meerdere leefgebieden")))));
    d = d.plusDays(1 + r.nextInt(4));
    lines.add(
        line(
            c,
            d,
            DIRECTOR,
            new CaseCommand.RequestInformation(
                Set.of(DemoNetwork.GGD, DemoNetwork.HOUSING, DemoNetwork.POLICE),
                "Is de cliënt bij u bekend en wat is de hulpvraag?")));
    d = d.plusDays(2 + r.nextInt(5));
    lines.add(
        line(
            c,
            d,
            OFFICER,
            new CaseCommand.AddInformation(
                DemoNetwork.POLICE,
                "twee meldingen van overlast dit jaar, geen strafbare feiten")));
    if (r.nextInt(3) == 0) {
      d = d.plusDays(1 + r.nextInt(4));
      lines.add(
          line(
              c,
              d,
              HOUSING_CONSULTANT,
              new CaseCommand.RecordHomeVisit(
                  Set.of(HOUSING_CONSULTANT, NURSE),
                  "woning vervuild, cliënt wel aanspreekbaar",
                  r.nextInt(4) > 0)));
    }
    d = d.plusDays(1 + r.nextInt(3));
    lines.add(
        line(
            c,
            d,
            DIRECTOR,
            new CaseCommand.DecideCoordination(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.COORDINATE)
                    .reason("meerdere partners betrokken, niemand heeft de regie")
                    .feedback(SignallerFeedback.of(d, "het netwerk pakt de casus op"))
                    .build())));
    boolean nurse = r.nextBoolean();
    ProfessionalId td = nurse ? NURSE : SOCIAL_WORKER;
    OrganisationId tdOrg = nurse ? MENTAL_HEALTH : SOCIAL_WORK;
    d = d.plusDays(1 + r.nextInt(5));
    lines.add(
        line(
            c,
            d,
            DIRECTOR,
            new CaseCommand.AppointTrajectoryDirector(td, tdOrg, profile.getAppointedBy(), false)));
    d = d.plusDays(3 + r.nextInt(10));
    lines.add(line(c, d, td, new CaseCommand.RecordScan(scan(d, r))));
    d = d.plusDays(1 + r.nextInt(5));
    lines.add(
        line(
            c,
            d,
            DIRECTOR,
            new CaseCommand.FormIntegralPicture(
                "samenhang tussen schulden, woonsituatie en psychische klachten", Set.of())));
    d = d.plusDays(2 + r.nextInt(7));
    List<Goal> goals =
        List.of(
            Goal.of("wonen", LifeDomain.HOUSING, "behoud van de woning, geen ontruiming"),
            Goal.of("financien", LifeDomain.INCOME, "schulden onder bewind"));
    lines.add(
        line(
            c,
            d,
            td,
            new CaseCommand.AdoptPlan(
                PlanOfApproach.builder()
                    .version(1)
                    .context("multiproblematiek: overlast, schulden, vervuiling")
                    .addAllGoals(goals)
                    .addActivities(
                        Activity.builder()
                            .description("betalingsregeling met de woningcorporatie")
                            .responsible(Responsible.of(tdOrg, td))
                            .dueOn(d.plusDays(14))
                            .goalCode("wonen")
                            .build(),
                        Activity.builder()
                            .description("aanmelding schuldhulpverlening")
                            .responsible(Responsible.of(DemoNetwork.DEBT_BANK))
                            .dueOn(d.plusDays(42))
                            .goalCode("financien")
                            .build())
                    .build())));
    int reports = 1 + r.nextInt(3);
    for (int k = 0; k < reports; k++) {
      d = d.plusDays(14 + r.nextInt(21));
      lines.add(
          line(
              c,
              d,
              td,
              new CaseCommand.ReportProgress(
                  ProgressReport.of("afspraken grotendeels nagekomen", r.nextInt(6) == 0))));
    }
    d = d.plusDays(20 + r.nextInt(40));
    lines.add(
        line(
            c,
            d,
            td,
            new CaseCommand.Evaluate(
                Evaluation.builder()
                    .putGoalResults("wonen", GoalResult.REACHED)
                    .putGoalResults("financien", GoalResult.REACHED)
                    .agreementsKept(true)
                    .decision(EvaluationDecision.CLOSE)
                    .remarks("geëvalueerd met de cliënt")
                    .build())));
    d = d.plusDays(1 + r.nextInt(7));
    lines.add(line(c, d, td, new CaseCommand.Close(closure())));
    if (r.nextBoolean()) {
      d = d.plusDays(85 + r.nextInt(10));
      lines.add(
          line(
              c,
              d,
              DIRECTOR,
              new CaseCommand.RecordFollowUp(
                  FollowUpCheck.of(
                      FollowUpOutcome.STILL_IN_CARE, "nagebeld met de reguliere hulpverlener"))));
    }
    return wrong(i, lines);
  }

  /** Spoils every {@value #WRONG_EVERY}th case in one of five ways. */
  private static List<String> wrong(int i, List<String> lines) {
    if (i % WRONG_EVERY != 0) {
      return lines;
    }
    int last = lines.size() - 1;
    switch ((i / WRONG_EVERY) % 5) {
      case 0: // the export job was cut off in the middle of a line
        lines.set(last, lines.get(last).substring(0, lines.get(last).length() / 2));
        break;
      case 1: // an act of the old system with no counterpart
        lines.set(1, lines.get(1).replace("\"act\":\"JudgeReport\"", "\"act\":\"Triage\""));
        break;
      case 2: // a field the old system left empty
        lines.set(1, lines.get(1).replace("\"reason\":", "\"reden\":"));
        break;
      case 3: // an employee who left and was never put in the directory
        lines.set(
            1,
            lines
                .get(1)
                .replace("\"actor\":\"" + DIRECTOR.getValue(), "\"actor\":\"ex-medewerker"));
        break;
      default: // the old system let a case close without evaluation, or judged it twice
        int evaluation = -1;
        for (int k = 0; k < lines.size(); k++) {
          if (lines.get(k).contains("\"act\":\"Evaluate\"")) {
            evaluation = k;
          }
        }
        if (evaluation >= 0) {
          lines.remove(evaluation);
        } else {
          lines.add(lines.get(1));
        }
        break;
    }
    return lines;
  }

  private Closure closure() {
    return profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
        ? Closure.builder()
            .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
            .regularCare(MENTAL_HEALTH)
            .build()
        : Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
  }

  private static String line(CaseId c, LocalDate d, ProfessionalId actor, CaseCommand act) {
    return HistoryFormat.encode(new HistoryAct(c, NETWORK, d, actor, act));
  }

  /** Who reports, from which organisation, with which typical concerns. */
  private enum Reporter {
    HOUSING(
        HOUSING_CONSULTANT,
        DemoNetwork.HOUSING,
        PartnerKind.HOUSING_CORPORATION,
        "huurachterstand en vervuilde woning; buren klagen over stank",
        Concern.RENT_ARREARS,
        Concern.DOMESTIC_SQUALOR,
        Concern.THREATENING_EVICTION),
    POLICE(
        OFFICER,
        DemoNetwork.POLICE,
        PartnerKind.POLICE,
        "herhaalde overlastmeldingen, verward gedrag op straat",
        Concern.NUISANCE,
        Concern.PSYCHOLOGICAL_PROBLEMS,
        Concern.ADDICTION),
    SOCIAL_WORK(
        SOCIAL_WORKER,
        DemoNetwork.SOCIAL_WORK,
        PartnerKind.SOCIAL_WORK,
        "schulden lopen op, cliënt komt afspraken niet na en vereenzaamt",
        Concern.DEBTS,
        Concern.ISOLATION,
        Concern.DAYTIME_ACTIVITIES);

    final ProfessionalId professional;
    final OrganisationId organisation;
    final PartnerKind kind;
    final String description;
    final Concern[] concerns;

    Reporter(
        ProfessionalId professional,
        OrganisationId organisation,
        PartnerKind kind,
        String description,
        Concern... concerns) {
      this.professional = professional;
      this.organisation = organisation;
      this.kind = kind;
      this.description = description;
      this.concerns = concerns;
    }
  }

  private static Signal signal(int i, Reporter reporter, LocalDate d, SplittableRandom r) {
    Set<Concern> concerns = new LinkedHashSet<>(List.of(reporter.concerns));
    Concern[] all = Concern.values();
    concerns.add(all[r.nextInt(all.length)]);
    boolean informed = r.nextInt(5) > 0;
    Signal.Builder b = Signal.builder();
    if (!informed) {
      b.notInformedReason("cliënt niet bereikbaar; melder vreest escalatie");
    }
    return b.id(SignalId.of("vis2-signaal-" + i))
        .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
        .signallerOrganisation(reporter.organisation)
        .signallerKind(reporter.kind)
        .channel(SignalChannel.VIA_NETWORK_MEMBER)
        .receivedOn(d)
        .description(reporter.description)
        .clientInformed(informed)
        .addAllConcerns(concerns)
        .build();
  }

  private static LifeDomainScan scan(LocalDate d, SplittableRandom r) {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    SelfRelianceLevel[] levels = SelfRelianceLevel.values();
    for (ScanDomain domain : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(domain, levels[r.nextInt(levels.length)]);
    }
    return LifeDomainScan.builder()
        .instrument(ScanInstrument.ZRM_2017)
        .scoredOn(d)
        .scores(scores)
        .build();
  }

  static Optional<String> describe(int i) {
    if (i % WRONG_EVERY != 0) {
      return Optional.empty();
    }
    return Optional.of(
        List.of(
                "line cut short",
                "unknown act",
                "missing field",
                "unknown actor",
                "closed without evaluation")
            .get((i / WRONG_EVERY) % 5));
  }
}

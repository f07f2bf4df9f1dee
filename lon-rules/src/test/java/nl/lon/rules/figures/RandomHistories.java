package nl.lon.rules.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/** Legal, varied case histories from a seed; signals fall from October 2025 to September 2026. */
final class RandomHistories {

  private static final String[] ORGANISATIONS = {
    "politie", "ggz", "amw", "woonstad", "stadsbank", "ggd", "mee", "gemeente"
  };
  private static final String[] DIRECTORS = {"p-anna", "p-bob", "p-carol", "p-dirk", "p-eva"};
  private static final String[] BOTTLENECKS = {
    "wachtlijst", "geen ID", "huurachterstand", "weigert hulp"
  };
  private static final String[] BLOCKERS = {
    "Stadsbank wachtlijst", "Leges ID-kaart", "Woonstad beleid", "Wmo-indicatie"
  };
  private static final LocalDate FIRST = LocalDate.of(2025, 10, 1);

  private RandomHistories() {}

  static List<List<CaseEvent>> generate(long seed, int cases) {
    Random r = new Random(seed);
    List<List<CaseEvent>> histories = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      histories.add(history(r, "c" + seed + "-" + i));
    }
    return histories;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static TargetGroup[] groups(Random r) {
    List<TargetGroup> list = new ArrayList<>();
    for (TargetGroup g : TargetGroup.values()) {
      if (r.nextInt(3) == 0) {
        list.add(g);
      }
    }
    return list.toArray(new TargetGroup[0]);
  }

  static List<CaseEvent> history(Random r, String id) {
    LocalDate[] day = {FIRST.plusDays(r.nextInt(365))};
    java.util.function.IntSupplier step =
        () -> r.nextInt(10) == 0 ? 30 + r.nextInt(400) : r.nextInt(12);
    java.util.function.Supplier<LocalDate> next = () -> day[0] = day[0].plusDays(step.getAsInt());
    SignalSourceKind source = pick(r, SignalSourceKind.values());
    boolean organisation =
        source == SignalSourceKind.PARTNER_ORGANISATION
            || source == SignalSourceKind.OTHER_ORGANISATION;
    CaseBuilder b =
        CaseBuilder.signalled(
            id,
            r.nextInt(5) == 0 ? CaseBuilder.ZUID : CaseBuilder.NOORD,
            day[0],
            source,
            organisation && r.nextBoolean() ? pick(r, PartnerKind.values()) : null,
            organisation ? pick(r, ORGANISATIONS) : null);
    if (r.nextInt(10) == 0) {
      return b.events();
    }
    if (r.nextInt(8) == 0) {
      b.judged(next.get(), ReportJudgement.OUT_OF_SCOPE, groups(r));
      if (r.nextInt(4) == 0) {
        // an ended case reopens at gathering information and needs a new coordination decision
        b.reopen(next.get());
        b.coordinate(next.get());
        b.director(next.get(), pick(r, DIRECTORS), pick(r, ORGANISATIONS));
      }
      return b.events();
    }
    b.judged(
        next.get(),
        r.nextInt(10) == 0 ? ReportJudgement.ACUTE_CRISIS : ReportJudgement.IN_SCOPE,
        groups(r));
    if (r.nextInt(3) == 0) {
      b.asked(next.get(), pick(r, ORGANISATIONS), pick(r, ORGANISATIONS));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.information(next.get(), pick(r, ORGANISATIONS));
    }
    if (r.nextInt(7) == 0) {
      CoordinationOutcome outcome =
          CoordinationOutcome.values()[1 + r.nextInt(CoordinationOutcome.values().length - 1)];
      b.coordination(next.get(), outcome, pick(r, ORGANISATIONS));
      if (r.nextInt(4) == 0) {
        b.reopen(next.get());
        b.coordinate(next.get());
      }
      return b.events();
    }
    if (r.nextInt(6) == 0) {
      return b.events();
    }
    b.coordinate(next.get());
    boolean director = false;
    if (r.nextBoolean()) {
      b.director(next.get(), pick(r, DIRECTORS), pick(r, ORGANISATIONS));
      director = true;
    }
    if (r.nextBoolean()) {
      Map<ScanDomain, SelfRelianceLevel> levels = new EnumMap<>(ScanDomain.class);
      for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
        levels.put(d, SelfRelianceLevel.values()[r.nextInt(5)]);
      }
      b.scan(next.get(), levels);
    }
    int escalations = 0;
    List<Integer> open = new ArrayList<>();
    if (r.nextInt(6) == 0) {
      b.escalate(
          next.get(), pick(r, EscalationKind.values()), 1 + r.nextInt(4), pick(r, BOTTLENECKS));
      open.add(++escalations);
    }
    if (r.nextInt(6) == 0) {
      return b.events();
    }
    b.picture(next.get(), groups(r));
    if (!director && r.nextBoolean()) {
      b.director(next.get(), pick(r, DIRECTORS), pick(r, ORGANISATIONS));
      director = true;
    }
    if (r.nextInt(6) == 0) {
      return b.events();
    }
    String[] planOrganisations = new String[r.nextInt(4)];
    for (int i = 0; i < planOrganisations.length; i++) {
      planOrganisations[i] = pick(r, ORGANISATIONS);
    }
    b.plan(next.get(), 1, planOrganisations);
    if (!director && r.nextBoolean()) {
      b.director(next.get(), pick(r, DIRECTORS), pick(r, ORGANISATIONS));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.meeting(next.get(), pick(r, ORGANISATIONS), pick(r, ORGANISATIONS));
    }
    if (r.nextInt(8) == 0) {
      b.coercion(next.get(), pick(r, ORGANISATIONS));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.escalate(
          next.get(), pick(r, EscalationKind.values()), 1 + r.nextInt(4), pick(r, BOTTLENECKS));
      open.add(++escalations);
    }
    while (!open.isEmpty() && r.nextInt(4) != 0) {
      int e = open.remove(r.nextInt(open.size()));
      b.resolve(next.get(), e, pick(r, ResolutionKind.values()), pick(r, BLOCKERS));
    }
    int end = r.nextInt(10);
    if (end < 2) {
      return b.events();
    }
    if (end == 2) {
      b.transfer(next.get());
      return b.events();
    }
    b.close(next.get(), pick(r, ClosureReason.values()));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.followUp(next.get(), pick(r, FollowUpOutcome.values()));
    }
    if (r.nextInt(3) == 0) {
      b.reopen(next.get());
      if (r.nextBoolean()) {
        b.director(next.get(), pick(r, DIRECTORS), pick(r, ORGANISATIONS));
      }
      if (r.nextBoolean()) {
        b.close(next.get(), pick(r, ClosureReason.values()));
      }
    }
    return b.events();
  }
}

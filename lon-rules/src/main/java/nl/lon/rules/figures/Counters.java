package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.core.label.Labelled;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;

/**
 * The mergeable totals of an accumulator: plain counters, day histograms and bounded maps keyed by
 * distinct values. Internal; not thread-safe.
 */
final class Counters implements Contributions {

  static final int ORGANISATION_BUCKETS = 11;

  private static final SignalSourceKind[] SOURCES = SignalSourceKind.values();
  private static final PartnerKind[] KINDS = PartnerKind.values();
  private static final int UNKNOWN_KIND = KINDS.length;
  private static final int NO_KIND = KINDS.length + 1;
  private static final TargetGroup[] GROUPS = TargetGroup.values();
  private static final LifeDomain[] DOMAINS = LifeDomain.values();
  private static final FigureOutcome[] OUTCOMES = FigureOutcome.values();
  private static final FigureMilestone[] MILESTONES = FigureMilestone.values();
  private static final FigureDeadline[] DEADLINES = FigureDeadline.values();
  private static final EscalationKind[] ESCALATION_KINDS = EscalationKind.values();
  private static final ResolutionKind[] RESOLUTIONS = ResolutionKind.values();
  private static final int STILL_OPEN = RESOLUTIONS.length;
  private static final EventType[] EVENT_TYPES = EventType.values();

  private final YearMonth firstMonth;
  long cases;
  long[] perMonth;
  long[][] sources = new long[SOURCES.length][KINDS.length + 2];
  long[] targetGroups = new long[GROUPS.length + 1];

  /** Per life domain, then no problem domain, then no scan. */
  long[] lifeDomains = new long[DOMAINS.length + 2];

  long[] organisations = new long[ORGANISATION_BUCKETS];
  long[] outcomes = new long[OUTCOMES.length];
  long closed;
  long followedUp;
  long droppedOut;
  long reopened6;
  long reopened12;
  DayHistogram[] milestones = new DayHistogram[MILESTONES.length];

  /** Per deadline: met, missed. */
  long[][] deadlines = new long[DEADLINES.length][2];

  /** Per escalation kind: per resolution kind, then still open. */
  long[][] escalations = new long[ESCALATION_KINDS.length][RESOLUTIONS.length + 1];

  /** Per event type: the days between an act and its recording. */
  DayHistogram[] registration = new DayHistogram[EVENT_TYPES.length];

  TreeMap<Integer, Long> rungs = new TreeMap<>();
  TreeMap<String, long[]> blockers = new TreeMap<>();
  TreeMap<String, Long> unresolved = new TreeMap<>();
  TreeMap<String, Long> caseload = new TreeMap<>();

  /** The cases that count but could not be computed, by id value. */
  TreeMap<String, CaseId> uncomputable = new TreeMap<>();

  Counters(ReportingPeriod period) {
    firstMonth = YearMonth.from(period.getStart());
    perMonth = new long[period.getMonthCount()];
    for (int i = 0; i < milestones.length; i++) {
      milestones[i] = new DayHistogram();
    }
    for (int i = 0; i < registration.length; i++) {
      registration[i] = new DayHistogram();
    }
  }

  // ------------------------------------------------------------------ counting

  @Override
  public void signal(
      LocalDate receivedOn, SignalSourceKind source, boolean organisation, PartnerKind kind) {
    cases++;
    perMonth[(int) firstMonth.until(YearMonth.from(receivedOn), ChronoUnit.MONTHS)]++;
    int column = !organisation ? NO_KIND : kind == null ? UNKNOWN_KIND : kind.ordinal();
    sources[source.ordinal()][column]++;
  }

  @Override
  public void milestone(FigureMilestone milestone, LocalDate from, LocalDate to) {
    milestoneDays(milestone, ChronoUnit.DAYS.between(from, to));
  }

  void milestoneDays(FigureMilestone milestone, long days) {
    milestones[milestone.ordinal()].add(days);
  }

  @Override
  public void deadline(FigureDeadline deadline, boolean met) {
    deadlines[deadline.ordinal()][met ? 0 : 1]++;
  }

  @Override
  public void recorded(EventType type, long days) {
    registration[type.ordinal()].add(days);
  }

  @Override
  public void rung(int rung) {
    rungs.merge(rung, 1L, Long::sum);
  }

  @Override
  public void resolved(EscalationKind kind, ResolutionKind resolution, String blocker) {
    escalations[kind.ordinal()][resolution.ordinal()]++;
    blockers.computeIfAbsent(blocker, b -> new long[RESOLUTIONS.length])[resolution.ordinal()]++;
  }

  /**
   * Notes a case that counts but whose contributions could not be computed; it adds nothing else.
   */
  void uncomputable(CaseId caseId) {
    uncomputable.put(caseId.getValue(), caseId);
  }

  /** Adds what a case contributes once its events are all known. */
  void fold(CaseTally t) {
    boolean anyGroup = false;
    for (int i = 0; i < GROUPS.length; i++) {
      if ((t.targetGroups & (1 << i)) != 0) {
        targetGroups[i]++;
        anyGroup = true;
      }
    }
    if (!anyGroup) {
      targetGroups[GROUPS.length]++;
    }
    if (!t.scanned) {
      lifeDomains[DOMAINS.length + 1]++;
    } else if (t.lifeDomains == 0) {
      lifeDomains[DOMAINS.length]++;
    } else {
      for (int i = 0; i < DOMAINS.length; i++) {
        if ((t.lifeDomains & (1 << i)) != 0) {
          lifeDomains[i]++;
        }
      }
    }
    organisations[Math.min(t.organisations.size(), ORGANISATION_BUCKETS - 1)]++;
    outcomes[t.outcome.ordinal()]++;
    if (t.closedEver) {
      closed++;
      followedUp += t.followedUp ? 1 : 0;
      droppedOut += t.droppedOut ? 1 : 0;
      reopened6 += t.reopenedWithin6Months ? 1 : 0;
      reopened12 += t.reopenedWithin12Months ? 1 : 0;
    }
    if (t.openEscalations != null) {
      for (CaseTally.OpenEscalation open : t.openEscalations.values()) {
        escalations[open.kind.ordinal()][STILL_OPEN]++;
        unresolved.merge(open.bottleneck, 1L, Long::sum);
      }
    }
    if (t.outcome == FigureOutcome.OPEN && t.director != null) {
      caseload.merge(t.director, 1L, Long::sum);
    }
  }

  // ------------------------------------------------------------------ merging

  void addAll(Counters o) {
    cases += o.cases;
    add(perMonth, o.perMonth);
    for (int i = 0; i < sources.length; i++) {
      add(sources[i], o.sources[i]);
    }
    add(targetGroups, o.targetGroups);
    add(lifeDomains, o.lifeDomains);
    add(organisations, o.organisations);
    add(outcomes, o.outcomes);
    closed += o.closed;
    followedUp += o.followedUp;
    droppedOut += o.droppedOut;
    reopened6 += o.reopened6;
    reopened12 += o.reopened12;
    for (int i = 0; i < milestones.length; i++) {
      milestones[i].addAll(o.milestones[i]);
    }
    for (int i = 0; i < deadlines.length; i++) {
      add(deadlines[i], o.deadlines[i]);
    }
    for (int i = 0; i < registration.length; i++) {
      registration[i].addAll(o.registration[i]);
    }
    for (int i = 0; i < escalations.length; i++) {
      add(escalations[i], o.escalations[i]);
    }
    o.rungs.forEach((k, v) -> rungs.merge(k, v, Long::sum));
    o.blockers.forEach(
        (k, v) -> add(blockers.computeIfAbsent(k, b -> new long[RESOLUTIONS.length]), v));
    o.unresolved.forEach((k, v) -> unresolved.merge(k, v, Long::sum));
    o.caseload.forEach((k, v) -> caseload.merge(k, v, Long::sum));
    uncomputable.putAll(o.uncomputable);
  }

  Counters copy(ReportingPeriod period) {
    Counters c = new Counters(period);
    c.addAll(this);
    return c;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  // ------------------------------------------------------------------ publishing

  ManagementFigures toFigures(
      String profileId,
      ReportingPeriod period,
      FiguresScope scope,
      int[] deadlineDays,
      SmallCellSuppression rule) {
    ImmutableList.Builder<Table> tables = ImmutableList.builder();

    List<Tally> months = new ArrayList<>(perMonth.length);
    for (int i = 0; i < perMonth.length; i++) {
      months.add(Tally.of(firstMonth.plusMonths(i).toString(), perMonth[i]));
    }
    tables.add(rule.additive(FigureKey.CASES_SIGNALLED, "", months));

    List<Tally> source = new ArrayList<>();
    for (SignalSourceKind s : SOURCES) {
      long[] row = sources[s.ordinal()];
      if (s == SignalSourceKind.PARTNER_ORGANISATION || s == SignalSourceKind.OTHER_ORGANISATION) {
        for (int k = 0; k <= KINDS.length; k++) {
          if (row[k] > 0) {
            source.add(
                Tally.of(row[k], s, k == UNKNOWN_KIND ? FigureCategory.UNKNOWN_KIND : KINDS[k]));
          }
        }
      } else {
        source.add(Tally.of(row[NO_KIND], s));
      }
    }
    tables.add(rule.additive(FigureKey.SIGNAL_SOURCE, "", source));

    List<Tally> groups = new ArrayList<>();
    for (TargetGroup g : GROUPS) {
      groups.add(Tally.of(targetGroups[g.ordinal()], g));
    }
    groups.add(Tally.of(targetGroups[GROUPS.length], FigureCategory.NONE));
    tables.add(rule.overlapping(FigureKey.TARGET_GROUP, "", groups, cases));

    List<Tally> domains = new ArrayList<>();
    for (LifeDomain d : DOMAINS) {
      domains.add(Tally.of(lifeDomains[d.ordinal()], d));
    }
    domains.add(Tally.of(lifeDomains[DOMAINS.length], FigureCategory.NO_PROBLEM_DOMAIN));
    domains.add(Tally.of(lifeDomains[DOMAINS.length + 1], FigureCategory.NO_SCAN));
    tables.add(rule.overlapping(FigureKey.LIFE_DOMAIN, "", domains, cases));

    List<Tally> involved = new ArrayList<>();
    for (int i = 0; i < ORGANISATION_BUCKETS; i++) {
      involved.add(
          Tally.of(
              i == ORGANISATION_BUCKETS - 1 ? i + "+" : Integer.toString(i), organisations[i]));
    }
    tables.add(rule.additive(FigureKey.ORGANISATIONS_INVOLVED, "", involved));

    List<Tally> outcome = new ArrayList<>();
    for (FigureOutcome o : OUTCOMES) {
      outcome.add(Tally.of(outcomes[o.ordinal()], o));
    }
    tables.add(rule.additive(FigureKey.OUTCOME, "", outcome));

    tables.add(
        rule.overlapping(
            FigureKey.FOLLOW_UP,
            "",
            List.of(
                Tally.of(followedUp, FigureCategory.FOLLOWED_UP),
                Tally.of(droppedOut, FigureCategory.DROPPED_OUT),
                Tally.of(reopened6, FigureCategory.REOPENED_WITHIN_6_MONTHS),
                Tally.of(reopened12, FigureCategory.REOPENED_WITHIN_12_MONTHS)),
            closed));

    ImmutableList.Builder<DeadlineFigure> deadlineFigures = ImmutableList.builder();
    for (FigureDeadline d : DEADLINES) {
      if (deadlineDays[d.ordinal()] <= 0) {
        continue;
      }
      long met = deadlines[d.ordinal()][0];
      long missed = deadlines[d.ordinal()][1];
      Table table =
          rule.additive(
              FigureKey.DEADLINE,
              d.name(),
              List.of(Tally.of(met, FigureCategory.MET), Tally.of(missed, FigureCategory.MISSED)));
      tables.add(table);
      boolean published = table.getSuppressedCount() == 0 && !table.getTotal().isSuppressed();
      deadlineFigures.add(
          DeadlineFigure.builder()
              .deadline(d)
              .workingDays(deadlineDays[d.ordinal()])
              .table(table)
              .shareMet(
                  published && met + missed > 0
                      ? OptionalDouble.of((double) met / (met + missed))
                      : OptionalDouble.empty())
              .build());
    }

    List<Tally> escalation = new ArrayList<>();
    for (EscalationKind k : ESCALATION_KINDS) {
      for (ResolutionKind r : RESOLUTIONS) {
        escalation.add(Tally.of(escalations[k.ordinal()][r.ordinal()], k, r));
      }
      escalation.add(Tally.of(escalations[k.ordinal()][STILL_OPEN], k, FigureCategory.STILL_OPEN));
    }
    tables.add(rule.additive(FigureKey.ESCALATION, "", escalation));

    List<Tally> rung = new ArrayList<>();
    rungs.forEach((k, v) -> rung.add(Tally.of(Integer.toString(k), v)));
    tables.add(rule.additive(FigureKey.ESCALATION_RUNG, "", rung));

    List<Tally> load = new ArrayList<>();
    caseload.forEach((k, v) -> load.add(Tally.of(k, v)));
    tables.add(rule.additive(FigureKey.CASELOAD, "", load));

    ImmutableList<BlockerFigure> policy = policySignals(tables, rule);

    List<Tally> open = new ArrayList<>();
    // a row's text is free text from the escalation: a small row would publish it
    unresolved.forEach(
        (k, v) -> {
          if (!rule.isSmall(v)) {
            open.add(Tally.of(k, v));
          }
        });
    tables.add(rule.additive(FigureKey.UNRESOLVED_BOTTLENECK, "", open));

    ImmutableList.Builder<DurationFigure> durations = ImmutableList.builder();
    for (FigureMilestone m : MILESTONES) {
      DayHistogram h = milestones[m.ordinal()];
      boolean enough = h.count() >= rule.getThreshold() && h.count() > 0;
      durations.add(
          DurationFigure.builder()
              .milestone(m)
              .observations(rule.publish(h.count()))
              .medianDays(enough ? OptionalInt.of(h.percentile(50)) : OptionalInt.empty())
              .p90Days(enough ? OptionalInt.of(h.percentile(90)) : OptionalInt.empty())
              .build());
    }

    ImmutableList.Builder<RegistrationDelayFigure> delays = ImmutableList.builder();
    for (EventType type : EVENT_TYPES) {
      DayHistogram h = registration[type.ordinal()];
      boolean enough = h.count() >= rule.getThreshold() && h.count() > 0;
      delays.add(
          RegistrationDelayFigure.builder()
              .eventType(type)
              .observations(rule.publish(h.count()))
              .medianDays(enough ? OptionalInt.of(h.percentile(50)) : OptionalInt.empty())
              .p90Days(enough ? OptionalInt.of(h.percentile(90)) : OptionalInt.empty())
              .build());
    }

    return ManagementFigures.builder()
        .period(period)
        .scope(scope)
        .profileId(profileId)
        .suppressionThreshold(rule.getThreshold())
        .tables(tables.build())
        .durations(durations.build())
        .deadlines(deadlineFigures.build())
        .registrationDelays(delays.build())
        .policySignals(policy)
        .uncomputableCaseIds(uncomputable.values())
        .build();
  }

  /** The policy-signal table (suppressed in name order) and its rows in publication order. */
  private ImmutableList<BlockerFigure> policySignals(
      ImmutableList.Builder<Table> tables, SmallCellSuppression rule) {
    // a blocker's text is free text from the escalation: one named by few escalations is left
    // out, since publishing its text would name the case even with its counts suppressed
    TreeMap<String, long[]> shown = new TreeMap<>();
    blockers.forEach(
        (k, v) -> {
          if (!rule.isSmall(java.util.Arrays.stream(v).sum())) {
            shown.put(k, v);
          }
        });
    List<Tally> byName = new ArrayList<>();
    for (Map.Entry<String, long[]> e : shown.entrySet()) {
      for (ResolutionKind r : RESOLUTIONS) {
        byName.add(Tally.of(e.getKey(), List.<Labelled>of(r), e.getValue()[r.ordinal()]));
      }
    }
    Table suppressed = rule.additive(FigureKey.POLICY_SIGNAL, "", byName);
    List<BlockerFigure> rows = new ArrayList<>();
    int i = 0;
    for (String blocker : shown.keySet()) {
      rows.add(
          BlockerFigure.builder()
              .blocker(blocker)
              .cells(suppressed.getCells().subList(i, i + RESOLUTIONS.length))
              .build());
      i += RESOLUTIONS.length;
    }
    rows.sort(
        Comparator.comparing((BlockerFigure b) -> b.getTotal().isEmpty())
            .thenComparing(b -> -b.getTotal().orElse(0))
            .thenComparing(BlockerFigure::getBlocker));
    ImmutableList.Builder<Cell> ordered = ImmutableList.builder();
    rows.forEach(b -> ordered.addAll(b.getCells()));
    tables.add(Table.builder().from(suppressed).cells(ordered.build()).build());
    return ImmutableList.copyOf(rows);
  }
}

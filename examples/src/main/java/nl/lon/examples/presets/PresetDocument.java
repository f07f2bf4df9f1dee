package nl.lon.examples.presets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.label.Labelled;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.interop.bpmn.ProcessDiagram;
import nl.lon.rules.access.LegalBasis;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.PresetProvenance;
import nl.lon.rules.profile.Provenance;
import nl.lon.rules.profile.ProvenanceKind;

/**
 * Generates the preset document: the presets of Rotterdam, Enschede and Leeuwarden side by side,
 * every setting with its value per city and its provenance ({@link PresetProvenance}), as Markdown
 * ({@code docs/presets.md}) and HTML ({@code target/lon-presets.html}, beside the demo report), and
 * keeps the README's profile table, the document's summary, in step. The three processes, drawn
 * from the presets by {@link ProcessDiagram}, stand side by side in the HTML and are written beside
 * the Markdown as {@code docs/process-<city>.svg}, which it shows and links.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am -DskipTests package exec:java
 * -Dexec.mainClass=nl.lon.examples.presets.PresetDocument}.
 *
 * @since 0.1
 */
public final class PresetDocument {

  /** The heading of the README section whose table is the document's summary. */
  public static final String README_SECTION = "### The profiles";

  private static final String REGENERATE =
      "./mvnw -q -pl examples -am -DskipTests package exec:java"
          + " -Dexec.mainClass=nl.lon.examples.presets.PresetDocument";

  private final List<MethodologyProfile> presets = new ArrayList<>();
  private final List<Map<String, Object>> settings = new ArrayList<>();
  private final List<Map<String, Provenance>> provenance = new ArrayList<>();

  private PresetDocument() {
    for (String id : PresetProvenance.PRESET_IDS) {
      MethodologyProfile p = PresetProvenance.preset(id);
      presets.add(p);
      settings.add(PresetProvenance.settings(p));
      provenance.add(PresetProvenance.of(id));
    }
  }

  /**
   * Writes {@code docs/presets.md} under the repository root with the three drawings {@code
   * docs/process-<city>.svg} beside it, {@code target/lon-presets.html} and the README's profile
   * table.
   *
   * @param args optional: the Markdown path, then the HTML path
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = repositoryRoot(Path.of("").toAbsolutePath());
    Path md = args.length > 0 ? Path.of(args[0]) : root.resolve("docs/presets.md");
    Path html = args.length > 1 ? Path.of(args[1]) : Path.of("target/lon-presets.html");
    PresetDocument doc = new PresetDocument();
    write(md, doc.markdown());
    for (MethodologyProfile p : doc.presets) {
      write(md.toAbsolutePath().getParent().resolve(processFile(p.getId())), processSvg(p.getId()));
    }
    write(html, doc.html());
    Path readme = root.resolve("README.md");
    if (args.length == 0 && Files.exists(readme)) {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      write(readme, withSummary(text, doc.summaryTable()));
    }
    System.out.println("Preset document: " + md.toAbsolutePath());
    System.out.println("Preset document (HTML): " + html.toAbsolutePath());
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * The repository root: the nearest directory at or above {@code from} that holds {@code
   * lon-rules}.
   *
   * @param from where to start
   * @return the root
   */
  public static Path repositoryRoot(Path from) {
    for (Path p = from; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("lon-rules")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new UncheckedIOException(new IOException("no repository root above " + from));
  }

  /**
   * The Markdown document as {@link #main} writes it.
   *
   * @return the document
   */
  public static String generateMarkdown() {
    return new PresetDocument().markdown();
  }

  /**
   * The HTML document as {@link #main} writes it.
   *
   * @return the document
   */
  public static String generateHtml() {
    return new PresetDocument().html();
  }

  /**
   * The file name of a preset's drawing beside the Markdown document.
   *
   * @param presetId one of {@link PresetProvenance#PRESET_IDS}
   * @return {@code process-<id>.svg}
   */
  public static String processFile(String presetId) {
    return "process-" + presetId + ".svg";
  }

  /**
   * A preset's process as {@link #main} writes it beside the Markdown: in English, the document's
   * language.
   *
   * @param presetId one of {@link PresetProvenance#PRESET_IDS}
   * @return the SVG
   */
  public static String processSvg(String presetId) {
    return ProcessDiagram.of(PresetProvenance.preset(presetId), Locale.ENGLISH).toSvg();
  }

  /**
   * The README's profile table: the document's summary.
   *
   * @return the table, one line per row, ending with a line feed
   */
  public static String generateSummaryTable() {
    return new PresetDocument().summaryTable();
  }

  /**
   * The README text with the table of its {@link #README_SECTION} section replaced.
   *
   * @param readme the README
   * @param table the new table
   * @return the new README
   */
  static String withSummary(String readme, String table) {
    int[] bounds = tableBounds(readme);
    return readme.substring(0, bounds[0]) + table + readme.substring(bounds[1]);
  }

  /**
   * The table of the README's {@link #README_SECTION} section.
   *
   * @param readme the README
   * @return the table lines, ending with a line feed
   * @throws IllegalArgumentException when the README has no such section
   */
  public static String summaryTableIn(String readme) {
    int[] bounds = tableBounds(readme);
    return readme.substring(bounds[0], bounds[1]);
  }

  private static int[] tableBounds(String readme) {
    int section = readme.indexOf(README_SECTION + "\n");
    if (section < 0) {
      throw new IllegalArgumentException("README has no section " + README_SECTION);
    }
    int start = readme.indexOf("\n|", section);
    if (start < 0) {
      throw new IllegalArgumentException("README section " + README_SECTION + " has no table");
    }
    start++;
    int end = start;
    while (end < readme.length() && readme.startsWith("|", end)) {
      int next = readme.indexOf('\n', end);
      end = next < 0 ? readme.length() : next + 1;
    }
    return new int[] {start, end};
  }

  // ------------------------------------------------------------------ the setting paths

  private List<String> paths() {
    Set<String> all = new LinkedHashSet<>(provenance.get(0).keySet());
    for (Map<String, Object> s : settings) {
      all.addAll(s.keySet());
    }
    return new ArrayList<>(all);
  }

  private Optional<Provenance> provenanceOf(int city, String path) {
    return Optional.ofNullable(provenance.get(city).get(path));
  }

  // ------------------------------------------------------------------ the summary

  private String tag(int city, String... paths) {
    Set<ProvenanceKind> kinds = new LinkedHashSet<>();
    for (String path : paths) {
      kinds.add(
          provenanceOf(city, path).map(Provenance::getKind).orElse(ProvenanceKind.ASSUMPTION));
    }
    if (kinds.contains(ProvenanceKind.ASSUMPTION)) {
      return " (assumption)";
    }
    if (kinds.contains(ProvenanceKind.EXPERT_ADVICE)) {
      return " (expert advice)";
    }
    return "";
  }

  private static String days(OptionalInt d, String what) {
    return d.isPresent() ? d.getAsInt() + " working days " + what : "no deadline";
  }

  private String summaryTable() {
    Map<String, Function<Integer, String>> rows = new LinkedHashMap<>();
    rows.put(
        "team",
        c ->
            presets.get(c).getTerminology().network(Locale.forLanguageTag("nl"))
                + tag(c, "terminology.networkNl"));
    rows.put(
        "network director / trajectory director",
        c -> {
          var t = presets.get(c).getTerminology();
          Locale nl = Locale.forLanguageTag("nl");
          return t.role(ProfessionalRole.NETWORK_DIRECTOR, nl)
              + " / "
              + t.role(ProfessionalRole.TRAJECTORY_DIRECTOR, nl)
              + tag(c, "terminology.rolesNl");
        });
    rows.put(
        "case conference / network meeting / steering body",
        c -> {
          var t = presets.get(c).getTerminology();
          Locale nl = Locale.forLanguageTag("nl");
          return t.meeting(MeetingKind.CASE_CONFERENCE, nl)
              + " / "
              + t.meeting(MeetingKind.NETWORK_MEETING, nl)
              + " / "
              + t.meeting(MeetingKind.STEERING_GROUP, nl)
              + tag(c, "terminology.meetingsNl");
        });
    rows.put("eligibility", this::eligibility);
    rows.put(
        "client informed before the report",
        c -> {
          switch (presets.get(c).getClientInformedBeforeReport()) {
            case REQUIRED:
              return "required" + tag(c, "clientInformedBeforeReport");
            case ADVISED:
              return "informed and motivated (advised)" + tag(c, "clientInformedBeforeReport");
            default:
              return "recorded only" + tag(c, "clientInformedBeforeReport");
          }
        });
    rows.put(
        "judge report",
        c ->
            days(presets.get(c).getDeadlines().getJudgeReportWithin(), "after receipt")
                + tag(c, "deadlines.judgeReportWithin"));
    rows.put(
        "inquiry round",
        c -> {
          var r = presets.get(c).getInquiryRound();
          return (r.isAlways() ? "always, before the coordination decision" : "as needed")
              + tag(c, "inquiryRound.always")
              + (r.isToAllPartners() ? "; all partners" : "; partners chosen per report")
              + tag(c, "inquiryRound.toAllPartners")
              + (r.isAlsoOtherNetworks() ? "; other networks too" : "")
              + (r.isAlsoOtherNetworks() ? tag(c, "inquiryRound.alsoOtherNetworks") : "");
        });
    rows.put(
        "signaller consulted on the follow-up",
        c ->
            (presets.get(c).isSignallerConsultedOnFollowUp() ? "required" : "recorded when given")
                + tag(c, "signallerConsultedOnFollowUp"));
    rows.put(
        "appoint trajectory director",
        c -> {
          MethodologyProfile p = presets.get(c);
          String who =
              p.getAppointedBy() == AppointmentAuthority.NETWORK_DIRECTOR
                  ? "network director"
                  : "network meeting";
          OptionalInt within = p.getDeadlines().getAppointProblemOwnerWithin();
          return who
              + tag(c, "appointedBy")
              + (within.isPresent()
                  ? ", within "
                      + within.getAsInt()
                      + " working days of the coordination decision"
                      + tag(c, "deadlines.appointProblemOwnerWithin")
                  : "")
              + (p.isNetworkDirectorFallback()
                  ? "; network director as temporary fallback" + tag(c, "networkDirectorFallback")
                  : "; no fallback" + tag(c, "networkDirectorFallback"));
        });
    rows.put(
        "present plan",
        c -> {
          MethodologyProfile p = presets.get(c);
          OptionalInt within = p.getDeadlines().getPresentPlanWithin();
          return "by the "
              + p.getPlanPresentedBy().label(Locale.ENGLISH)
              + (p.getPlanPresentedBy() == ProfessionalRole.NETWORK_DIRECTOR
                  ? ", for the network meeting"
                  : "")
              + tag(c, "planPresentedBy")
              + "; "
              + (within.isPresent()
                  ? within.getAsInt() + " working days after accepting ownership"
                  : "no deadline")
              + tag(c, "deadlines.presentPlanWithin")
              + (p.isScanBeforeIntegralPicture()
                  ? "; scan first" + tag(c, "scanBeforeIntegralPicture")
                  : "");
        });
    rows.put(
        "cadence",
        c -> {
          var k = presets.get(c).getCadence();
          return "contact within "
              + k.getFirstContactWithinMonths()
              + " month(s), report every "
              + k.getReportEveryMonths()
              + " months"
              + (k.isReportOnDeviation() ? " or on deviation" : "")
              + ", progress talk every "
              + k.getProgressTalkEveryMonths()
              + " month(s)"
              + tag(c, "cadence.reportEveryMonths");
        });
    rows.put(
        "network meeting",
        c -> {
          MethodologyProfile p = presets.get(c);
          return "every "
              + p.getNetworkMeetingIntervalDays()
              + " days"
              + tag(c, "networkMeetingIntervalDays")
              + (p.isEvaluateAtEveryNetworkMeeting()
                  ? ", every case evaluated" + tag(c, "evaluateAtEveryNetworkMeeting")
                  : "");
        });
    rows.put(
        "evaluation",
        c -> {
          MethodologyProfile p = presets.get(c);
          return "by the "
              + p.getEvaluatedBy().label(Locale.ENGLISH)
              + tag(c, "evaluatedBy")
              + (p.isEvaluateAtEveryNetworkMeeting()
                  ? "; at every network meeting" + tag(c, "evaluateAtEveryNetworkMeeting")
                  : (p.getEvaluationEveryMonths().isPresent()
                          ? "; at least every "
                              + p.getEvaluationEveryMonths().getAsInt()
                              + " months"
                          : "; from time to time, no interval")
                      + tag(c, "evaluationEveryMonths"));
        });
    rows.put(
        "closes when",
        c ->
            presets.get(c).getClosingCriterion().label(Locale.ENGLISH)
                + tag(c, "closingCriterion")
                + "; closed by the "
                + presets.get(c).getClosedBy().label(Locale.ENGLISH)
                + tag(c, "closedBy"));
    rows.put(
        "follow-up",
        c -> {
          List<Integer> months = presets.get(c).getFollowUp().getCheckAfterMonths();
          return (months.isEmpty()
                  ? "none"
                  : months.stream().map(String::valueOf).collect(Collectors.joining(" and "))
                      + " months")
              + tag(c, "followUp.checkAfterMonths");
        });
    rows.put(
        "drop-out at follow-up",
        c ->
            (presets.get(c).getFollowUp().isDropOutReopens()
                    ? "reopens the case"
                    : "discussed again at the next network meeting")
                + tag(c, "followUp.dropOutReopens"));
    rows.put(
        "crisis triage at intake",
        c -> yesNo(presets.get(c).isCrisisTriageAtIntake()) + tag(c, "crisisTriageAtIntake"));
    rows.put(
        "deciding vote when partners disagree",
        c ->
            presets
                    .get(c)
                    .getDecidingVote()
                    .map(r -> presets.get(c).getTerminology().role(r, Locale.forLanguageTag("nl")))
                    .orElse("none, decisions by agreement")
                + tag(c, "decidingVote"));
    rows.put(
        "stalled progress back to the team",
        c ->
            yesNo(presets.get(c).isStalledProgressBackToTeam())
                + tag(c, "stalledProgressBackToTeam"));
    rows.put(
        "concept plan by the network director",
        c ->
            yesNo(presets.get(c).isConceptPlanByNetworkDirector())
                + tag(c, "conceptPlanByNetworkDirector"));
    rows.put(
        "problem owner needs the organisation's mandate",
        c ->
            yesNo(presets.get(c).isProblemOwnerMandateRequired())
                + tag(c, "problemOwnerMandateRequired"));
    rows.put(
        "warm handover",
        c ->
            (presets.get(c).getDeadlines().getDecideHandoverWithin().isPresent()
                    ? "decided within "
                        + presets.get(c).getDeadlines().getDecideHandoverWithin().getAsInt()
                        + " working days"
                    : "decided at the next network meeting")
                + tag(c, "deadlines.decideHandoverWithin")
                + "; the sender keeps it for "
                + presets.get(c).getAccess().getHandoverKeepers().stream()
                    .sorted()
                    .map(r -> presets.get(c).getTerminology().role(r, Locale.forLanguageTag("nl")))
                    .collect(java.util.stream.Collectors.joining(", "))
                + ", "
                + presets.get(c).getAccess().getAuditRetentionYears()
                + " years"
                + tag(c, "access.handoverKeepers"));
    rows.put(
        "involvement index",
        c ->
            "a registration expires after "
                + presets.get(c).getInvolvementInactiveMonths()
                + " months without activity"
                + tag(c, "involvementInactiveMonths"));
    rows.put(
        "signal list read by",
        c ->
            presets.get(c).getAccess().getSignalListViewers().stream()
                    .sorted()
                    .map(r -> presets.get(c).getTerminology().role(r, Locale.forLanguageTag("nl")))
                    .collect(java.util.stream.Collectors.joining(", "))
                + tag(c, "access.signalListViewers"));
    rows.put(
        "client invited to case conference",
        c ->
            (presets.get(c).isClientAlwaysInvitedToCaseConference() ? "always" : "sometimes")
                + tag(c, "clientAlwaysInvitedToCaseConference"));
    rows.put(
        "viewers",
        c -> {
          var a = presets.get(c).getAccess();
          return a.getViewers().label(Locale.ENGLISH)
              + tag(c, "access.viewers")
              + (a.isConsentRequired()
                  ? "; consent required" + tag(c, "access.consentRequired")
                  : "")
              + (a.isClientNumbersOnly()
                  ? "; client numbers only" + tag(c, "access.clientNumbersOnly")
                  : "");
        });
    rows.put(
        "care-purchase budget",
        c ->
            presets
                    .get(c)
                    .getIntervention()
                    .getBudgetMandate()
                    .map(PresetDocument::render)
                    .orElse("-")
                + tag(c, "intervention.budgetMandate"));
    rows.put(
        "pressure and coercion",
        c ->
            presets
                    .get(c)
                    .getIntervention()
                    .getCoercionEscalation()
                    .map(o -> "escalated straight to the " + render(o))
                    .orElse("measures from the catalogue")
                + tag(c, "intervention.coercionEscalation"));
    rows.put(
        "no cooperation in an eviction with children",
        c ->
            yesNo(presets.get(c).getIntervention().isNoEvictionWithChildren())
                + tag(c, "intervention.noEvictionWithChildren"));
    StringBuilder out = new StringBuilder("| setting |");
    presets.forEach(p -> out.append(' ').append(city(p)).append(" |"));
    out.append("\n|---|");
    presets.forEach(p -> out.append("---|"));
    out.append('\n');
    rows.forEach(
        (name, cell) -> {
          out.append("| ").append(name).append(" |");
          for (int c = 0; c < presets.size(); c++) {
            out.append(' ').append(md(cell.apply(c))).append(" |");
          }
          out.append('\n');
        });
    return out.toString();
  }

  private String eligibility(int c) {
    var e = presets.get(c).getEligibility();
    String domains =
        e.getCountedDomains().size() == nl.lon.core.scan.LifeDomain.values().length
            ? "any life domains"
            : e.getCountedDomains().stream()
                .map(d -> d.label(Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    return e.getMinProblemDomains()
        + "+ of "
        + domains
        + tag(c, "eligibility.minProblemDomains", "eligibility.countedDomains")
        + "; youth "
        + (e.isYouthInScope() ? "in" : "own circuit")
        + tag(c, "eligibility.youthInScope")
        + "; homeless "
        + (e.isHomelessInScope() ? "in" : "own circuit")
        + tag(c, "eligibility.homelessInScope")
        + "; ex-prisoners "
        + (e.isExPrisonersInScope() ? "in" : "out")
        + tag(c, "eligibility.exPrisonersInScope");
  }

  private static String city(MethodologyProfile p) {
    String name = p.getName();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  // ------------------------------------------------------------------ values

  static String render(Object v) {
    if (v instanceof Boolean) {
      return yesNo((Boolean) v);
    }
    if (v instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) v;
      return o.isPresent() ? String.valueOf(o.getAsInt()) : "none";
    }
    if (v instanceof Optional) {
      return ((Optional<?>) v).map(PresetDocument::render).orElse("none");
    }
    if (v instanceof Labelled) {
      return ((Labelled) v).label(Locale.ENGLISH);
    }
    if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      return m.isEmpty()
          ? "none"
          : m.entrySet().stream()
              .map(e -> render(e.getKey()) + ": " + render(e.getValue()))
              .collect(Collectors.joining("; "));
    }
    if (v instanceof Collection) {
      Collection<?> c = (Collection<?>) v;
      return c.isEmpty()
          ? "none"
          : c.stream().map(PresetDocument::render).collect(Collectors.joining(", "));
    }
    if (v instanceof EscalationOption) {
      EscalationOption r = (EscalationOption) v;
      return r.getBody() + (r.isEmergencyOnly() ? " (emergency only)" : "");
    }
    if (v instanceof CoercionMeasure) {
      return ((CoercionMeasure) v).getName();
    }
    if (v instanceof LegalBasis) {
      return ((LegalBasis) v).getCode();
    }
    if (v instanceof BudgetMandate) {
      BudgetMandate b = (BudgetMandate) v;
      return b.getHolder().label(Locale.ENGLISH)
          + ", a pot of EUR "
          + b.getPotPerYear().toPlainString()
          + " a year for all cases"
          + b.getMaxPerCase()
              .map(m -> ", at most EUR " + m.toPlainString() + " per case")
              .orElse(", no cap per case");
    }
    if (v instanceof EscalationOptions) {
      return render(((EscalationOptions) v).getOptions());
    }
    if (v instanceof WorkingDayCalendar) {
      WorkingDayCalendar w = (WorkingDayCalendar) v;
      return "Dutch public holidays (Algemene termijnenwet)"
          + (w.getClosureDays().isEmpty()
              ? ""
              : " and " + w.getClosureDays().size() + " closure days")
          + (w.getDecreedDays().isEmpty()
              ? ""
              : " and " + w.getDecreedDays().size() + " decreed days");
    }
    if (v instanceof LifeDomainMapping) {
      return v.equals(LifeDomainMapping.standard()) ? "standard" : "own mapping";
    }
    return String.valueOf(v);
  }

  private static String kindText(Provenance p) {
    return p.getKind().label(Locale.ENGLISH);
  }

  private static String reference(Provenance p) {
    return p.getSeedReference().map(r -> r.substring(Provenance.SEED.length()).trim()).orElse("");
  }

  // ------------------------------------------------------------------ Markdown

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# The presets side by side\n\n")
        .append("<!-- Generated by nl.lon.examples.presets.PresetDocument; do not edit. -->\n\n")
        .append(
            "The three presets `MethodologyProfile.rotterdam()`, `enschede()` and `leeuwarden()`"
                + " reproduce the networks of the source, MOVISIE, *Prachtige Praktijken van Lokale"
                + " OGGZ-Netwerken* (2008), file `")
        .append(Provenance.SEED)
        .append(
            "` (line numbers `l.NNNN`). Every setting names where its value comes from"
                + " (`PresetProvenance`):\n\n"
                + "* **source**: the source describes it as this network's practice;\n"
                + "* **expert advice**: the source's expert meeting advises it, but does not"
                + " describe it as this network's practice;\n"
                + "* **assumption**: the source says nothing on it for this network (or gives a"
                + " range); the network must confirm or replace the value.\n\n"
                + "Regenerate this file, its HTML version (`target/lon-presets.html`), the drawings"
                + " of the processes beside it and the README's profile table from the repository"
                + " root with:\n\n```\n")
        .append(REGENERATE)
        .append("\n```\n\n## Summary\n\n")
        .append(summaryTable())
        .append(processesMarkdown())
        .append("\n## Every setting\n\n| setting |");
    presets.forEach(p -> out.append(' ').append(city(p)).append(" |"));
    out.append("\n|---|");
    presets.forEach(p -> out.append("---|"));
    out.append('\n');
    for (String path : paths()) {
      out.append("| `").append(path).append("` |");
      for (int c = 0; c < presets.size(); c++) {
        Object v = settings.get(c).get(path);
        out.append(' ').append(md(v == null ? "-" : render(v)));
        Optional<Provenance> p = provenanceOf(path, c);
        out.append(
            p.map(
                    x ->
                        " *("
                            + kindText(x)
                            + (reference(x).isEmpty() ? "" : ", " + reference(x))
                            + ")*")
                .orElse(" *(no provenance)*"));
        out.append(" |");
      }
      out.append('\n');
    }
    out.append("\n## Provenance in detail\n");
    for (String path : paths()) {
      out.append("\n### `").append(path).append("`\n\n");
      Map<Provenance, List<String>> byProvenance = new LinkedHashMap<>();
      for (int c = 0; c < presets.size(); c++) {
        int index = c;
        provenanceOf(path, c)
            .ifPresent(
                p ->
                    byProvenance
                        .computeIfAbsent(p, k -> new ArrayList<>())
                        .add(city(presets.get(index))));
      }
      byProvenance.forEach(
          (p, cities) -> {
            out.append("* ")
                .append(String.join(", ", cities))
                .append(": **")
                .append(kindText(p))
                .append("**");
            p.getSeedReference().ifPresent(r -> out.append(", `").append(r).append('`'));
            p.getQuoteNl().ifPresent(q -> out.append(": \"").append(md(q)).append('"'));
            out.append(". ").append(md(p.getNoteEn())).append('\n');
          });
    }
    return out.toString();
  }

  private Optional<Provenance> provenanceOf(String path, int city) {
    return provenanceOf(city, path);
  }

  /** The three processes side by side: a table of the drawings beside this document. */
  private String processesMarkdown() {
    StringBuilder out =
        new StringBuilder(
            "\n## The processes side by side\n\n"
                + "Each preset's process, drawn from the preset by"
                + " `nl.lon.interop.bpmn.ProcessDiagram` (`lon-interop-bpmn`): the nine steps and the"
                + " transitions the rules allow, the working-day deadlines, cadence, evaluation"
                + " interval and follow-up checks as timers (a clock), and the escalation options as"
                + " escalation events. The same diagrams as BPMN 2.0 come from `toBpmnXml()`.\n\n|");
    presets.forEach(p -> out.append(' ').append(city(p)).append(" |"));
    out.append("\n|");
    presets.forEach(p -> out.append("---|"));
    out.append("\n|");
    presets.forEach(
        p ->
            out.append(" ![")
                .append(city(p))
                .append("'s process](")
                .append(processFile(p.getId()))
                .append(") |"));
    out.append("\n\nThe drawings:");
    for (int c = 0; c < presets.size(); c++) {
      MethodologyProfile p = presets.get(c);
      out.append(" [")
          .append(city(p))
          .append("](")
          .append(processFile(p.getId()))
          .append(')')
          .append(c == presets.size() - 1 ? ".\n" : ",");
    }
    return out.toString();
  }

  /** The three processes side by side in the HTML, inline. */
  private String processesHtml() {
    StringBuilder out =
        new StringBuilder(
            "<h2>The processes side by side</h2><p>Each preset's process, drawn from the preset:"
                + " the nine steps and the transitions the rules allow, the working-day deadlines,"
                + " cadence, evaluation interval and follow-up checks as timers (a clock), and the"
                + " escalation options as escalation events.</p><div class=\"processes\">");
    for (MethodologyProfile p : presets) {
      out.append("<figure><figcaption>")
          .append(esc(city(p)))
          .append("</figcaption>")
          // inline in HTML the parser gives the svg element its namespace itself
          .append(
              processSvg(p.getId()).replaceFirst(" xmlns=\"http://www\\.w3\\.org/2000/svg\"", ""))
          .append("</figure>");
    }
    return out.append("</div>").toString();
  }

  // ------------------------------------------------------------------ HTML

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private String html() {
    StringBuilder out = new StringBuilder();
    out.append(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The presets"
                + " side by side</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{padding:3px 8px;text-align:left;"
                + "vertical-align:top;border-bottom:1px solid #eee}.k{color:#666;font-size:90%}"
                + ".assumption{color:#a50}.q{font-style:italic}"
                + ".processes{display:flex;gap:1em;align-items:flex-start}"
                + ".processes figure{flex:1;min-width:0;margin:0}"
                + ".processes svg{width:100%;height:auto}"
                + "figcaption{font-weight:bold;margin-bottom:.5em}</style></head><body>")
        .append(
            "<h1>The presets side by side</h1><p>Source: MOVISIE, Prachtige Praktijken van"
                + " Lokale OGGZ-Netwerken (2008), file ")
        .append(esc(Provenance.SEED))
        .append(
            ". Kinds: source (the network's practice), expert advice, assumption (the network"
                + " must confirm).</p>")
        .append(processesHtml())
        .append("<h2>Every setting</h2><table><tr><th>setting</th>");
    presets.forEach(p -> out.append("<th>").append(esc(city(p))).append("</th>"));
    out.append("</tr>");
    for (String path : paths()) {
      out.append("<tr><td><code>").append(esc(path)).append("</code></td>");
      for (int c = 0; c < presets.size(); c++) {
        Object v = settings.get(c).get(path);
        out.append("<td>").append(esc(v == null ? "-" : render(v)));
        Optional<Provenance> p = provenanceOf(path, c);
        if (p.isPresent()) {
          Provenance x = p.get();
          out.append("<div class=\"k ")
              .append(x.getKind() == ProvenanceKind.ASSUMPTION ? "assumption" : "")
              .append("\">")
              .append(esc(kindText(x)));
          x.getSeedReference().ifPresent(r -> out.append(", ").append(esc(reference(x))));
          out.append("</div>");
          x.getQuoteNl()
              .ifPresent(q -> out.append("<div class=\"k q\">").append(esc(q)).append("</div>"));
          out.append("<div class=\"k\">").append(esc(x.getNoteEn())).append("</div>");
        } else {
          out.append("<div class=\"k assumption\">no provenance</div>");
        }
        out.append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</table></body></html>\n");
    return out.toString();
  }
}

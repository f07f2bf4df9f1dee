package nl.lon.service.history;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;

/**
 * What one run of the {@link HistoryImporter} did (importverslag): the cases imported, those
 * already imported by an earlier run, the cases refused with the line, field and rule that refused
 * them, and the lines that could not be read. Written as text ({@link #toText()}) and as a
 * self-contained HTML page ({@link #toHtml()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ImportReport {

  /**
   * A case that was not imported: nothing of it was written.
   *
   * @param caseId the case
   * @param line the number of the line (from 1) that refused it
   * @param field the field of that line, a JSON path such as {@code $.fields.plan}, or {@code
   *     $.act} when the process rules refused the act as a whole
   * @param ruleId the rule: an {@link ImportRuleId}, a process rule ({@code
   *     nl.lon.rules.process.RuleId}) or an input check ({@code input.*})
   * @param reasonEn why, in English
   * @param reasonNl why, in Dutch
   */
  public record CaseRefusal(
      CaseId caseId, long line, String field, String ruleId, String reasonEn, String reasonNl) {

    /**
     * Checks for nulls.
     *
     * @param caseId the case
     * @param line the number of the line (from 1) that refused it
     * @param field the field of that line
     * @param ruleId the rule
     * @param reasonEn why, in English
     * @param reasonNl why, in Dutch
     * @throws NullPointerException when a component is null
     */
    public CaseRefusal {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(reasonEn, "reasonEn");
      Objects.requireNonNull(reasonNl, "reasonNl");
    }
  }

  /**
   * A line that could not be read as an act (malformed JSON, unknown act, missing or invalid field,
   * unknown actor); the case it belongs to, when known, is refused.
   *
   * @param line the line number, from 1
   * @param caseId the case the line names, when it could be read
   * @param field the offending field, a JSON path ({@code $} for the whole line)
   * @param ruleId the {@link ImportRuleId} id
   * @param reason what is wrong, in English, without the line's content
   */
  public record BadLine(
      long line, Optional<CaseId> caseId, String field, String ruleId, String reason) {

    /**
     * Checks for nulls.
     *
     * @param line the line number, from 1
     * @param caseId the case the line names, when it could be read
     * @param field the offending field
     * @param ruleId the rule id
     * @param reason what is wrong
     * @throws NullPointerException when a component is null
     */
    public BadLine {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final String source;
  private final ProfessionalId importer;
  private final Instant importedAt;
  private final long lines;
  private final int casesImported;
  private final int casesAlreadyImported;
  private final long actsImported;
  private final long eventsWritten;
  private final ImmutableList<CaseRefusal> refused;
  private final ImmutableList<BadLine> badLines;
  private final int casesRefused;
  private final int casesChanged;
  private final long badLineCount;

  /**
   * The most refused cases and the most bad lines a report lists, each: {@value}. A run counts all
   * of them; it lists the first, so that a file of nothing but bad lines does not fill the memory.
   *
   * @since 0.3
   */
  public static final int MAX_LISTED = 10_000;

  ImportReport(
      String source,
      ProfessionalId importer,
      Instant importedAt,
      long lines,
      int casesImported,
      int casesAlreadyImported,
      long actsImported,
      long eventsWritten,
      List<CaseRefusal> refused,
      List<BadLine> badLines,
      int casesRefused,
      int casesChanged,
      long badLineCount) {
    this.source = source;
    this.importer = importer;
    this.importedAt = importedAt;
    this.lines = lines;
    this.casesImported = casesImported;
    this.casesAlreadyImported = casesAlreadyImported;
    this.actsImported = actsImported;
    this.eventsWritten = eventsWritten;
    this.refused = ImmutableList.copyOf(refused);
    this.badLines = ImmutableList.copyOf(badLines);
    this.casesRefused = casesRefused;
    this.casesChanged = casesChanged;
    this.badLineCount = badLineCount;
  }

  /**
   * The name of the file (or source) imported.
   *
   * @return the name
   */
  public String getSource() {
    return source;
  }

  /**
   * Who imported.
   *
   * @return the importing professional
   */
  public ProfessionalId getImporter() {
    return importer;
  }

  /**
   * When the import ended, by the importer's clock.
   *
   * @return the instant
   */
  public Instant getImportedAt() {
    return importedAt;
  }

  /**
   * The number of lines read, blank lines included.
   *
   * @return the count
   */
  public long getLines() {
    return lines;
  }

  /**
   * The number of cases written by this run.
   *
   * @return the count
   */
  public int getCasesImported() {
    return casesImported;
  }

  /**
   * The number of cases an earlier run imported from the very same acts; nothing was written for
   * them.
   *
   * @return the count
   */
  public int getCasesAlreadyImported() {
    return casesAlreadyImported;
  }

  /**
   * The number of cases refused (nothing written for them), changed cases included.
   *
   * @return the count
   */
  public int getCasesRefused() {
    return casesRefused;
  }

  /**
   * The number of acts of the cases written by this run.
   *
   * @return the count
   */
  public long getActsImported() {
    return actsImported;
  }

  /**
   * The number of events written by this run (an act may yield more than one).
   *
   * @return the count
   */
  public long getEventsWritten() {
    return eventsWritten;
  }

  /**
   * The refused cases, in file order: the first {@value #MAX_LISTED} of {@link #getCasesRefused()}.
   *
   * @return the refusals
   */
  public ImmutableList<CaseRefusal> getRefusedCases() {
    return refused;
  }

  /**
   * The cases imported before whose lines changed since ({@link ImportRuleId#CHANGED}); a subset of
   * {@link #getRefusedCases()}.
   *
   * @return the refusals
   */
  public ImmutableList<CaseRefusal> getChangedCases() {
    return refused.stream()
        .filter(r -> r.ruleId().equals(ImportRuleId.CHANGED.getId()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The lines that could not be read, in file order: the first {@value #MAX_LISTED} of {@link
   * #getBadLineCount()}.
   *
   * @return the bad lines
   */
  public ImmutableList<BadLine> getBadLines() {
    return badLines;
  }

  /**
   * The number of lines that could not be read, listed or not.
   *
   * @return the count
   * @since 0.3
   */
  public long getBadLineCount() {
    return badLineCount;
  }

  /**
   * The number of cases imported before whose lines changed since, listed or not.
   *
   * @return the count
   * @since 0.3
   */
  public int getCasesChanged() {
    return casesChanged;
  }

  /**
   * The report as plain text, English with the Dutch reasons beside.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Import of ").append(source).append(" by ").append(importer.getValue());
    b.append(" at ").append(importedAt).append('\n');
    b.append("  lines read:             ").append(lines).append('\n');
    b.append("  cases imported:         ").append(casesImported);
    b.append(" (").append(actsImported).append(" acts, ").append(eventsWritten);
    b.append(" events)\n");
    b.append("  cases already imported: ").append(casesAlreadyImported).append('\n');
    b.append("  cases refused:          ").append(casesRefused);
    b.append(" (changed since an earlier import: ").append(casesChanged).append(")\n");
    b.append("  bad lines:              ").append(badLineCount).append('\n');
    if (!refused.isEmpty()) {
      b.append("Refused cases (line, field, rule)")
          .append(refused.size() < casesRefused ? ", the first " + refused.size() : "")
          .append(":\n");
      for (CaseRefusal r : refused) {
        b.append("  ").append(r.caseId().getValue()).append("  line ").append(r.line());
        b.append("  ").append(r.field()).append("  ").append(r.ruleId()).append('\n');
        b.append("      ").append(r.reasonEn()).append('\n');
        b.append("      ").append(r.reasonNl()).append('\n');
      }
    }
    if (!badLines.isEmpty()) {
      b.append("Bad lines")
          .append(badLines.size() < badLineCount ? ", the first " + badLines.size() : "")
          .append(":\n");
      for (BadLine l : badLines) {
        b.append("  line ").append(l.line()).append("  ").append(l.field());
        b.append("  ").append(l.ruleId()).append("  ").append(l.reason()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The report as one HTML page without external resources.
   *
   * @return the HTML text
   */
  public String toHtml() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    b.append("<title>Import report - ").append(esc(source)).append("</title>");
    b.append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
        .append("th{background:#eee}.nl{color:#555}</style></head><body>\n");
    b.append("<h1>Import report / importverslag</h1>\n<p>")
        .append(esc(source))
        .append(", imported by ")
        .append(esc(importer.getValue()))
        .append(" at ")
        .append(esc(importedAt.toString()))
        .append("</p>\n<table>");
    row(b, "lines read / regels gelezen", lines);
    row(b, "cases imported / casussen ingelezen", casesImported);
    row(b, "acts imported / handelingen ingelezen", actsImported);
    row(b, "events written / gebeurtenissen geschreven", eventsWritten);
    row(b, "cases already imported / al eerder ingelezen", casesAlreadyImported);
    row(b, "cases refused / casussen geweigerd", casesRefused);
    row(b, "changed since an earlier import / gewijzigd", casesChanged);
    row(b, "bad lines / onleesbare regels", badLineCount);
    b.append("</table>\n");
    if (!refused.isEmpty()) {
      b.append("<h2>Refused cases / geweigerde casussen</h2>\n<table><tr><th>case</th>")
          .append("<th>line</th><th>field</th><th>rule</th><th>reason</th></tr>\n");
      for (CaseRefusal r : refused) {
        b.append("<tr><td>")
            .append(esc(r.caseId().getValue()))
            .append("</td><td>")
            .append(r.line())
            .append("</td><td><code>")
            .append(esc(r.field()))
            .append("</code></td><td><code>")
            .append(esc(r.ruleId()))
            .append("</code></td><td>")
            .append(esc(r.reasonEn()))
            .append("<br><span class=\"nl\" lang=\"nl\">")
            .append(esc(r.reasonNl()))
            .append("</span></td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!badLines.isEmpty()) {
      b.append("<h2>Bad lines / onleesbare regels</h2>\n<table><tr><th>line</th><th>case</th>")
          .append("<th>field</th><th>rule</th><th>reason</th></tr>\n");
      for (BadLine l : badLines) {
        b.append("<tr><td>")
            .append(l.line())
            .append("</td><td>")
            .append(esc(l.caseId().map(CaseId::getValue).orElse("?")))
            .append("</td><td><code>")
            .append(esc(l.field()))
            .append("</code></td><td><code>")
            .append(esc(l.ruleId()))
            .append("</code></td><td>")
            .append(esc(l.reason()))
            .append("<br><span class=\"nl\" lang=\"nl\">")
            .append(esc(ImportRuleId.of(l.ruleId()).map(x -> x.reason(NL)).orElse("")))
            .append("</span></td></tr>\n");
      }
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  /**
   * Writes {@link #toHtml()} to a file, making its directory when needed.
   *
   * @param file the file
   * @return the file's absolute path
   * @throws IOException when it cannot be written
   */
  public Path writeHtml(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    Files.writeString(abs, toHtml(), StandardCharsets.UTF_8);
    return abs;
  }

  @Override
  public String toString() {
    return "ImportReport[source="
        + source
        + ", imported="
        + casesImported
        + ", alreadyImported="
        + casesAlreadyImported
        + ", refused="
        + refused.size()
        + ", badLines="
        + badLines.size()
        + "]";
  }

  private static final Locale NL = Locale.forLanguageTag("nl");

  private static void row(StringBuilder b, String label, long value) {
    b.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>");
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

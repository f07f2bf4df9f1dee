package nl.lon.rules.profile;

import java.util.Optional;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Where one value of a preset comes from (herkomst): the source's practice, the source's expert
 * advice, or an assumption the network must confirm; with the seed reference and the quoted Dutch
 * words where there are any, and an English note.
 *
 * <p>See {@link PresetProvenance} for the provenance of every setting of the three presets.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Provenance {

  /** The file name of the source text the presets reproduce (MOVISIE 2008). */
  public static final String SEED = "004_ca47ed76719141bc.txt";

  Provenance() {}

  /**
   * What kind of origin this is.
   *
   * @return the kind
   */
  public abstract ProvenanceKind getKind();

  /**
   * The place in the source, for example {@code "004_ca47ed76719141bc.txt l.1414"}.
   *
   * @return the reference; always present for {@link ProvenanceKind#SOURCE} and {@link
   *     ProvenanceKind#EXPERT_ADVICE}, present for an assumption made within a range the source
   *     gives
   */
  public abstract Optional<String> getSeedReference();

  /**
   * The source's own words (Dutch), as quoted from the reference.
   *
   * @return the quote; present whenever a reference is
   */
  public abstract Optional<String> getQuoteNl();

  /**
   * An English note: what the value means, or why it was chosen where the source is silent.
   *
   * @return the note
   */
  public abstract String getNoteEn();

  @Value.Check
  void check() {
    Checks.text(getNoteEn(), Checks.MAX_REASON, "Provenance.noteEn");
    Checks.optionalText(getSeedReference(), Checks.MAX_LABEL, "Provenance.seedReference");
    Checks.optionalText(getQuoteNl(), Checks.MAX_REASON, "Provenance.quoteNl");
    Checks.require(
        getKind() == ProvenanceKind.ASSUMPTION || getSeedReference().isPresent(),
        "Provenance.seedReference",
        "required-for-source",
        "a value from the source or its expert advice names the place in the source");
    Checks.require(
        getSeedReference().isPresent() == getQuoteNl().isPresent(),
        "Provenance.quoteNl",
        "quote-with-reference",
        "a reference to the source comes with the quoted words, and a quote with its reference");
  }

  /**
   * A value the source describes as the network's practice.
   *
   * @param lines the lines in {@link #SEED}, for example {@code "l.1414"} or {@code "l.861-862"}
   * @param quoteNl the source's words
   * @param noteEn an English note
   * @return the provenance
   */
  public static Provenance source(String lines, String quoteNl, String noteEn) {
    return of(ProvenanceKind.SOURCE, Optional.of(lines), Optional.of(quoteNl), noteEn);
  }

  /**
   * A value the source's expert meeting advises, which the source does not describe as the
   * network's practice.
   *
   * @param lines the lines in {@link #SEED}
   * @param quoteNl the source's words
   * @param noteEn an English note
   * @return the provenance
   */
  public static Provenance expertAdvice(String lines, String quoteNl, String noteEn) {
    return of(ProvenanceKind.EXPERT_ADVICE, Optional.of(lines), Optional.of(quoteNl), noteEn);
  }

  /**
   * A value the source does not give: an assumption the network must confirm or replace.
   *
   * @param noteEn why the value was chosen
   * @return the provenance
   */
  public static Provenance assumption(String noteEn) {
    return of(ProvenanceKind.ASSUMPTION, Optional.empty(), Optional.empty(), noteEn);
  }

  /**
   * A value chosen within what the source allows (for example one interval out of "every 2, 3 or 4
   * weeks"): still an assumption the network must confirm.
   *
   * @param lines the lines in {@link #SEED} that give the range
   * @param quoteNl the source's words
   * @param noteEn why this value was chosen
   * @return the provenance
   */
  public static Provenance assumption(String lines, String quoteNl, String noteEn) {
    return of(ProvenanceKind.ASSUMPTION, Optional.of(lines), Optional.of(quoteNl), noteEn);
  }

  private static Provenance of(
      ProvenanceKind kind, Optional<String> lines, Optional<String> quote, String note) {
    return new Builder()
        .kind(kind)
        .seedReference(lines.map(l -> SEED + " " + l))
        .quoteNl(quote)
        .noteEn(note)
        .build();
  }

  /** Builds a {@link Provenance} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}

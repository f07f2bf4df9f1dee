package nl.lon.core.process;

import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A decision taken in a meeting by the deciding vote of its chair because the partners did not
 * agree (beslissende stem).
 *
 * <p>"In Enschede heeft de netwerkregisseur / teamleider een beslissende stem als er geen
 * overeenstemming is tussen de partners" (seeds/004 l.926 and l.948, one sentence split by the
 * layout). Whether a network knows a deciding vote, and who holds it, is the profile's {@code
 * decidingVote}; the rules refuse a vote the profile does not give.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class DecidingVote {

  DecidingVote() {}

  /**
   * Who cast the vote.
   *
   * @return a participant of the meeting
   */
  @Value.Parameter
  public abstract ProfessionalId getCastBy();

  /**
   * What was decided, and on what the partners disagreed.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getMatter();

  @Value.Check
  void check() {
    Checks.text(getMatter(), Checks.MAX_REASON, "DecidingVote.matter");
  }

  /**
   * Creates a deciding vote.
   *
   * @param castBy who cast it
   * @param matter what was decided
   * @return the vote
   * @throws nl.lon.core.error.InvalidValueException when the matter is blank or too long
   */
  public static DecidingVote of(ProfessionalId castBy, String matter) {
    return ImmutableDecidingVote.of(castBy, matter);
  }
}

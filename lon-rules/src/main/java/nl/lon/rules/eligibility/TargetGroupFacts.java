package nl.lon.rules.eligibility;

import java.util.Optional;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalSourceKind;
import org.immutables.value.Value;

/**
 * The explicit facts the target-group advice rests on (feiten voor het doelgroepadvies): whether
 * the client asks for help themselves, and whether the current care offer fails them.
 *
 * <p>The source defines the groups by these facts, not by who signalled or by a count of life
 * domains: "Zorgmijders zijn de mensen waar anderen zich zorgen om maken, maar die niet uit
 * zichzelf om zorg vragen"; "Zorgmissers zijn mensen met complexe, meervoudige problematiek die
 * binnen het huidige, verkokerde hulpaanbod niet afdoende geholpen kunnen worden en tussen wal en
 * schip vallen" (seeds/004_ca47ed76719141bc.txt l.223-230); the classification "vraagt dat
 * tegelijkertijd wordt gekeken naar de betrokkenheid van de samenleving en zorgorganisaties"
 * (l.238-240). A fact not known is empty, and the advice asks for it instead of guessing.
 *
 * <pre>{@code
 * TargetGroupFacts facts = TargetGroupFacts.builder().clientAskedForHelp(false).careOfferFailing(true).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class TargetGroupFacts {

  TargetGroupFacts() {}

  /**
   * Whether the client asks for help or care themselves.
   *
   * @return true or false when known, empty when not known
   */
  public abstract Optional<Boolean> getClientAskedForHelp();

  /**
   * Whether the current care offer fails the client: the partners involved cannot help them enough,
   * so they fall between two stools (for example help got stuck, or no provider takes the problems
   * on).
   *
   * @return true or false when known, empty when not known
   */
  public abstract Optional<Boolean> getCareOfferFailing();

  /**
   * No facts known.
   *
   * @return the facts
   */
  public static TargetGroupFacts unknown() {
    return builder().build();
  }

  /**
   * What the signal itself tells: a client who signalled themselves asked for help; nothing else is
   * known from the signal.
   *
   * @param signal the signal
   * @return the facts
   */
  public static TargetGroupFacts from(Signal signal) {
    Builder b = builder();
    if (signal.getSourceKind() == SignalSourceKind.CLIENT) {
      b.clientAskedForHelp(true);
    }
    return b.build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TargetGroupFacts}: set the facts known, then {@code build()} returns the value.
   * Not thread-safe: use one builder per value.
   *
   * @since 0.2
   */
  public static final class Builder extends ImmutableTargetGroupFacts.Builder {
    /** Creates an empty builder, the same as {@link TargetGroupFacts#builder()}. */
    public Builder() {}
  }
}

package nl.lon.rules.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import nl.lon.core.network.Circuit;
import nl.lon.core.scan.LifeDomain;
import org.immutables.value.Value;

/**
 * Advice on whether a case is in the network's target group, and which target groups apply, with
 * the facts behind it (advies doelgroep).
 *
 * <p>Advice only: the network director's judgement is what is recorded, and may differ; the
 * difference is kept on the {@link nl.lon.core.event.ReportJudged} event.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EligibilityAdvice {

  EligibilityAdvice() {}

  /**
   * Whether the case is advised in scope.
   *
   * @return true when in scope under the profile
   */
  public abstract boolean isInScope();

  /**
   * The counted life domains with problems.
   *
   * @return the domains
   */
  public abstract ImmutableSet<LifeDomain> getProblemDomains();

  /**
   * Whether the domains came from a scan (else from the signal's concerns).
   *
   * @return true when based on a scan
   */
  public abstract boolean isBasedOnScan();

  /**
   * The facts that led to the scope advice.
   *
   * @return the facts, in English and Dutch
   */
  public abstract ImmutableList<Fact> getFacts();

  /**
   * The target groups advised, each with the facts that led to it.
   *
   * @return the advised groups
   */
  public abstract ImmutableList<TargetGroupAdvice> getTargetGroups();

  /**
   * The facts not known that the target-group advice would rest on, as questions to ask (for
   * example whether the client asks for help themselves).
   *
   * @return the open questions, in English and Dutch; empty when every fact was known
   * @since 0.2
   */
  public abstract ImmutableList<Fact> getOpenQuestions();

  /**
   * The circuit the case belongs to instead, when out of scope for that reason.
   *
   * @return the circuit, or empty
   */
  public abstract Optional<Circuit> getReferTo();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EligibilityAdvice}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEligibilityAdvice.Builder {
    /** Creates an empty builder, the same as {@link EligibilityAdvice#builder()}. */
    public Builder() {}
  }
}

package nl.lon.core.event;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.internal.Checks;
import nl.lon.core.process.ReportJudgement;
import org.immutables.value.Value;

/**
 * The network director judged the report: in scope, out of scope, or acute crisis (step 2).
 *
 * <p>Dutch: <em>melding beoordeeld</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ReportJudged implements CaseEvent {

  ReportJudged() {}

  /**
   * The judgement.
   *
   * @return the value
   */
  public abstract ReportJudgement getJudgement();

  /**
   * The grounds of the judgement.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  /**
   * The target groups assigned, each with its reason.
   *
   * @return the elements
   */
  public abstract ImmutableSet<TargetGroupAssignment> getTargetGroups();

  /**
   * What the eligibility advice said, when advice was asked; kept so a decision that differs from
   * the advice stays visible.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> getAdvisedInScope();

  @Override
  public final EventType getType() {
    return EventType.REPORT_JUDGED;
  }

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "ReportJudged.reason");
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
   * Builds a {@link ReportJudged}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableReportJudged.Builder {
    /** Creates an empty builder, the same as {@link ReportJudged#builder()}. */
    public Builder() {}
  }
}

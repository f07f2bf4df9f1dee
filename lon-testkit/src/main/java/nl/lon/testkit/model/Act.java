package nl.lon.testkit.model;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;

/**
 * One act the {@link ProcessModel} put to the case service (handeling): which use case, on which
 * case, by whom, on which day, and what the service answered. Immutable.
 *
 * @since 0.3
 */
public final class Act {

  /** What the case service answered. */
  public enum Outcome {
    /** The command was applied: its events are in the case's stream. */
    ACCEPTED,
    /** The process rules refused it ({@link Act#getRuleIds()} names the rules). */
    REFUSED,
    /** The access rules denied it ({@link Act#getRuleIds()} names the rule). */
    DENIED,
    /** The service raised another error (unknown case, invalid value), named in the rule ids. */
    FAILED,
    /** Nothing to act on: no case yet, or nothing in the case the act could refer to. */
    SKIPPED
  }

  private final UseCase useCase;
  private final Optional<CaseId> caseId;
  private final Optional<ProfessionalId> actor;
  private final LocalDate date;
  private final Outcome outcome;
  private final ImmutableSet<String> ruleIds;
  private final String description;

  Act(
      UseCase useCase,
      Optional<CaseId> caseId,
      Optional<ProfessionalId> actor,
      LocalDate date,
      Outcome outcome,
      Set<String> ruleIds,
      String description) {
    this.useCase = Objects.requireNonNull(useCase, "useCase");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.date = Objects.requireNonNull(date, "date");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.ruleIds = ImmutableSet.copyOf(ruleIds);
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * The use case.
   *
   * @return the use case
   */
  public UseCase getUseCase() {
    return useCase;
  }

  /**
   * The case acted on.
   *
   * @return the case, or empty when there was none yet
   */
  public Optional<CaseId> getCaseId() {
    return caseId;
  }

  /**
   * The professional who gave the command.
   *
   * @return the actor, or empty for a skipped act
   */
  public Optional<ProfessionalId> getActor() {
    return actor;
  }

  /**
   * The business date of the act.
   *
   * @return the day
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * What the service answered.
   *
   * @return the outcome
   */
  public Outcome getOutcome() {
    return outcome;
  }

  /**
   * The rules that refused or denied the act, or the error's rule.
   *
   * @return the rule ids, empty for an accepted or skipped act
   */
  public ImmutableSet<String> getRuleIds() {
    return ruleIds;
  }

  /**
   * The act in a few words, with its generated arguments.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return date
        + " "
        + caseId.map(CaseId::getValue).orElse("-")
        + " "
        + description
        + actor.map(a -> " by " + a.getValue()).orElse("")
        + ": "
        + outcome
        + (ruleIds.isEmpty() ? "" : " " + ruleIds);
  }
}

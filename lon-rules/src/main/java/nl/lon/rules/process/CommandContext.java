package nl.lon.rules.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;

/**
 * Who gives a command, and when (context van een opdracht).
 *
 * <p>The rules read no clock: the business date and the recorded instant come in here, from the
 * caller's injected {@link java.time.Clock}.
 *
 * @param date the business date on which the command takes effect
 * @param recordedAt the instant to stamp on the events
 * @param actor the acting professional, with their roles in the network
 * @param actorOrganisation the actor's organisation (its kind decides who may record a coercion
 *     measure), when known
 * @param network the case's network (its core team must agree to a consciously guided explosion),
 *     when known
 * @param budgetSpentElsewhere what the network's other cases have spent from its care-purchase pot,
 *     by calendar year ({@link nl.lon.rules.intervention.BudgetMandate#spentByYear}), when known;
 *     the rules add this case's own spending from its state. A spending from the pot is refused
 *     without it
 * @since 0.1
 */
public record CommandContext(
    LocalDate date,
    Instant recordedAt,
    Professional actor,
    Optional<PartnerOrganisation> actorOrganisation,
    Optional<Network> network,
    Optional<Map<Year, BigDecimal>> budgetSpentElsewhere) {

  /**
   * Validates the fields.
   *
   * @param date the business date on which the command takes effect
   * @param recordedAt the instant to stamp on the events
   * @param actor the acting professional, with their roles in the network
   * @param actorOrganisation the actor's organisation (its kind decides who may record a coercion
   *     measure), when known
   * @param network the case's network (its core team must agree to a consciously guided explosion),
   *     when known
   * @param budgetSpentElsewhere what the network's other cases have spent from its care-purchase
   *     pot, by calendar year, when known
   * @throws NullPointerException when a field is null
   */
  public CommandContext {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorOrganisation, "actorOrganisation");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(budgetSpentElsewhere, "budgetSpentElsewhere");
    budgetSpentElsewhere = budgetSpentElsewhere.map(Map::copyOf);
  }

  /**
   * A context with the directory facts but without the spending of the network's other cases; a
   * spending from the care-purchase pot is then refused.
   *
   * @param date the business date on which the command takes effect
   * @param recordedAt the instant to stamp on the events
   * @param actor the acting professional, with their roles in the network
   * @param actorOrganisation the actor's organisation, when known
   * @param network the case's network, when known
   */
  public CommandContext(
      LocalDate date,
      Instant recordedAt,
      Professional actor,
      Optional<PartnerOrganisation> actorOrganisation,
      Optional<Network> network) {
    this(date, recordedAt, actor, actorOrganisation, network, Optional.empty());
  }

  /**
   * A context without directory facts; commands whose rules need the actor's organisation or the
   * network's core team (coercion measures, consciously guided explosion) are then refused.
   *
   * @param date the business date
   * @param recordedAt the instant to stamp
   * @param actor the acting professional
   */
  public CommandContext(LocalDate date, Instant recordedAt, Professional actor) {
    this(date, recordedAt, actor, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The same context with what the network's other cases have spent from its care-purchase pot.
   *
   * @param spentByYear the amounts in euros by calendar year, over the network's other cases
   * @return the context
   */
  public CommandContext withBudgetSpentElsewhere(Map<Year, BigDecimal> spentByYear) {
    return new CommandContext(
        date, recordedAt, actor, actorOrganisation, network, Optional.of(spentByYear));
  }

  /**
   * The zone in which the case's days are counted: the network's, else Europe/Amsterdam.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return network.map(Network::getTimeZone).orElse(Network.AMSTERDAM);
  }

  /**
   * The day of recording in {@link #zone()}: an act may not be dated after it.
   *
   * @return the recording date
   */
  public LocalDate recordedOn() {
    return LocalDate.ofInstant(recordedAt, zone());
  }
}

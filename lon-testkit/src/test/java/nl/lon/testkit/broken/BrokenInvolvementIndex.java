package nl.lon.testkit.broken;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Match;

/** A simple involvement index with one deliberate defect; without a defect it is correct. */
final class BrokenInvolvementIndex implements InvolvementIndex {

  /** The deliberate defects. */
  enum Defect {
    /** No defect. */
    NONE,
    /** A repeat is stored as a second registration instead of refreshing the first (rule I1). */
    REGISTERS_TWICE,
    /** A caller sees only the registrations made after its own (rule I2). */
    ONE_WAY_MATCHES,
    /** Expiry removes the inactive registrations of every network (rule I3). */
    EXPIRES_EVERY_NETWORK,
    /** A withdrawal reports success but keeps the registration (rule I4). */
    WITHDRAW_KEEPS_REGISTRATION
  }

  private static final Comparator<Involvement> ORDER =
      Comparator.comparing(Involvement::network).thenComparing(Involvement::organisation);

  private final Defect defect;

  /** Every registration, in the order made. */
  private final List<Involvement> all = new ArrayList<>();

  BrokenInvolvementIndex(Defect defect) {
    this.defect = defect;
  }

  @Override
  public synchronized Involvement register(Involvement involvement) {
    if (defect != Defect.REGISTERS_TWICE) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).hasKeyOf(involvement)) {
          Involvement merged = all.get(i).registeredAgain(involvement);
          all.set(i, merged);
          return merged;
        }
      }
    }
    all.add(involvement);
    return involvement;
  }

  @Override
  public synchronized Optional<Involvement> registration(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    return all.stream().filter(i -> is(i, pseudonym, network, organisation)).findFirst();
  }

  @Override
  public synchronized List<Match> matches(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    int own = -1;
    for (int i = 0; i < all.size(); i++) {
      if (is(all.get(i), pseudonym, network, organisation)) {
        own = i;
        break;
      }
    }
    if (own < 0) {
      return ImmutableList.of();
    }
    List<Involvement> others = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Involvement x = all.get(i);
      if (x.pseudonym().equals(pseudonym)
          && !is(x, pseudonym, network, organisation)
          && (defect != Defect.ONE_WAY_MATCHES || i > own)) {
        others.add(x);
      }
    }
    return others.stream().sorted(ORDER).map(Match::of).collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized boolean withdraw(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    if (defect == Defect.WITHDRAW_KEEPS_REGISTRATION) {
      return all.stream().anyMatch(i -> is(i, pseudonym, network, organisation));
    }
    return all.removeIf(i -> is(i, pseudonym, network, organisation));
  }

  @Override
  public synchronized int expire(NetworkId network, LocalDate lastActiveBefore) {
    int before = all.size();
    all.removeIf(
        i ->
            (defect == Defect.EXPIRES_EVERY_NETWORK || i.network().equals(network))
                && i.lastActive().isBefore(lastActiveBefore));
    return before - all.size();
  }

  private static boolean is(
      Involvement i, ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    return i.pseudonym().equals(pseudonym)
        && i.network().equals(network)
        && i.organisation().equals(organisation);
  }
}

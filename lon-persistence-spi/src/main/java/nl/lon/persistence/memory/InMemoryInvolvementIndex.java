package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Match;

/**
 * An {@link InvolvementIndex} in memory (verwijsindex in het werkgeheugen): the registrations of
 * each pseudonym in a map, every method holding the index's lock. Fulfils rules I1-I5.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryInvolvementIndex implements InvolvementIndex {

  private static final Comparator<Involvement> ORDER =
      Comparator.comparing(Involvement::network).thenComparing(Involvement::organisation);

  private final Map<ClientPseudonym, List<Involvement>> byPseudonym = new HashMap<>();

  /** Creates an empty index. */
  public InMemoryInvolvementIndex() {}

  @Override
  public synchronized Involvement register(Involvement involvement) {
    required(involvement, "InvolvementIndex.involvement");
    List<Involvement> all =
        byPseudonym.computeIfAbsent(involvement.pseudonym(), p -> new ArrayList<>());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).hasKeyOf(involvement)) {
        Involvement merged = all.get(i).registeredAgain(involvement);
        all.set(i, merged);
        return merged;
      }
    }
    all.add(involvement);
    return involvement;
  }

  @Override
  public synchronized Optional<Involvement> registration(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    return find(pseudonym, network, organisation);
  }

  @Override
  public synchronized List<Match> matches(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    Optional<Involvement> own = find(pseudonym, network, organisation);
    if (own.isEmpty()) {
      return ImmutableList.of();
    }
    return byPseudonym.get(pseudonym).stream()
        .filter(i -> !i.hasKeyOf(own.get()))
        .sorted(ORDER)
        .map(Match::of)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized boolean withdraw(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    List<Involvement> all = byPseudonym.get(pseudonym);
    if (all == null) {
      return false;
    }
    boolean removed =
        all.removeIf(i -> i.network().equals(network) && i.organisation().equals(organisation));
    if (all.isEmpty()) {
      byPseudonym.remove(pseudonym);
    }
    return removed;
  }

  @Override
  public synchronized int expire(NetworkId network, LocalDate lastActiveBefore) {
    required(network, "InvolvementIndex.network");
    required(lastActiveBefore, "InvolvementIndex.lastActiveBefore");
    int removed = 0;
    Iterator<List<Involvement>> lists = byPseudonym.values().iterator();
    while (lists.hasNext()) {
      List<Involvement> all = lists.next();
      int before = all.size();
      all.removeIf(i -> i.network().equals(network) && i.lastActive().isBefore(lastActiveBefore));
      removed += before - all.size();
      if (all.isEmpty()) {
        lists.remove();
      }
    }
    return removed;
  }

  private Optional<Involvement> find(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    List<Involvement> all = byPseudonym.get(pseudonym);
    if (all == null) {
      return Optional.empty();
    }
    return all.stream()
        .filter(i -> i.network().equals(network) && i.organisation().equals(organisation))
        .findFirst();
  }

  private static void checkKey(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    required(pseudonym, "InvolvementIndex.pseudonym");
    required(network, "InvolvementIndex.network");
    required(organisation, "InvolvementIndex.organisation");
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }

  @Override
  public String toString() {
    return "InMemoryInvolvementIndex";
  }
}

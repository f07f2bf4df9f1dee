package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Match;
import org.junit.jupiter.api.Test;

/** Rule I3: expiry removes exactly a network's registrations inactive before a day. */
abstract class InvolvementExpiryRules extends InvolvementIndexGroup {

  /** I3: only the network's registrations last active before the day go. */
  @Test
  void i3_expire_removesExactlyTheNetworksInactiveRegistrations() {
    ClientPseudonym c1 = client("c1");
    ClientPseudonym c2 = client("c2");
    index.register(on(c1, N1, GGD, 1));
    index.register(on(c2, N1, GGD, 5));
    index.register(on(c1, N1, HOUSING, 6));
    index.register(on(c1, N2, GGD, 1));
    assertEquals(1, index.expire(N1, day(5)), "I3: one registration of network 1 was inactive");
    assertEquals(
        Optional.empty(),
        index.registration(c1, N1, GGD),
        "I3: a registration last active before the day is removed");
    assertEquals(
        Optional.of(on(c2, N1, GGD, 5)),
        index.registration(c2, N1, GGD),
        "I3: a registration last active on the day stays");
    assertEquals(
        Optional.of(on(c1, N1, HOUSING, 6)),
        index.registration(c1, N1, HOUSING),
        "I3: a registration last active after the day stays");
    assertEquals(
        Optional.of(on(c1, N2, GGD, 1)),
        index.registration(c1, N2, GGD),
        "I3: another network's registrations are not expired");
    assertEquals(0, index.expire(N1, day(5)), "I3: expiring again removes nothing");
  }

  /** I3: an expired registration is no longer matched, and its organisation sees nothing. */
  @Test
  void i3_expiredRegistration_isNoLongerMatched() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    index.register(on(c, N2, HOUSING, 8));
    index.expire(N1, day(2));
    assertEquals(
        List.of(), index.matches(c, N2, HOUSING), "I3: an expired registration is not matched");
    assertEquals(
        List.of(),
        index.matches(c, N1, GGD),
        "I3: the organisation of an expired registration is no longer registered");
  }

  /** I3: a refreshed registration is not expired by its first day. */
  @Test
  void i3_refreshedRegistration_staysByItsLastActiveDay() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    index.register(on(c, N1, GGD, 7));
    assertEquals(0, index.expire(N1, day(5)), "I3: expiry counts the last-active day");
    assertEquals(
        List.of(new Match(N1, GGD, contact(GGD.getValue()), day(1))),
        matchesSeenFromAnotherNetwork(c),
        "I3: a refreshed registration stays");
  }

  private List<Match> matchesSeenFromAnotherNetwork(ClientPseudonym c) {
    index.register(on(c, N2, HOUSING, 7));
    return index.matches(c, N2, HOUSING);
  }
}

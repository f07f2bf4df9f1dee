package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Match;
import org.junit.jupiter.api.Test;

/** Rule I2: matches are symmetric, never the caller's own, and only for a registered caller. */
abstract class InvolvementMatchRules extends InvolvementIndexGroup {

  /** I2: two organisations in two networks see each other. */
  @Test
  void i2_twoRegistrations_seeEachOther() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    index.register(on(c, N2, HOUSING, 4));
    assertEquals(
        List.of(new Match(N2, HOUSING, contact(HOUSING.getValue()), day(4))),
        index.matches(c, N1, GGD),
        "I2: the first registration sees the second");
    assertEquals(
        List.of(new Match(N1, GGD, contact(GGD.getValue()), day(1))),
        index.matches(c, N2, HOUSING),
        "I2: the second registration sees the first: matches are symmetric");
  }

  /** I2: a caller without a registration of the pseudonym sees nothing. */
  @Test
  void i2_callerWithoutRegistration_seesNothing() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    assertEquals(
        List.of(),
        index.matches(c, N1, HOUSING),
        "I2: an organisation that has not registered its own involvement sees no match");
    assertEquals(
        List.of(),
        index.matches(c, N2, GGD),
        "I2: the same organisation unregistered in another network sees no match");
  }

  /** I2: only the same pseudonym matches. */
  @Test
  void i2_otherClient_isNotMatched() {
    index.register(on(client("c1"), N1, GGD, 1));
    index.register(on(client("c2"), N2, HOUSING, 1));
    assertEquals(
        List.of(),
        index.matches(client("c2"), N2, HOUSING),
        "I2: another client's registration is never a match");
  }

  /** I2: every other registration, ordered by network then organisation, in an immutable list. */
  @Test
  void i2_manyRegistrations_areOrderedAndImmutable() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N3, GGD, 1));
    index.register(on(c, N1, POLICE, 2));
    index.register(on(c, N1, HOUSING, 3));
    index.register(on(c, N2, GGD, 4));
    List<Match> seen = index.matches(c, N2, GGD);
    assertEquals(
        List.of(
            new Match(N1, HOUSING, contact(HOUSING.getValue()), day(3)),
            new Match(N1, POLICE, contact(POLICE.getValue()), day(2)),
            new Match(N3, GGD, contact(GGD.getValue()), day(1))),
        seen,
        "I2: one match per other registration, ordered by network then organisation");
    assertThrows(
        UnsupportedOperationException.class,
        () -> seen.add(seen.get(0)),
        "I2: the matches are an immutable list");
  }

  /** I2: a match shows the other registration's first day, not its last activity. */
  @Test
  void i2_match_showsTheFirstDayOfARefreshedRegistration() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    index.register(on(c, N1, GGD, 9));
    index.register(on(c, N2, HOUSING, 10));
    assertEquals(
        List.of(new Match(N1, GGD, contact(GGD.getValue()), day(1))),
        index.matches(c, N2, HOUSING),
        "I2: a match carries the other registration's first day");
  }
}

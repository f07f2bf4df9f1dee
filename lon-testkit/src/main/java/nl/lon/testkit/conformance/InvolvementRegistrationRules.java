package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.Match;
import org.junit.jupiter.api.Test;

/** Rule I1: one registration per pseudonym, network and organisation; a repeat refreshes it. */
abstract class InvolvementRegistrationRules extends InvolvementIndexGroup {

  /** I1: a new registration is stored as given. */
  @Test
  void i1_register_storesTheRegistrationAsGiven() {
    ClientPseudonym c = client("c1");
    Involvement i = on(c, N1, GGD, 1);
    assertEquals(i, index.register(i), "I1: a new registration is returned as given");
    assertEquals(
        Optional.of(i),
        index.registration(c, N1, GGD),
        "I1: a new registration is stored as given");
  }

  /** I1: a later repeat keeps the first day, takes its last-active day and its contact. */
  @Test
  void i1_registerAgain_keepsOneRegistrationRefreshed() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    Involvement repeat = Involvement.of(c, N1, GGD, contact("new"), day(5));
    Involvement expected = new Involvement(c, N1, GGD, contact("new"), day(1), day(5));
    assertEquals(
        expected,
        index.register(repeat),
        "I1: registering again keeps the first day and takes the last-active day and contact");
    assertEquals(
        Optional.of(expected),
        index.registration(c, N1, GGD),
        "I1: registering again refreshes the one registration");
    index.register(on(c, N2, HOUSING, 2));
    assertEquals(
        List.of(new Match(N1, GGD, contact("new"), day(1))),
        index.matches(c, N2, HOUSING),
        "I1: a registration made twice is one match");
  }

  /** I1: an older repeat does not move the last-active day back. */
  @Test
  void i1_olderRepeat_keepsTheLaterLastActiveDay() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 5));
    Involvement merged = index.register(on(c, N1, GGD, 3));
    assertEquals(
        new Involvement(c, N1, GGD, contact(GGD.getValue()), day(3), day(5)),
        merged,
        "I1: the earlier first day and the later last-active day are kept");
    assertEquals(
        Optional.of(merged),
        index.registration(c, N1, GGD),
        "I1: the earlier first day and the later last-active day are stored");
  }

  /** I1: the key includes the network and the organisation. */
  @Test
  void i1_sameOrganisationInTwoNetworks_isTwoRegistrations() {
    ClientPseudonym c = client("c1");
    Involvement first = on(c, N1, GGD, 1);
    Involvement second = on(c, N2, GGD, 2);
    index.register(first);
    index.register(second);
    assertEquals(
        Optional.of(first),
        index.registration(c, N1, GGD),
        "I1: the registration of network 1 stays");
    assertEquals(
        Optional.of(second),
        index.registration(c, N2, GGD),
        "I1: the same organisation in another network is another registration");
    assertEquals(
        Optional.empty(),
        index.registration(c, N1, HOUSING),
        "I1: an organisation without registration has none");
  }
}

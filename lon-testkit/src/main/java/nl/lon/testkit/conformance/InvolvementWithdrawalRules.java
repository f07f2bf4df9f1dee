package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Match;
import org.junit.jupiter.api.Test;

/** Rule I4: a withdrawal removes one registration. */
abstract class InvolvementWithdrawalRules extends InvolvementIndexGroup {

  /** I4: the withdrawn registration goes, the others stay and no longer see it. */
  @Test
  void i4_withdraw_removesThatRegistrationOnly() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    index.register(on(c, N2, GGD, 2));
    index.register(on(c, N1, HOUSING, 3));
    assertTrue(index.withdraw(c, N1, GGD), "I4: a registration was there to withdraw");
    assertEquals(
        Optional.empty(), index.registration(c, N1, GGD), "I4: the withdrawn registration is gone");
    assertEquals(
        List.of(new Match(N2, GGD, contact(GGD.getValue()), day(2))),
        index.matches(c, N1, HOUSING),
        "I4: the others stay and no longer match the withdrawn one");
    assertFalse(index.withdraw(c, N1, GGD), "I4: withdrawing again finds no registration");
  }

  /** I4: withdrawing what was never registered changes nothing. */
  @Test
  void i4_withdrawUnknown_isFalseAndChangesNothing() {
    ClientPseudonym c = client("c1");
    index.register(on(c, N1, GGD, 1));
    assertFalse(index.withdraw(client("c2"), N1, GGD), "I4: nothing registered for that client");
    assertFalse(index.withdraw(c, N2, GGD), "I4: nothing registered in that network");
    assertEquals(
        Optional.of(on(c, N1, GGD, 1)),
        index.registration(c, N1, GGD),
        "I4: withdrawing another key leaves the registration");
  }
}

package nl.lon.rules.process;

import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.lon.core.error.Violation;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.testing.Cast;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Test;

/** Regression tests named after the bugs they pin. */
class RegressionTest {

  @Test
  void decide_commandDatedBeforeTheSignal_isRefused() {
    Driver d = RulesFixtures.driver(MethodologyProfile.enschede()).signal();
    List<Violation> v =
        d.refused(
            new CaseCommand.RequestInformation(Set.of(Cast.AMW), "known?"),
            NETWORK_DIRECTOR,
            d.today().minusDays(30));
    Violation found = RulesFixtures.violation(v, "date.before-signal");
    assertNotNull(found);
    assertTrue(!found.reasonEn().equals(found.reasonNl()));
  }

  @Test
  void reopen_deceasedClient_isRefused() {
    Driver d = RulesFixtures.driver(MethodologyProfile.rotterdam()).signal().judgeInScope();
    d.apply(new CaseCommand.Close(Closure.of(ClosureReason.DECEASED)), NETWORK_DIRECTOR);
    assertEquals(CaseStatus.CLOSED, d.state().getStatus());
    assertNotNull(
        RulesFixtures.violation(
            d.refused(new CaseCommand.Reopen("try again"), NETWORK_DIRECTOR), "reopen.deceased"));
  }
}

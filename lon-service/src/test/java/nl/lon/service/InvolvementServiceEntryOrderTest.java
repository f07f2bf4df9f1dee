package nl.lon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.testing.Cast;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Pseudonymiser;
import nl.lon.persistence.memory.InMemoryInvolvementIndex;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/**
 * The involvement index does not depend on the order registrations are entered in, and a refused
 * look-up records which client was looked for.
 */
class InvolvementServiceEntryOrderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Purpose WORK = Purpose.of("coordinate care for the client");

  private final ServiceFixtures.World w =
      ServiceFixtures.world(MethodologyProfile.enschede(), TODAY);
  private final ClientPseudonym client =
      Pseudonymiser.hmacSha256(
              "a vendor key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8))
          .ofBsn("111222333");

  private InvolvementService index() {
    return InvolvementService.builder()
        .stores(w.stores)
        .index(new InMemoryInvolvementIndex())
        .profile(Cast.NETWORK, w.profile)
        .profile(Cast.OTHER_NETWORK, w.profile)
        .clock(w.clock)
        .build();
  }

  @Test
  void aRegistrationEnteredLate_doesNotReplaceTheCurrentContact() {
    ProfessionalId now = Cast.GGD_MEMBER.getId();
    ProfessionalId earlier = Cast.NETWORK_DIRECTOR.getId(); // also of the GGD
    ProfessionalId looker = Cast.HOUSING_MEMBER.getId();
    InvolvementService a = index();
    a.register(now, WORK, client);
    a.register(earlier, WORK, client, TODAY.minusMonths(6));
    a.register(looker, WORK, client);
    InvolvementService b = index();
    b.register(earlier, WORK, client, TODAY.minusMonths(6));
    b.register(now, WORK, client);
    b.register(looker, WORK, client);

    assertEquals(b.lookUp(looker, WORK, client), a.lookUp(looker, WORK, client));
    assertEquals(now, a.lookUp(looker, WORK, client).get(0).contact(), "the current contact");
  }

  @Test
  void aLookUpRefusedByRole_recordsThePseudonym() {
    InvolvementService s = index();
    long before = w.audit.size();
    assertThrows(
        AccessDeniedException.class, () -> s.lookUp(Cast.STEERING_MEMBER.getId(), WORK, client));
    assertEquals(before + 1, w.audit.size());
    AuditRecord r = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(client.value(), r.getDetails().get("pseudonym"));
  }

  @Test
  void aLateRegistrationBeforeTheExpiryWindow_isRefusedUnlessACurrentOneKeepsIt() {
    InvolvementService s = index();
    long before = w.audit.size();
    nl.lon.core.error.InvalidValueException e =
        assertThrows(
            nl.lon.core.error.InvalidValueException.class,
            () -> s.register(Cast.GGD_MEMBER.getId(), WORK, client, TODAY.minusYears(3)));
    assertEquals("expired-on-entry", e.getRule());
    assertEquals(before, w.audit.size(), "refused before anything is recorded");

    s.register(Cast.GGD_MEMBER.getId(), WORK, client);
    assertEquals(
        TODAY.minusYears(3),
        s.register(Cast.GGD_MEMBER.getId(), WORK, client, TODAY.minusYears(3)).since(),
        "a current registration keeps the earlier first day");
  }
}

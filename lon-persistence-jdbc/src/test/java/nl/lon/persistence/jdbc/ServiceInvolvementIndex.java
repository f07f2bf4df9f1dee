package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Match;
import nl.lon.persistence.index.Pseudonymiser;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.InvolvementService;
import nl.lon.service.Purpose;
import nl.lon.testkit.sample.SampleDirectory;
import nl.lon.testkit.time.TestClock;

/**
 * Who else is involved, through the public involvement service, on any storage: a client known to
 * the GGD in Rotterdam moves to Enschede, where the GGD registers too; both see each other (and
 * nothing else), a look-up without one's own registration is refused, a steering-group member is
 * denied, a registration made again stays one, a withdrawn one is gone, and Enschede's
 * registrations expire after the six inactive months of its profile while Rotterdam's stay. Every
 * registration, look-up and match shown is in the audit chains, which hold neither the BSN nor a
 * reason.
 */
final class ServiceInvolvementIndex {

  static final NetworkId ROTTERDAM = NetworkId.of("index-rotterdam");
  static final NetworkId ENSCHEDE = NetworkId.of("index-enschede");
  static final ProfessionalId R_GGD = ProfessionalId.of("p-index-r-ggd");
  static final ProfessionalId R_HOUSING = ProfessionalId.of("p-index-r-woonstad");
  static final ProfessionalId E_GGD = ProfessionalId.of("p-index-e-ggd");
  static final ProfessionalId E_STEERING = ProfessionalId.of("p-index-e-steering");
  static final OrganisationId GGD = OrganisationId.of("ggd");
  static final OrganisationId HOUSING = OrganisationId.of("woonstad");

  /** A well-formed citizen service number (elfproef); it must never reach storage. */
  static final String BSN = "111222333";

  static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  static final LocalDate MOVED = DAY_0.plusDays(10);

  private static final Purpose WORK = Purpose.of("coordinate care for the client");

  private ServiceInvolvementIndex() {}

  /** Plays the scenario on a storage and an index; returns a one-line summary. */
  static String run(Stores stores, InvolvementIndex index) {
    stores.directory().put(SampleDirectory.organisation("ggd", PartnerKind.GGD));
    stores
        .directory()
        .put(SampleDirectory.organisation("woonstad", PartnerKind.HOUSING_CORPORATION));
    stores.directory().put(SampleDirectory.organisation("gemeente", PartnerKind.MUNICIPALITY));
    stores.directory().put(SampleDirectory.network(ROTTERDAM.getValue(), "Rotterdam"));
    stores.directory().put(SampleDirectory.network(ENSCHEDE.getValue(), "Enschede"));
    put(stores, R_GGD, "ggd", ROTTERDAM, ProfessionalRole.CORE_MEMBER);
    put(stores, R_HOUSING, "woonstad", ROTTERDAM, ProfessionalRole.SHELL_MEMBER);
    put(stores, E_GGD, "ggd", ENSCHEDE, ProfessionalRole.CORE_MEMBER);
    put(stores, E_STEERING, "gemeente", ENSCHEDE, ProfessionalRole.STEERING_GROUP_MEMBER);
    TestClock clock = TestClock.at(DAY_0);
    MethodologyProfile enschede =
        MethodologyProfile.builder()
            .from(MethodologyProfile.enschede())
            .involvementInactiveMonths(6)
            .build();
    InvolvementService service =
        InvolvementService.builder()
            .stores(stores)
            .index(index)
            .profile(ROTTERDAM, MethodologyProfile.rotterdam())
            .profile(ENSCHEDE, enschede)
            .clock(clock)
            .build();
    ClientPseudonym client =
        Pseudonymiser.hmacSha256(
                "the vendor's index key, kept outside the database"
                    .getBytes(StandardCharsets.UTF_8))
            .ofBsn(BSN);

    // looking up without registering one's own involvement is refused
    AccessDeniedException unregistered =
        assertThrows(AccessDeniedException.class, () -> service.lookUp(R_GGD, WORK, client));
    assertEquals("access.index-registration-required", unregistered.getRule());

    Involvement rotterdam = service.register(R_GGD, WORK, client);
    assertEquals(Involvement.of(client, ROTTERDAM, GGD, R_GGD, DAY_0), rotterdam);
    assertEquals(List.of(), service.lookUp(R_GGD, WORK, client), "nobody else yet");

    // the client moves; the GGD in Enschede registers: both see each other
    clock.setDate(MOVED);
    service.register(E_GGD, WORK, client);
    List<Match> seenInRotterdam = service.lookUp(R_GGD, WORK, client);
    assertEquals(List.of(new Match(ENSCHEDE, GGD, E_GGD, MOVED)), seenInRotterdam);
    assertTrue(seenInRotterdam.get(0).isInOtherNetworkThan(ROTTERDAM), "a move is noticed");
    assertEquals(
        List.of(new Match(ROTTERDAM, GGD, R_GGD, DAY_0)), service.lookUp(E_GGD, WORK, client));

    // registering again refreshes the one registration
    Involvement again = service.register(R_GGD, WORK, client);
    assertEquals(new Involvement(client, ROTTERDAM, GGD, R_GGD, DAY_0, MOVED), again);
    assertEquals(
        List.of(new Match(ROTTERDAM, GGD, R_GGD, DAY_0)), service.lookUp(E_GGD, WORK, client));

    // a steering-group member does not use the index
    AccessDeniedException steering =
        assertThrows(AccessDeniedException.class, () -> service.register(E_STEERING, WORK, client));
    assertEquals("access.involvement-index", steering.getRule());

    // a second organisation in Rotterdam registers and withdraws
    service.register(R_HOUSING, WORK, client);
    assertEquals(
        List.of(
            new Match(ENSCHEDE, GGD, E_GGD, MOVED),
            new Match(ROTTERDAM, HOUSING, R_HOUSING, MOVED)),
        service.lookUp(R_GGD, WORK, client));
    assertTrue(service.withdraw(R_HOUSING, WORK, client));
    assertFalse(service.withdraw(R_HOUSING, WORK, client));

    // Enschede's registration expires after its six inactive months, Rotterdam's (24) stays
    clock.setDate(MOVED.plusMonths(6).plusDays(1));
    assertEquals(List.of(), service.lookUp(R_GGD, WORK, client), "Enschede's has expired");
    assertThrows(AccessDeniedException.class, () -> service.lookUp(E_GGD, WORK, client));
    assertEquals(0, service.expireInactive(R_GGD, WORK), "nothing left to expire");

    List<AuditRecord> records = new ArrayList<>();
    records.addAll(stores.auditLog().read(ROTTERDAM, 1, 1000));
    records.addAll(stores.auditLog().read(ENSCHEDE, 1, 1000));
    for (AuditRecord r : records) {
      String text = AuditChain.canonicalText(r);
      assertFalse(text.contains(BSN), "no BSN in an audit record: " + text);
      assertTrue(r.getClient().isEmpty() && r.getCaseId().isEmpty(), text);
    }
    assertEquals(
        List.of(
            "look-up-involvements DENIED",
            "register-involvement ALLOWED",
            "look-up-involvements ALLOWED",
            // a registration counts its matches, shows none: no match records for it
            "look-up-involvements ALLOWED",
            "involvement-match ALLOWED",
            "register-involvement ALLOWED",
            "involvement-match ALLOWED",
            "register-involvement ALLOWED",
            "look-up-involvements ALLOWED",
            "involvement-match ALLOWED",
            "withdraw-involvement ALLOWED",
            "withdraw-involvement ALLOWED",
            "look-up-involvements ALLOWED"),
        operations(stores, ROTTERDAM),
        "Rotterdam's chain");
    assertEquals(
        List.of(
            "register-involvement ALLOWED",
            "involvement-match ALLOWED",
            "look-up-involvements ALLOWED",
            "look-up-involvements ALLOWED",
            "register-involvement DENIED",
            "involvement-match ALLOWED",
            "expire-involvements ALLOWED",
            "look-up-involvements DENIED"),
        operations(stores, ENSCHEDE),
        "Enschede's chain");
    assertTrue(stores.auditLog().verify().isOk(), "both chains intact");
    return "index: " + records.size() + " audit records, chains intact";
  }

  private static List<String> operations(Stores stores, NetworkId network) {
    List<String> ops = new ArrayList<>();
    for (AuditRecord r : stores.auditLog().read(network, 1, 1000)) {
      ops.add(r.getOperation() + " " + r.getOutcome());
    }
    return ops;
  }

  private static void put(
      Stores stores,
      ProfessionalId id,
      String organisation,
      NetworkId network,
      ProfessionalRole role) {
    stores
        .directory()
        .put(SampleDirectory.professional(id.getValue(), organisation, network.getValue(), role));
  }
}

package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Match;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Who else is involved with a client: registers an organisation's involvement in the {@link
 * InvolvementIndex}, looks up the other involved organisations, withdraws and expires
 * registrations, each checked by the access rules and audited (verwijsindex-dienst).
 *
 * <h2>Promises</h2>
 *
 * <ul>
 *   <li><b>Who, never why.</b> A registration holds the client's {@link ClientPseudonym}, the
 *       actor's network and organisation, the actor as contact, and the days; a {@link Match} gives
 *       the other side's network, organisation, contact and first day. No reason and no case
 *       content is taken, stored or returned; neither is a citizen service number (BSN), which the
 *       vendor turns into a pseudonym with {@link nl.lon.persistence.index.Pseudonymiser} before
 *       calling.
 *   <li><b>Register before you look.</b> A look-up is refused unless the actor's own organisation
 *       has a registration for the client in the actor's network ({@link
 *       AccessRuleId#INVOLVEMENT_REGISTRATION_REQUIRED}), so nobody searches the index without
 *       being involved themselves. The index is for the professionals of the network's partner
 *       organisations in every role but the steering group's ({@link
 *       AccessRuleId#INVOLVEMENT_INDEX}).
 *   <li><b>Everything audited.</b> Every registration, look-up, withdrawal and expiry leaves a
 *       record in the chain of the actor's network (a look-up's record is written before the
 *       matches are returned), and every match shown leaves a record {@code involvement-match} in
 *       the chain of the network whose registration was shown, naming who saw it. The records carry
 *       the pseudonym (detail {@code pseudonym}) and counts, never a BSN or a reason. A denied or
 *       refused attempt is recorded with its rule.
 *   <li><b>Expiry.</b> A registration not registered again for the months of its network's profile
 *       ({@link MethodologyProfile#getInvolvementInactiveMonths()}) expires: before each
 *       registration and look-up, and on {@link #expireInactive}, the registrations of every
 *       network this service has a profile for are expired as of today in that network's time zone.
 *       Registrations of networks without a profile here are expired by a service that has their
 *       profile.
 * </ul>
 *
 * <p>The index and the audit log are separate ports: a registration is written before its audit
 * record, so when writing the record fails the call throws and the registration stands; registering
 * again is harmless (rule I1). Matches across networks are how a move is noticed: a match in
 * another network ({@link Match#isInOtherNetworkThan(NetworkId)}) names the contact there with whom
 * to propose a warm handover. Thread-safe.
 *
 * @since 0.1
 */
public final class InvolvementService {

  private final InvolvementIndex index;
  private final Map<NetworkId, MethodologyProfile> profiles;
  private final Clock clock;
  private final Stores stores;
  private final AuditGate audit;
  private final CaseTargets targets;
  private final AccessGate access;

  private InvolvementService(Builder b) {
    this.stores = Objects.requireNonNull(b.stores, "stores");
    this.index = Objects.requireNonNull(b.index, "index");
    this.profiles = Map.copyOf(b.profiles);
    this.clock = Objects.requireNonNull(b.clock, "clock");
    if (profiles.containsKey(CaseService.UNATTRIBUTED)) {
      throw new InvalidValueException(
          "InvolvementService.profile",
          "reserved-network",
          "the network id " + CaseService.UNATTRIBUTED + " is reserved for unattributed records");
    }
    this.audit = new AuditGate(stores, clock);
    this.targets = new CaseTargets(stores, profiles, audit);
    this.access = new AccessGate(audit, clock);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registers that the actor's organisation is involved with a client, in the actor's network, with
   * the actor as contact; registering again refreshes the registration, so it does not expire (rule
   * I1 of {@link InvolvementIndex}).
   *
   * @param actor the registering professional
   * @param purpose why
   * @param client the client's pseudonym
   * @return the registration as stored
   * @throws NotFoundException when the actor, their network or its profile is unknown
   * @throws AccessDeniedException when the access rules deny the actor the index
   * @throws NullPointerException when an argument is null
   */
  public Involvement register(ProfessionalId actor, Purpose purpose, ClientPseudonym client) {
    requireArguments(actor, purpose, client);
    return register(actor, purpose, client, Optional.empty());
  }

  /**
   * Registers an involvement that began on an earlier day (a late entry, or one brought in from
   * another system): the registration's first and last-active day are that day, and registering the
   * same involvement again keeps the earlier first day and the later last-active day (rule I1 of
   * {@link InvolvementIndex}), so the order of entry does not matter. The audit record's instant
   * stays the clock's.
   *
   * @param actor the registering professional
   * @param purpose why
   * @param client the client's pseudonym
   * @param registeredOn the day the involvement was registered, not after today in the network's
   *     time zone
   * @return the registration as stored
   * @throws NotFoundException when the actor, their network or its profile is unknown
   * @throws AccessDeniedException when the access rules deny the actor the index
   * @throws InvalidValueException (field {@code InvolvementService.registeredOn}, rule {@code
   *     not-in-future}) when the day is after today, or outside the plausible dates; (rule {@code
   *     expired-on-entry}) when the day lies before the profile's expiry window and no current
   *     registration of the organisation keeps it, so it would expire at once
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public Involvement register(
      ProfessionalId actor, Purpose purpose, ClientPseudonym client, LocalDate registeredOn) {
    requireArguments(actor, purpose, client);
    Objects.requireNonNull(registeredOn, "registeredOn");
    return register(actor, purpose, client, Optional.of(registeredOn));
  }

  private Involvement register(
      ProfessionalId actor,
      Purpose purpose,
      ClientPseudonym client,
      Optional<LocalDate> registeredOn) {
    Operation op = Operation.INDEX_REGISTER;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = target(who, purpose, op);
    LocalDate today = today(target);
    if (registeredOn.isPresent()) {
      nl.lon.core.internal.Checks.date(registeredOn.get(), "InvolvementService.registeredOn");
      if (registeredOn.get().isAfter(today)) {
        throw new InvalidValueException(
            "InvolvementService.registeredOn",
            "not-in-future",
            "the registration is dated "
                + registeredOn.get()
                + ", after today ("
                + today
                + ") in the network's time zone");
      }
    }
    LocalDate cutoff = today.minusMonths(target.profile().getInvolvementInactiveMonths());
    if (registeredOn.isPresent()
        && registeredOn.get().isBefore(cutoff)
        && index
            .registration(client, target.id(), who.organisation().getId())
            .map(i -> i.lastActive().isBefore(cutoff))
            .orElse(true)) {
      throw new InvalidValueException(
          "InvolvementService.registeredOn",
          "expired-on-entry",
          "a registration last active on "
              + registeredOn.get()
              + " is before "
              + cutoff
              + ", so it would expire at once (the profile keeps registrations "
              + target.profile().getInvolvementInactiveMonths()
              + " months after they were last active)");
    }
    AccessDecision d = access.decide(who, target, op.resource);
    authoriseChange(d, who, target, purpose, op, client);
    expireConfigured(who, purpose, d);
    Involvement stored =
        index.register(
            Involvement.of(
                client,
                target.id(),
                who.organisation().getId(),
                actor,
                registeredOn.orElse(today)));
    List<Match> matches = index.matches(client, target.id(), who.organisation().getId());
    record(
        who,
        target.id(),
        purpose,
        op,
        d,
        AuditOutcome.ALLOWED,
        ImmutableSet.of(),
        registeredOn.isPresent()
            ? ImmutableMap.of(
                "pseudonym", client.value(),
                "since", stored.since().toString(),
                "matches", Integer.toString(matches.size()),
                "businessDate", registeredOn.get().toString())
            : ImmutableMap.of(
                "pseudonym", client.value(),
                "since", stored.since().toString(),
                "matches", Integer.toString(matches.size())));
    // the matches are counted, not shown (a registration returns only itself): no match records
    return stored;
  }

  /**
   * Looks up who else is involved with a client: the other registrations of the pseudonym, in any
   * network (rule I2 of {@link InvolvementIndex}). Refused unless the actor's organisation has
   * registered its own involvement in the actor's network.
   *
   * @param actor the professional looking up
   * @param purpose why
   * @param client the client's pseudonym
   * @return the matches, ordered by network, then organisation; each shows only network,
   *     organisation, contact and first day
   * @throws NotFoundException when the actor, their network or its profile is unknown
   * @throws AccessDeniedException when the access rules deny the actor the index, or (rule {@code
   *     access.index-registration-required}) the actor's organisation has no registration for the
   *     client
   * @throws NullPointerException when an argument is null
   */
  public List<Match> lookUp(ProfessionalId actor, Purpose purpose, ClientPseudonym client) {
    requireArguments(actor, purpose, client);
    Operation op = Operation.INDEX_LOOK_UP;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = target(who, purpose, op);
    AccessDecision d = access.decide(who, target, op.resource);
    if (!d.allowed()) {
      access.authoriseRead(
          d,
          who,
          target,
          null,
          Optional.empty(),
          purpose,
          op,
          ImmutableMap.of("pseudonym", client.value()));
    }
    expireConfigured(who, purpose, d);
    if (index.registration(client, target.id(), who.organisation().getId()).isEmpty()) {
      AccessRuleId rule = AccessRuleId.INVOLVEMENT_REGISTRATION_REQUIRED;
      record(
          who,
          target.id(),
          purpose,
          op,
          d,
          AuditOutcome.DENIED,
          ImmutableSet.of(rule.getId()),
          ImmutableMap.of("pseudonym", client.value()));
      throw new AccessDeniedException(rule.getId(), rule.getReasonEn());
    }
    List<Match> matches = index.matches(client, target.id(), who.organisation().getId());
    record(
        who,
        target.id(),
        purpose,
        op,
        d,
        AuditOutcome.ALLOWED,
        ImmutableSet.of(),
        ImmutableMap.of("pseudonym", client.value(), "matches", Integer.toString(matches.size())));
    recordShown(who, purpose, d, client, matches);
    return matches;
  }

  /**
   * Withdraws the actor's organisation's registration for a client in the actor's network (rule I4
   * of {@link InvolvementIndex}), for example when its involvement ended.
   *
   * @param actor the withdrawing professional
   * @param purpose why
   * @param client the client's pseudonym
   * @return whether there was a registration
   * @throws NotFoundException when the actor, their network or its profile is unknown
   * @throws AccessDeniedException when the access rules deny the actor the index
   * @throws NullPointerException when an argument is null
   */
  public boolean withdraw(ProfessionalId actor, Purpose purpose, ClientPseudonym client) {
    requireArguments(actor, purpose, client);
    Operation op = Operation.INDEX_WITHDRAW;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = target(who, purpose, op);
    AccessDecision d = access.decide(who, target, op.resource);
    authoriseChange(d, who, target, purpose, op, client);
    boolean removed = index.withdraw(client, target.id(), who.organisation().getId());
    record(
        who,
        target.id(),
        purpose,
        op,
        d,
        AuditOutcome.ALLOWED,
        ImmutableSet.of(),
        ImmutableMap.of("pseudonym", client.value(), "removed", Boolean.toString(removed)));
    return removed;
  }

  /**
   * Expires, in every network this service has a profile for, the registrations not registered
   * again within the profile's months (rule I3 of {@link InvolvementIndex}); for a daily job. Each
   * network where registrations expired gets a record {@code expire-involvements} with the count.
   *
   * @param actor the professional on whose account the job runs
   * @param purpose why
   * @return how many registrations expired, over all networks
   * @throws NotFoundException when the actor, their network or its profile is unknown
   * @throws AccessDeniedException when the access rules deny the actor the index
   * @throws NullPointerException when an argument is null
   */
  public int expireInactive(ProfessionalId actor, Purpose purpose) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(purpose, "purpose");
    Operation op = Operation.INDEX_EXPIRE;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = target(who, purpose, op);
    AccessDecision d = access.decide(who, target, op.resource);
    access.authoriseChange(d, who, target, null, Optional.empty(), purpose, op);
    return expireConfigured(who, purpose, d);
  }

  /** The actor's own network and its profile; records and throws when unknown. */
  private CaseTargets.Target target(AuditGate.Claim who, Purpose purpose, Operation op) {
    return targets.ofNetwork(who, purpose, who.network().orElse(CaseService.UNATTRIBUTED), op);
  }

  private void authoriseChange(
      AccessDecision d,
      AuditGate.Claim who,
      CaseTargets.Target target,
      Purpose purpose,
      Operation op,
      ClientPseudonym client) {
    if (!d.allowed()) {
      record(
          who,
          target.id(),
          purpose,
          op,
          d,
          AuditOutcome.DENIED,
          ImmutableSet.of(d.rule()),
          ImmutableMap.of("pseudonym", client.value()));
      throw new AccessDeniedException(d.rule(), d.message());
    }
  }

  /** Expires every configured network as of its today; records each network where some expired. */
  private int expireConfigured(AuditGate.Claim who, Purpose purpose, AccessDecision d) {
    int total = 0;
    for (Map.Entry<NetworkId, MethodologyProfile> e : profiles.entrySet()) {
      Optional<nl.lon.core.network.Network> network = stores.directory().network(e.getKey());
      if (network.isEmpty()) {
        continue;
      }
      LocalDate today = LocalDate.ofInstant(clock.instant(), network.get().getTimeZone());
      LocalDate cutoff = today.minusMonths(e.getValue().getInvolvementInactiveMonths());
      int expired = index.expire(e.getKey(), cutoff);
      if (expired > 0) {
        Operation op = Operation.INDEX_EXPIRE;
        audit.record(
            who,
            e.getKey(),
            null,
            Optional.empty(),
            purpose,
            op.name,
            op.action,
            op.categories,
            AuditGate.checks(d, AuditOutcome.ALLOWED),
            ImmutableSet.of(),
            ImmutableMap.of(
                "expired", Integer.toString(expired), "lastActiveBefore", cutoff.toString()));
      }
      total += expired;
    }
    return total;
  }

  /**
   * Records, in the chain of each match's network, that its registration was shown to the actor.
   */
  private void recordShown(
      AuditGate.Claim who,
      Purpose purpose,
      AccessDecision d,
      ClientPseudonym client,
      List<Match> matches) {
    for (Match m : matches) {
      record(
          who,
          m.network(),
          purpose,
          Operation.INDEX_MATCH,
          d,
          AuditOutcome.ALLOWED,
          ImmutableSet.of(),
          ImmutableMap.of(
              "pseudonym", client.value(),
              "shownOrganisation", m.organisation().getValue(),
              "shownTo", who.organisation().getId().getValue()));
    }
  }

  private void record(
      AuditGate.Claim who,
      NetworkId chain,
      Purpose purpose,
      Operation op,
      AccessDecision d,
      AuditOutcome outcome,
      ImmutableSet<String> rules,
      ImmutableMap<String, String> details) {
    audit.record(
        who,
        chain,
        null,
        Optional.empty(),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, outcome),
        rules,
        details);
  }

  private LocalDate today(CaseTargets.Target target) {
    return LocalDate.ofInstant(clock.instant(), target.network().getTimeZone());
  }

  private static void requireArguments(
      ProfessionalId actor, Purpose purpose, ClientPseudonym client) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(client, "client");
  }

  /**
   * Builds an {@link InvolvementService}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Stores stores;
    private InvolvementIndex index;
    private final Map<NetworkId, MethodologyProfile> profiles = new HashMap<>();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The storage whose directory says who the actors are and whose audit log records every
     * attempt; the same as the case service's.
     *
     * @param stores the storage
     * @return this builder
     */
    public Builder stores(Stores stores) {
      this.stores = stores;
      return this;
    }

    /**
     * The involvement index ({@code new InMemoryInvolvementIndex()}, {@code new
     * JdbcInvolvementIndex(dataSource)}).
     *
     * @param index the index
     * @return this builder
     */
    public Builder index(InvolvementIndex index) {
      this.index = index;
      return this;
    }

    /**
     * The methodology profile of a network, which sets its registrations' inactive months.
     *
     * @param network the network
     * @param profile its profile
     * @return this builder
     */
    public Builder profile(NetworkId network, MethodologyProfile profile) {
      this.profiles.put(Objects.requireNonNull(network), Objects.requireNonNull(profile));
      return this;
    }

    /**
     * The clock that gives today, in each network's time zone, and the records' instants (default:
     * the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when the stores, the index or the clock are missing
     * @throws InvalidValueException when a profile is given for the reserved network id
     */
    public InvolvementService build() {
      return new InvolvementService(this);
    }
  }

  @Override
  public String toString() {
    return "InvolvementService" + ImmutableList.copyOf(profiles.keySet());
  }
}

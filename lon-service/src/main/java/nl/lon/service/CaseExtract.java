package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * What one reader may take out of a case, for an export to another system (uittreksel): the case as
 * the reader may read it, the obligations of its agenda the reader may see, the client's personal
 * data when the profile stores names and the reader may see them, the Wvggz measures in force, and
 * the professionals and organisations it names. Given by {@link CaseService#extract}, which decides
 * every part through the access rules and audits the extract as one read with the {@link
 * #getCategories() data categories} it carries.
 *
 * <p>An exporter (the FHIR R4 exporter of {@code lon-interop-fhir}, for example) maps this value
 * and nothing else, so that what leaves the library is what the audit record says left it.
 *
 * <pre>{@code
 * CaseExtract extract = service.extract(me, Purpose.of("hand over to GGZ"), caseId);
 * extract.getObligations(); // every obligation for a network director, else only one's own
 * extract.getPersonalData(); // empty under client numbers only, or when the reader may not see them
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/ServiceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CaseExtract {

  /**
   * The days a court's authorisation to continue a crisis measure is valid at most (Wvggz art.
   * 7:10: three weeks): the catalogue names no statutory clock for it, so its period of force is
   * this one unless a care authorisation replaces it sooner.
   */
  public static final int CRISIS_CONTINUATION_DAYS = 21;

  private final Network network;
  private final MethodologyProfile profile;
  private final ProfessionalId reader;
  private final LocalDate date;
  private final CaseState state;
  private final ImmutableList<Obligation> obligations;
  private final boolean allObligations;
  private final Optional<PersonalData> personalData;
  private final ImmutableList<MeasureInForce> measuresInForce;
  private final ImmutableMap<ProfessionalId, Professional> professionals;
  private final ImmutableMap<OrganisationId, PartnerOrganisation> organisations;
  private final AccessRuleId accessRule;
  private final ImmutableSet<DataCategory> categories;

  CaseExtract(
      Network network,
      MethodologyProfile profile,
      ProfessionalId reader,
      LocalDate date,
      CaseState state,
      ImmutableList<Obligation> obligations,
      boolean allObligations,
      Optional<PersonalData> personalData,
      ImmutableList<MeasureInForce> measuresInForce,
      ImmutableMap<ProfessionalId, Professional> professionals,
      ImmutableMap<OrganisationId, PartnerOrganisation> organisations,
      AccessRuleId accessRule) {
    this.network = network;
    this.profile = profile;
    this.reader = reader;
    this.date = date;
    this.state = state;
    this.obligations = obligations;
    this.allObligations = allObligations;
    this.personalData = personalData;
    this.measuresInForce = measuresInForce;
    this.professionals = professionals;
    this.organisations = organisations;
    this.accessRule = accessRule;
    this.categories = categoriesOf(state, obligations, personalData, measuresInForce);
  }

  private static ImmutableSet<DataCategory> categoriesOf(
      CaseState state,
      ImmutableList<Obligation> obligations,
      Optional<PersonalData> personalData,
      ImmutableList<MeasureInForce> measures) {
    ImmutableSet.Builder<DataCategory> b = ImmutableSet.builder();
    b.add(DataCategory.CASE_EVENTS);
    if (personalData.isPresent()) {
      b.add(DataCategory.PERSONAL_DATA);
    }
    if (!state.getTargetGroups().isEmpty()) {
      b.add(DataCategory.TARGET_GROUP);
    }
    if (state.getPlan().isPresent() || state.getConceptPlan().isPresent()) {
      b.add(DataCategory.PLAN);
    }
    if (state.getConsent().isPresent()) {
      b.add(DataCategory.CONSENT);
    }
    if (!obligations.isEmpty()) {
      b.add(DataCategory.AGENDA);
    }
    if (!measures.isEmpty()) {
      b.add(DataCategory.ESCALATION);
    }
    return b.build();
  }

  /**
   * The network the case belongs to.
   *
   * @return the network
   */
  public Network getNetwork() {
    return network;
  }

  /**
   * The network's methodology profile: its terminology and catalogues.
   *
   * @return the profile
   */
  public MethodologyProfile getProfile() {
    return profile;
  }

  /**
   * The professional the extract was made for.
   *
   * @return the reader
   */
  public ProfessionalId getReader() {
    return reader;
  }

  /**
   * The day the extract was made, in the network's time zone: the day access was decided on and
   * obligations and measures judged against.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * The case as the reader may read it (with its history of events).
   *
   * @return the state
   */
  public CaseState getState() {
    return state;
  }

  /**
   * The obligations of the case's agenda the reader may see: all of them for a network director of
   * the network (rule {@code access.network-director-only}), else those naming the reader (rule
   * {@code access.own-agenda}), none under an emergency override.
   *
   * @return the obligations, by due date
   */
  public ImmutableList<Obligation> getObligations() {
    return obligations;
  }

  /**
   * Whether {@link #getObligations()} holds the case's whole agenda rather than the reader's own
   * obligations.
   *
   * @return true for the whole agenda
   */
  public boolean isAllObligations() {
    return allObligations;
  }

  /**
   * The client's personal data, when the network stores names (not client numbers only), the reader
   * may see them (rule of {@link nl.lon.rules.access.AccessResource#PERSONAL_DATA}) and the vault
   * holds them.
   *
   * @return the data, or empty
   */
  public Optional<PersonalData> getPersonalData() {
    return personalData;
  }

  /**
   * The measures of compulsory mental-health care under the Wvggz in force on {@link #getDate()}: a
   * care authorisation (zorgmachtiging), a crisis measure (crisismaatregel) or the court's
   * authorisation to continue it, from its business date until its statutory clock runs out (the
   * catalogue's days; {@value #CRISIS_CONTINUATION_DAYS} days for a continuation) or a later
   * measure that meets the clock replaces it, whichever comes first.
   *
   * @return the measures, in the order recorded
   */
  public ImmutableList<MeasureInForce> getMeasuresInForce() {
    return measuresInForce;
  }

  /**
   * The professionals the extract names (trajectory director, involved professionals, authors and
   * responsibles of plans, owners of obligations), as the directory knows them.
   *
   * @return the professionals found, by id
   */
  public ImmutableMap<ProfessionalId, Professional> getProfessionals() {
    return professionals;
  }

  /**
   * The organisations the extract names (the network's principal and contractor, involved
   * organisations, those a consent names, responsibles of plans, executors of measures), as the
   * directory knows them.
   *
   * @return the organisations found, by id
   */
  public ImmutableMap<OrganisationId, PartnerOrganisation> getOrganisations() {
    return organisations;
  }

  /**
   * The access rule that allowed the case read; {@link AccessRuleId#EMERGENCY_OVERRIDE} when it was
   * allowed by the emergency override.
   *
   * @return the rule
   */
  public AccessRuleId getAccessRule() {
    return accessRule;
  }

  /**
   * The data categories the extract carries, as its audit record lists them: always {@link
   * DataCategory#CASE_EVENTS}; {@link DataCategory#PERSONAL_DATA}, {@link
   * DataCategory#TARGET_GROUP}, {@link DataCategory#PLAN}, {@link DataCategory#CONSENT}, {@link
   * DataCategory#AGENDA} and {@link DataCategory#ESCALATION} when it holds such data.
   *
   * @return the categories
   */
  public ImmutableSet<DataCategory> getCategories() {
    return categories;
  }

  @Override
  public String toString() {
    return "CaseExtract{case="
        + state.getCaseId().map(Object::toString).orElse("?")
        + ", reader="
        + reader
        + ", date="
        + date
        + ", categories="
        + categories
        + "}";
  }

  /**
   * A Wvggz measure in force (maatregel van kracht), with the period it is in force.
   *
   * @param measure the recorded measure
   * @param from the first day in force: the measure's business date
   * @param until the first day no longer in force
   * @since 0.2
   */
  public record MeasureInForce(CoercionMeasureRecorded measure, LocalDate from, LocalDate until) {

    /**
     * Checks the fields.
     *
     * @param measure the recorded measure
     * @param from the first day in force: the measure's business date
     * @param until the first day no longer in force
     */
    public MeasureInForce {
      java.util.Objects.requireNonNull(measure, "measure");
      java.util.Objects.requireNonNull(from, "from");
      java.util.Objects.requireNonNull(until, "until");
    }
  }
}

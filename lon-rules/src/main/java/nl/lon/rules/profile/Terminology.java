package nl.lon.rules.profile;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.MeetingKind;
import org.immutables.value.Value;

/**
 * What a network calls its team, roles and meetings (terminologie), in Dutch and English.
 *
 * <p>The source's schema names them per city: the trajectory director is the dossierhouder in
 * Rotterdam, the contactpersoon in Leeuwarden and the probleemhouder in Enschede; the network
 * director is the coördinator in Rotterdam and the teamleider in Enschede and Leeuwarden; the case
 * conference is the casusberaad, the zorgoverleg and the MDO; the network meeting is the bespreking
 * LZN, the bespreking ST and the WZT-vergadering; the administrative body is the stuurgroep
 * (Rotterdam, Enschede) or the begeleidingscommissie (Leeuwarden). A role or meeting without a name
 * of its own gets the library's label ({@link ProfessionalRole#label(Locale)}, {@link
 * MeetingKind#label(Locale)}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Terminology {

  private static final Locale NL = Locale.forLanguageTag("nl");

  Terminology() {}

  /**
   * The name of the network's team in Dutch, for example {@code "lokaal zorgnetwerk"}.
   *
   * @return the name
   */
  public abstract String getNetworkNl();

  /**
   * The name of the network's team in English, for example {@code "local care network"}.
   *
   * @return the name
   */
  public abstract String getNetworkEn();

  /**
   * The network's own Dutch names of roles.
   *
   * @return the names, possibly empty
   */
  public abstract ImmutableMap<ProfessionalRole, String> getRolesNl();

  /**
   * The network's own English names of roles.
   *
   * @return the names, possibly empty
   */
  public abstract ImmutableMap<ProfessionalRole, String> getRolesEn();

  /**
   * The network's own Dutch names of meetings and bodies.
   *
   * @return the names, possibly empty
   */
  public abstract ImmutableMap<MeetingKind, String> getMeetingsNl();

  /**
   * The network's own English names of meetings and bodies.
   *
   * @return the names, possibly empty
   */
  public abstract ImmutableMap<MeetingKind, String> getMeetingsEn();

  @Value.Check
  void check() {
    Checks.text(getNetworkNl(), Checks.MAX_LABEL, "Terminology.networkNl");
    Checks.text(getNetworkEn(), Checks.MAX_LABEL, "Terminology.networkEn");
    getRolesNl().values().forEach(v -> Checks.text(v, Checks.MAX_LABEL, "Terminology.rolesNl"));
    getRolesEn().values().forEach(v -> Checks.text(v, Checks.MAX_LABEL, "Terminology.rolesEn"));
    getMeetingsNl()
        .values()
        .forEach(v -> Checks.text(v, Checks.MAX_LABEL, "Terminology.meetingsNl"));
    getMeetingsEn()
        .values()
        .forEach(v -> Checks.text(v, Checks.MAX_LABEL, "Terminology.meetingsEn"));
  }

  private static boolean dutch(Locale locale) {
    return "nl".equals(locale.getLanguage());
  }

  /**
   * The name of the network's team in the reader's language.
   *
   * @param locale the reader's locale ({@code nl}, or English for any other)
   * @return the name
   */
  public String network(Locale locale) {
    return dutch(locale) ? getNetworkNl() : getNetworkEn();
  }

  /**
   * What this network calls a role, in the reader's language.
   *
   * @param role the role
   * @param locale the reader's locale ({@code nl}, or English for any other)
   * @return the network's own name, or the library's label when it has none
   */
  public String role(ProfessionalRole role, Locale locale) {
    Map<ProfessionalRole, String> names = dutch(locale) ? getRolesNl() : getRolesEn();
    String own = names.get(role);
    return own != null ? own : role.label(dutch(locale) ? NL : Locale.ENGLISH);
  }

  /**
   * What this network calls a meeting or body, in the reader's language.
   *
   * @param kind the meeting kind
   * @param locale the reader's locale ({@code nl}, or English for any other)
   * @return the network's own name, or the library's label when it has none
   */
  public String meeting(MeetingKind kind, Locale locale) {
    Map<MeetingKind, String> names = dutch(locale) ? getMeetingsNl() : getMeetingsEn();
    String own = names.get(kind);
    return own != null ? own : kind.label(dutch(locale) ? NL : Locale.ENGLISH);
  }

  /**
   * The library's own terms, for a network that has not named its roles and meetings.
   *
   * @return the terminology
   */
  public static Terminology generic() {
    return builder()
        .networkNl("lokaal OGGZ-netwerk")
        .networkEn("local public mental health network")
        .build();
  }

  /**
   * Rotterdam: lokaal zorgnetwerk; coördinator, dossierhouder; casusberaad, bespreking LZN,
   * stuurgroep (the source's schema).
   *
   * @return the terminology
   */
  public static Terminology rotterdam() {
    return builder()
        .networkNl("lokaal zorgnetwerk")
        .networkEn("local care network")
        .putRolesNl(ProfessionalRole.NETWORK_DIRECTOR, "co\u00f6rdinator")
        .putRolesEn(ProfessionalRole.NETWORK_DIRECTOR, "coordinator")
        .putRolesNl(ProfessionalRole.TRAJECTORY_DIRECTOR, "dossierhouder")
        .putRolesEn(ProfessionalRole.TRAJECTORY_DIRECTOR, "case holder")
        .putMeetingsNl(MeetingKind.CASE_CONFERENCE, "casusberaad")
        .putMeetingsEn(MeetingKind.CASE_CONFERENCE, "case consultation")
        .putMeetingsNl(MeetingKind.NETWORK_MEETING, "bespreking LZN")
        .putMeetingsEn(MeetingKind.NETWORK_MEETING, "local care network meeting")
        .putMeetingsNl(MeetingKind.STEERING_GROUP, "stuurgroep")
        .putMeetingsEn(MeetingKind.STEERING_GROUP, "steering group")
        .build();
  }

  /**
   * Enschede: wijkzorgteam; teamleider, probleemhouder; MDO, WZT-vergadering, stuurgroep (the
   * source's schema, with the running text's teamleider where the schema says procesmanager).
   *
   * @return the terminology
   */
  public static Terminology enschede() {
    return builder()
        .networkNl("wijkzorgteam")
        .networkEn("neighbourhood care team")
        .putRolesNl(ProfessionalRole.NETWORK_DIRECTOR, "teamleider")
        .putRolesEn(ProfessionalRole.NETWORK_DIRECTOR, "team leader")
        .putRolesNl(ProfessionalRole.TRAJECTORY_DIRECTOR, "probleemhouder")
        .putRolesEn(ProfessionalRole.TRAJECTORY_DIRECTOR, "problem owner")
        .putMeetingsNl(MeetingKind.CASE_CONFERENCE, "multidisciplinair overleg (MDO)")
        .putMeetingsEn(MeetingKind.CASE_CONFERENCE, "multidisciplinary meeting")
        .putMeetingsNl(MeetingKind.NETWORK_MEETING, "WZT-vergadering")
        .putMeetingsEn(MeetingKind.NETWORK_MEETING, "neighbourhood care team meeting")
        .putMeetingsNl(MeetingKind.STEERING_GROUP, "stuurgroep")
        .putMeetingsEn(MeetingKind.STEERING_GROUP, "steering group")
        .build();
  }

  /**
   * Leeuwarden: sociaal team; teamleider, contactpersoon; zorgoverleg, bespreking ST,
   * begeleidingscommissie (the source's schema).
   *
   * @return the terminology
   */
  public static Terminology leeuwarden() {
    return builder()
        .networkNl("sociaal team")
        .networkEn("social team")
        .putRolesNl(ProfessionalRole.NETWORK_DIRECTOR, "teamleider")
        .putRolesEn(ProfessionalRole.NETWORK_DIRECTOR, "team leader")
        .putRolesNl(ProfessionalRole.TRAJECTORY_DIRECTOR, "contactpersoon")
        .putRolesEn(ProfessionalRole.TRAJECTORY_DIRECTOR, "contact person")
        .putRolesNl(ProfessionalRole.STEERING_GROUP_MEMBER, "lid begeleidingscommissie")
        .putRolesEn(ProfessionalRole.STEERING_GROUP_MEMBER, "supervisory committee member")
        .putMeetingsNl(MeetingKind.CASE_CONFERENCE, "zorgoverleg")
        .putMeetingsEn(MeetingKind.CASE_CONFERENCE, "care consultation")
        .putMeetingsNl(MeetingKind.NETWORK_MEETING, "bespreking ST")
        .putMeetingsEn(MeetingKind.NETWORK_MEETING, "social team meeting")
        .putMeetingsNl(MeetingKind.STEERING_GROUP, "begeleidingscommissie")
        .putMeetingsEn(MeetingKind.STEERING_GROUP, "supervisory committee")
        .build();
  }

  /**
   * A new builder; start from a preset with {@code builder().from(Terminology.enschede())}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Terminology}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableTerminology.Builder {
    /** Creates an empty builder, the same as {@link Terminology#builder()}. */
    public Builder() {}
  }
}

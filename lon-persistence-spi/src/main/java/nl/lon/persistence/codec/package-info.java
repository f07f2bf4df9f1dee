/**
 * The event codec: case events to and from a versioned JSON format ({@link
 * nl.lon.persistence.codec.EventCodec}), for adapters that store events as text.
 *
 * <p>Dutch: <em>gebeurteniscodering</em>. {@link nl.lon.persistence.codec.EventCodec} is immutable
 * and thread-safe; decoding failures throw {@link nl.lon.persistence.codec.CodecException}. Null
 * policy: no method accepts or returns null.
 *
 * <h2>Format, schema version 1</h2>
 *
 * <p>One event is one JSON object, written on one line, UTF-8, with this envelope:
 *
 * <pre class="json">{@code
 * {"schema":1,"type":"PLAN_ADOPTED","caseId":"c-1","sequence":10,
 *  "businessDate":"2026-03-02","recordedAt":"2026-03-02T09:15:00Z","actor":"p-jansen",
 *  "data":{...}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code schema}: the schema version, a number; this codec writes 1 and reads 1.
 *   <li>{@code type}: the {@link nl.lon.core.event.EventType} constant name.
 *   <li>{@code caseId}, {@code actor}: identifier text values; {@code sequence}: a whole number.
 *   <li>{@code businessDate}: ISO 8601 date ({@code yyyy-MM-dd}); {@code recordedAt}: ISO 8601 UTC
 *       instant as {@link java.time.Instant#toString()} writes it, fraction of a second only when
 *       not zero.
 *   <li>{@code data}: the type's own fields, below.
 * </ul>
 *
 * <p>Value encodings: identifiers as their text value; enums by constant name; dates ISO 8601;
 * {@link java.math.BigDecimal} as a JSON string written by {@link java.math.BigDecimal#toString()}
 * (a JSON number is also read); sets and lists as arrays in the value's iteration order; maps as
 * objects keyed by the key's text (enum name or goal code). Empty collections are written as {@code
 * []} or <code>{}</code>; an absent {@link java.util.Optional} is omitted. A nested value is a
 * nested object with the field names below.
 *
 * <p>Reading rules: unknown fields are ignored, at every level; a missing or {@code null} optional
 * field is empty; a missing collection is empty; a missing field with a default in the domain model
 * (marked <i>default</i>) takes that default; a missing required field, a value of the wrong JSON
 * type, an unknown enum constant, a duplicate key, a schema version above 1, or a value that breaks
 * a domain rule fails with a {@link nl.lon.persistence.codec.CodecException} naming the type and
 * the JSON path. Within schema version 1 a writer may only add fields that older readers can
 * ignore; any other change needs schema version 2.
 *
 * <p>The {@code data} fields per type ({@code ?} marks an optional field, {@code [..]} an array,
 * <code>{K:V}</code> an object used as map):
 *
 * <dl>
 *   <dt>{@code SIGNAL_RECEIVED}
 *   <dd>{@code network, clientNumber, signal{id, sourceKind, signallerOrganisation?,
 *       signallerKind?, channel, receivedOn, concerns[..], description (default ""), acuteCrisis
 *       (default false), clientMinor (default false; written only when true, added within schema 1
 *       as an optional field), clientInformed, notInformedReason?}, household{adults, children}}
 *   <dt>{@code REPORT_JUDGED}
 *   <dd>{@code judgement, reason, targetGroups[{targetGroup, reason}], advisedInScope? (boolean)}
 *   <dt>{@code INFORMATION_REQUESTED}
 *   <dd>{@code organisations[..], networks[..]? (the other networks asked; written only when not
 *       empty, added within schema 1 as an optional field), question}
 *   <dt>{@code INFORMATION_ADDED}
 *   <dd>{@code organisation, summary}
 *   <dt>{@code HOME_VISIT_RECORDED}
 *   <dd>{@code visitors[..], findings, clientReached}
 *   <dt>{@code COORDINATION_DECIDED}
 *   <dd>{@code decision{outcome, circuit?, referredTo?, reason, feedback{givenOn, summary}?}} (the
 *       feedback to the signaller is optional since it became a setting of the profile; an older
 *       reader requires it)
 *   <dt>{@code TRAJECTORY_DIRECTOR_APPOINTED}
 *   <dd>{@code director, organisation, appointedBy, temporary}
 *   <dt>{@code LIFE_DOMAIN_SCAN_RECORDED}
 *   <dd>{@code scan{instrument, scoredOn, scores{ScanDomain:SelfRelianceLevel}, notDiscussed[..]}}
 *   <dt>{@code INTEGRAL_PICTURE_FORMED}
 *   <dd>{@code summary, targetGroups[{targetGroup, reason}]}
 *   <dt>{@code PLAN_ADOPTED}
 *   <dd>{@code plan{version, context, goals[{code, lifeDomain, description}],
 *       activities[{description, responsible{organisation?, professional?}, dueOn, goalCode?}],
 *       evaluateBy?}}
 *   <dt>{@code PROGRESS_REPORTED}
 *   <dd>{@code report{summary, deviatesFromPlan, stalled (default false), clientUnreachable
 *       (default false)}}
 *   <dt>{@code PROGRESS_TALK_HELD}
 *   <dd>{@code trajectoryDirector, summary}
 *   <dt>{@code PROBLEM_OWNERSHIP_ACCEPTED} (since 0.3)
 *   <dd>{@code trajectoryDirector}
 *   <dt>{@code PAPER_FILE_RECORDED} (since 0.3)
 *   <dd>{@code location}
 *   <dt>{@code CONCEPT_PLAN_DRAFTED} (since 0.3)
 *   <dd>{@code concept{...}}, the fields of {@code PLAN_ADOPTED}'s {@code plan}
 *   <dt>{@code MEETING_HELD}
 *   <dd>{@code meeting{id, kind, heldOn, participants[..], organisations[..], technicalChair,
 *       contentCoordinator, clientInvited, clientPresent, minutes[{who{organisation?,
 *       professional?}, what, byWhen}], decidingVote?{castBy, matter}}} (the deciding vote since
 *       0.3, absent when the meeting decided by agreement)
 *   <dt>{@code EVALUATION_RECORDED}
 *   <dd>{@code evaluation{goalResults{goalCode:GoalResult}, agreementsKept, decision, remarks
 *       (default "")}}
 *   <dt>{@code ESCALATION_REQUESTED}
 *   <dd>{@code kind, bottleneck}
 *   <dt>{@code ESCALATION_RAISED}
 *   <dd>{@code escalation{id, kind, rung, body, bottleneck, emergencyReason?}}
 *   <dt>{@code ESCALATION_RESOLVED}
 *   <dd>{@code escalationId, resolution{kind, description, blocker}}
 *   <dt>{@code COERCION_MEASURE_RECORDED}
 *   <dd>{@code measureCode, level, executedBy, reason}
 *   <dt>{@code INSTRUMENT_USED}
 *   <dd>{@code use{instrument, description, agreedBy[..], amount? (decimal string), eviction
 *       (default false)}}
 *   <dt>{@code CASE_CLOSED}
 *   <dd>{@code closure{reason, regularCare?, handoverTo?, remarks (default "")}}
 *   <dt>{@code FOLLOW_UP_RECORDED}
 *   <dd>{@code check{outcome, remarks}}
 *   <dt>{@code CASE_REOPENED}
 *   <dd>{@code reason}
 *   <dt>{@code CASE_TRANSFERRED}
 *   <dd>{@code handover{toNetwork, receivingContact, summary, receivingProfessional?, legalBasis?}}
 *   <dt>{@code CONSENT_RECORDED}
 *   <dd>{@code consent{scope, organisations[..], signedOn, withdrawnOn?}}
 *   <dt>{@code CONSENT_WITHDRAWN}
 *   <dd>no fields: <code>{}</code>
 *   <dt>{@code ENTRY_CORRECTED}
 *   <dd>{@code correctedSequence, reason, replacement{type, caseId, sequence, businessDate,
 *       recordedAt, actor, data{...}}}: the replacement act in the envelope above without {@code
 *       schema}; it is never itself an {@code ENTRY_CORRECTED} (a correction nests one level)
 *   <dt>{@code ENTRY_WITHDRAWN}
 *   <dd>{@code withdrawnSequence, reason}
 * </dl>
 *
 * <p>Limits: an encoded event is at most {@link
 * nl.lon.persistence.codec.EventCodec#MAX_EVENT_CHARACTERS} (1,000,000) characters; {@code encode}
 * refuses a longer event with an {@link nl.lon.core.error.InvalidValueException} (field {@code
 * CaseEvent.encoded}, rule {@code max-size}) and {@code decode} a longer text with a {@link
 * nl.lon.persistence.codec.CodecException}. A decimal string is at most 100 characters; map keys
 * are identifiers. No exception message repeats stored content: texts, dates and numbers that fail
 * are described by their JSON type and path only.
 *
 * <p>The file {@code src/test/resources/codec/v1-events.jsonl} of this module holds one event of
 * every type in this format; its lines are frozen (a type added to the format adds a line), and
 * every future reader must decode it.
 */
package nl.lon.persistence.codec;

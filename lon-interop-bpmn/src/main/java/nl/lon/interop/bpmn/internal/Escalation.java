package nl.lon.interop.bpmn.internal;

/**
 * An escalation root element ({@code <escalation>}): one per escalation option of the profile.
 *
 * @param id the XML id
 * @param name the name, the option's body in the reader's language
 * @param code the escalation code, for example {@code content-4}
 * @param kind the escalation kind's constant name
 * @param body the body in English, as {@code EscalationOption.getBody()}
 */
public record Escalation(String id, String name, String code, String kind, String body) {}

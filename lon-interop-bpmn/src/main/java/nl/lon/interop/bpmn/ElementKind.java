package nl.lon.interop.bpmn;

/**
 * The kind of an element of a {@link ProcessDiagram}, with the BPMN 2.0 element it is written as.
 *
 * @since 0.2
 */
public enum ElementKind {
  /** The process ({@code <process>}); its id is the process definition key. */
  PROCESS,
  /**
   * One of the nine process steps ({@code <userTask>}), a {@link nl.lon.core.process.ProcessStep}.
   */
  STEP,
  /** Another activity ({@code <userTask>}), for example discussing a client again. */
  TASK,
  /** The start event ({@code <startEvent>}): a worrying situation is signalled. */
  START_EVENT,
  /** An end event ({@code <endEvent>}). */
  END_EVENT,
  /** An exclusive gateway ({@code <exclusiveGateway>}): one of its paths is taken. */
  EXCLUSIVE_GATEWAY,
  /**
   * An inclusive gateway ({@code <inclusiveGateway>}): any of its paths, more than one at a time.
   */
  INCLUSIVE_GATEWAY,
  /**
   * A timer on the border of an activity ({@code <boundaryEvent>} with a {@code
   * <timerEventDefinition>}): a deadline, a cadence, an evaluation interval or a follow-up check.
   */
  TIMER_BOUNDARY_EVENT,
  /**
   * An escalation end event ({@code <endEvent>} with an {@code <escalationEventDefinition>}): the
   * case is put to one of the profile's escalation options.
   */
  ESCALATION_END_EVENT,
  /** An escalation ({@code <escalation>}, a root element): one escalation option of the profile. */
  ESCALATION,
  /** A sequence flow ({@code <sequenceFlow>}): a transition the rules allow. */
  SEQUENCE_FLOW,
  /** A text annotation ({@code <textAnnotation>}): a setting of the profile at a step. */
  TEXT_ANNOTATION,
  /** An association ({@code <association>}) from a text annotation to its step. */
  ASSOCIATION
}

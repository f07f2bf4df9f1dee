/**
 * A stateful model of the process on the case service, for jqwik's stateful testing: {@link
 * nl.lon.testkit.model.ProcessModel} holds a {@link nl.lon.service.CaseService} on in-memory stores
 * and a test clock, its action chains act with the service's use cases ({@link
 * nl.lon.testkit.model.UseCase}) and {@link nl.lon.testkit.model.ProcessInvariants} says what must
 * hold after every act. A failing property shrinks to the shortest sequence of acts with the
 * simplest arguments.
 *
 * <p>No method accepts or returns null. A model is mutable and belongs to the chain that runs it;
 * the other types are immutable.
 */
package nl.lon.testkit.model;

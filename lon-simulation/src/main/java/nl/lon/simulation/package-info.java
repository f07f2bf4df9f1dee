/**
 * A network-year simulation for researchers and policy advisers: cases arrive at the rates a
 * network of a given size sees, and are played through the real {@link nl.lon.service.CaseService}
 * on the embedded H2 store under a methodology profile, deterministically from a seed. The report
 * gives caseload per trajectory director and network director, the share of working-day deadlines
 * met, throughput times per step, escalations and their outcomes, reopening after follow-up and the
 * registration load; two profiles can be compared on the same arrivals.
 *
 * <p>Start with {@link nl.lon.simulation.SimulationSettings#builder()} and {@link
 * nl.lon.simulation.NetworkYearSimulation#run}.
 */
package nl.lon.simulation;

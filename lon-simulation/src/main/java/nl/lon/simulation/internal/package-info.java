/** Internals of the simulation: the simulated network, one case's course, the movable clock. */
package nl.lon.simulation.internal;

/**
 * The scenarios behind the benchmarks, as plain classes: the JMH benchmarks time them, and {@code
 * BenchmarkScenariosTest} runs each once in the normal test command so they cannot rot.
 *
 * <ul>
 *   <li>{@link nl.lon.bench.scenario.LifecycleScenario}: a full case lifecycle through the public
 *       {@link nl.lon.service.CaseService};
 *   <li>{@link nl.lon.bench.scenario.FlowableScenario}: the same lifecycle as nine BPMN user tasks
 *       on Flowable 7;
 *   <li>{@link nl.lon.bench.scenario.RawJdbcScenario}: the same events as JSON inserted by hand
 *       (the persistence floor);
 *   <li>{@link nl.lon.bench.scenario.BareFold}: the same events as plain records folded by a switch
 *       (the computation floor);
 *   <li>{@link nl.lon.bench.scenario.AppendScenario}, {@link nl.lon.bench.scenario.AgendaScenario}
 *       and {@link nl.lon.bench.scenario.ContentionScenario}: the scaling scenarios.
 * </ul>
 *
 * <p>{@link nl.lon.bench.scenario.CaseStores} and {@link nl.lon.bench.scenario.Database} give every
 * contender the same stores and database settings; {@link nl.lon.bench.scenario.PostgresServer}
 * starts a throw-away PostgreSQL where one is installed.
 *
 * @since 0.1
 */
package nl.lon.bench.scenario;

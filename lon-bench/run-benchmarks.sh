#!/usr/bin/env bash
# Builds and runs the LON SDK benchmarks, writes the JMH results as JSON and prints the ratio table.
#
#   lon-bench/run-benchmarks.sh [short|full] [extra JMH arguments, e.g. a benchmark regexp]
#
#   short  1 fork, 1 warm-up and 2 measurement iterations of 1 s each, without the working-day
#          calendar and the 4-thread Flowable runs, the history import on 2,000 cases instead of
#          100,000: a smoke run of about 5 minutes on 2 CPUs. Far
#          too short for Flowable (or the JIT on the JDBC paths) to reach steady state: not for
#          publishing.
#   full   every benchmark with the iterations of its annotations, without the 4-thread Flowable
#          runs: the lifecycle contenders 5 x 6 s warm-up (Flowable 9 x 10 s, it needs about 90 s
#          to reach steady speed) and 10 x 2 s measurement, the scaling benchmarks 3 x 3 s and
#          5 x 2 s (about 30 minutes on 2 CPUs). The README's figures come from this mode.
#
# Results: lon-bench/target/jmh-results.json (JMH JSON), lon-bench/target/jmh-ratios.md (the table).
# PostgreSQL variants run when PostgreSQL is installed under /usr/lib/postgresql/*/bin: one
# throw-away server is started for the run (as user postgres when run as root) and stopped after.
set -euo pipefail

mode="${1:-short}"
[[ $# -gt 0 ]] && shift
case "$mode" in
  short) timing=(-f 1 -wi 1 -w 1s -i 2 -r 1s -e WorkingDayCalendarBenchmark -e 'FlowableLifecycleBenchmark.lifecycle4Threads' -p importedCases=2000) ;;
  full)  timing=(-e 'FlowableLifecycleBenchmark.lifecycle4Threads') ;;
  *) echo "usage: $0 [short|full] [JMH arguments]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
started=$(date +%s)

# Build: tests are not run (-DskipTests; the test sources still compile, because lon-core and
# lon-rules publish their fixture test-jars to the modules after them); the normal test command
# runs BenchmarkScenariosTest.
./mvnw -q -B -pl lon-bench -am -DskipTests package
jar=lon-bench/target/benchmarks.jar
results=lon-bench/target/jmh-results.json
ratios=lon-bench/target/jmh-ratios.md

backends=MEMORY,H2
databases=H2
pgdir=""
if [[ -z "${LON_BENCH_POSTGRES_URL:-}" ]] && [[ "$(java -cp "$jar" nl.lon.bench.scenario.PostgresServer available)" == true ]]; then
  pgdir=$(mktemp -d /tmp/lon-bench-pg.XXXXXX)
  trap 'java -cp "$jar" nl.lon.bench.scenario.PostgresServer stop "$pgdir" >/dev/null 2>&1 || true' EXIT
  LON_BENCH_POSTGRES_URL=$(java -cp "$jar" nl.lon.bench.scenario.PostgresServer start "$pgdir")
  export LON_BENCH_POSTGRES_URL
fi
if [[ -n "${LON_BENCH_POSTGRES_URL:-}" ]]; then
  backends=MEMORY,H2,POSTGRES
  databases=H2,POSTGRES
  echo "PostgreSQL: $(psql --version 2>/dev/null || echo server) at ${LON_BENCH_POSTGRES_URL}"
else
  echo "PostgreSQL: not available, H2 and in-memory only"
fi

echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory; $(java -version 2>&1 | head -1)"
echo "Mode: $mode; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

java -jar "$jar" "${timing[@]}" \
  -p backend="$backends" -p database="$databases" \
  -rf json -rff "$results" "$@"

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine skew the figures)"
java -cp "$jar" nl.lon.bench.report.RatioReport "$results" "$ratios"
echo "JMH results: $results; ratio table: $ratios; took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"

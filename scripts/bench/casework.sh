#!/bin/sh
# Server time of the case page, caseload, search and service dashboard on the national-scale data set
# (120 prisons, 100,000 cases, 400,000 people, 5,000,000 contact events) at 1 and 16 concurrent users, on H2
# and on an embedded PostgreSQL server (no Docker). The first run loads the data set into the data directory
# (tens of minutes on a busy 2-core machine); later runs reuse it. Results: app/target/benchmark-casework-*.txt
# Usage: scripts/bench/casework.sh [data-dir] [h2|postgres|both]
set -e
cd "$(dirname "$0")/../.."
DIR="${1:-${TMPDIR:-/tmp}/familyties-casework-bench}"
case "${2:-both}" in
  h2) TESTS=CaseworkScaleH2Benchmark ;;
  postgres) TESTS=CaseworkScalePostgresBenchmark ;;
  *) TESTS=CaseworkScaleH2Benchmark,CaseworkScalePostgresBenchmark ;;
esac
mvn -q -B -o -pl app test -Dtest="$TESTS" -Dbenchmark=true -Dbenchmark.dir="$DIR" -DargLine="${JAVA_OPTS:--Xmx3g}" \
    -Dsurefire.failIfNoSpecifiedTests=false
cat app/target/benchmark-casework-*.txt

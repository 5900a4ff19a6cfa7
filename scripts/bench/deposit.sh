#!/bin/sh
# Times a deposit package of a cohort-scale study (20,000 families x 3 informants x 4 waves, 200 variables)
# on the embedded H2 file database. The first run loads the study (several minutes); later runs reuse it.
# Usage: scripts/bench/deposit.sh [data-dir] [families]   (JAVA_OPTS defaults to -Xmx2g)
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o install -DskipTests
mvn -q -B -o -pl app test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
DIR="${1:-app/target/bench-deposit}"
exec java ${JAVA_OPTS:--Xmx2g} -Xlog:gc:file="$DIR-gc.log" -cp "$CP" org.familyties.benchmark.DepositBenchmark "$DIR" "${2:-20000}"

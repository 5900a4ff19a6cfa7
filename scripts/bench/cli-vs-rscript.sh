#!/usr/bin/env bash
# End to end, from the command line: `bin/familyties sem` (JVM start, read CSV, fit, print) against Rscript
# running the same lavaan fit (lavaan-fit.R), for case A (HS CFA, n = 301) and for the 6-variable path model
# on 1,000,000 rows (sim6(1e6, 7) of the lavaan timing script, written once by sim6.R).
# Usage: scripts/bench/cli-vs-rscript.sh [RUNS]    (default 10; the 1,000,000-row case runs max(3, RUNS/2) times)
# Prints wall-clock min/median and, with hyperfine, the mean CPU time (user+sys), which a busy machine
# disturbs less than the wall clock.
# Environment: BENCH_DIR (default a directory under ${TMPDIR:-/tmp}) keeps the generated CSV between runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/bench"
RUNS="${1:-10}"
BIG_RUNS=$(( RUNS / 2 > 3 ? RUNS / 2 : 3 ))
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/familyties-bench}"
mkdir -p "$BENCH_DIR"
SEM="$ROOT/stats/src/test/resources/sem"
BIG="$BENCH_DIR/sim6_1e6_seed7.csv"

command -v Rscript >/dev/null || { echo "Rscript is not installed" >&2; exit 1; }
[ -f "$ROOT/stats/target/familyties-stats.jar" ] || (cd "$ROOT" && mvn -q -B -o -pl stats -DskipTests package)
if [ ! -s "$BIG" ]; then
  echo "Writing $BIG (once)..." >&2
  Rscript "$HERE/sim6.R" 1e6 7 "$BIG.part" && mv "$BIG.part" "$BIG"
fi

echo "# $(date -u +%FT%TZ)  $(uptime | sed 's/.*load/load/')  $(nproc) cores"
echo "# $(java -version 2>&1 | head -1); $(Rscript -e 'cat(R.version.string, "lavaan", as.character(packageVersion("lavaan")))')"

# compare NAME RUNS CMD_JAVA CMD_R: the same fit both ways, RUNS timed runs each after one warm-up run
compare() {
  local name="$1" runs="$2" java_cmd="$3" r_cmd="$4"
  echo
  echo "## $name"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$BENCH_DIR/$name.json" \
      -n familyties "$java_cmd" -n lavaan "$r_cmd" >/dev/null
    python3 - "$BENCH_DIR/$name.json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = r["times"]
    cpu = r["user"] + r["system"]
    print(f"{r['command']:<12} runs={len(t):3d}  min={min(t):7.3f} s  median={statistics.median(t):7.3f} s"
          f"  | cpu (user+sys) mean={cpu:7.3f} s")
PY
  else
    local label cmd
    for label in familyties lavaan; do
      cmd="$java_cmd"; [ "$label" = lavaan ] && cmd="$r_cmd"
      bash -c "$cmd" >/dev/null 2>&1
      local times=()
      for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1; t1=$(date +%s%N)
        times+=("$(( (t1 - t0) / 1000000 ))")
      done
      printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {
        m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "%-12s runs=%3d  min=%7.3f s  median=%7.3f s\n", l, NR, a[1]/1000, m/1000 }'
    done
  fi
  echo "# after: $(uptime | sed 's/.*load/load/')"
}

compare caseA_cfa "$RUNS" \
  "$ROOT/bin/familyties sem --function cfa --data $SEM/HolzingerSwineford1939.csv --model $SEM/models/A_HS_cfa.lav" \
  "Rscript $HERE/lavaan-fit.R cfa $SEM/HolzingerSwineford1939.csv $SEM/models/A_HS_cfa.lav"
compare path6_1e6 "$BIG_RUNS" \
  "$ROOT/bin/familyties sem --data $BIG --model $HERE/path6.lav" \
  "Rscript $HERE/lavaan-fit.R sem $BIG $HERE/path6.lav"

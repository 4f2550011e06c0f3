#!/usr/bin/env bash
# Benchmark: `rarewatch stage` against DuckDB and pandas computing the same grouped counts from the same
# synthetic 2,500,000-row Simulacrum-layout extract (and, with SCALE=10, a 25,000,000-row one).
# Measures whole-process wall time and peak RSS with /usr/bin/time -v. Usage: bench/stage.sh [ROWS...]
# Appends nothing by itself: copy the summary it prints into bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$root/bench/work}"
mkdir -p "$work"
rows_list=("${@:-2500000}")
duck_jar="${DUCKDB_JAR:-$HOME/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar}"

if [ ! -f "$duck_jar" ]; then
  echo "fetching org.duckdb:duckdb_jdbc:2.0.0.1 (benchmark only, not a project dependency)" >&2
  "$root/mvnw" -q -B dependency:get -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1 >&2
fi
if ! /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  echo "installing Debian python3-pandas" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-pandas >&2
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }

"$root/rarewatch" --version >/dev/null   # builds the jar once, outside the timings
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$duck_jar" "$root/bench/duckdb/DuckStage.java"

repeat="${REPEAT:-3}"
measure() { # label, command...: runs the command $repeat times, reports the fastest wall time and the largest peak RSS
  local label="$1"; shift
  local best="" rss_max=0 walls=""
  for run in $(seq "$repeat"); do
    local log="$work/$label.$run.time"
    /usr/bin/time -v "$@" >"$work/$label.out" 2>"$log" || { cat "$log" >&2; exit 1; }
    local wall rss secs
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    walls="$walls $secs"
    if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then best=$secs; fi
    if [ "$rss" -gt "$rss_max" ]; then rss_max=$rss; fi
  done
  printf '%-26s best wall %7.2f s (runs:%s)   peak RSS %6.0f MB   %s\n' "$label" "$best" "$walls" \
    "$(echo "$rss_max/1024" | bc -l)" \
    "$(tail -n 1 "$work/$label.out" 2>/dev/null; grep -h 'rows read' "$work/$label.1.time" | sed 's/^rarewatch: .*: \([0-9]* rows read\)/\1/')"
}

echo "load before: $(cut -d" " -f1-3 /proc/loadavg); runs per tool: $repeat"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "duckdb $(basename "$duck_jar"), pandas $(/usr/bin/python3 -c "import pandas; print(pandas.__version__)")"
for rows in "${rows_list[@]}"; do
  csv="$work/extract-$rows.csv"
  if [ ! -f "$csv" ]; then
    "$root/rarewatch" generate registry --rows "$rows" --seed 1 --out "$csv"
  fi
  echo "== $rows rows, $(du -h "$csv" | cut -f1) =="
  sync
  cat "$csv" >/dev/null   # same warm page cache for all three
  measure "rarewatch-stage-$rows" "$root/rarewatch" stage "$csv" --format simulacrum --out "$work/stage-$rows.csv"
  measure "duckdb-$rows" java -cp "$duck_jar:$work/classes" DuckStage "$csv" "$(nproc)"
  measure "pandas-$rows" /usr/bin/python3 "$root/bench/pandas_stage.py" "$csv"
done

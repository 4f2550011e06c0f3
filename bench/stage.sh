#!/usr/bin/env bash
# Benchmark: `rarewatch stage` against DuckDB and pandas computing the same grouped counts from the same
# synthetic 2,500,000-row Simulacrum-layout extract (and, with SCALE=10, a 25,000,000-row one).
# Measures whole-process wall time and peak RSS with /usr/bin/time -v. Usage: bench/stage.sh [ROWS...]
# Appends nothing by itself: copy the summary it prints into bench/RESULTS.md. REPEAT=N sets the rounds.
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
# once: run a command under /usr/bin/time -v; prints "seconds rss_kb"
once() { # label run command...
  local label="$1" run="$2"; shift 2
  local log="$work/$label.$run.time"
  /usr/bin/time -v "$@" >"$work/$label.out" 2>"$log" || { cat "$log" >&2; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  echo "$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }') $rss"
}

# The machine is shared, so the three tools run round-robin ($repeat rounds): each round sees about the
# same load, and the ratios are taken within a round. Reported: best wall per tool, largest peak RSS,
# and the median over rounds of rarewatch/DuckDB and pandas/rarewatch.
compare() { # rows csv
  local rows="$1" csv="$2" results="$work/results-$1.txt"
  : >"$results"
  for run in $(seq "$repeat"); do
    local r d p
    r=$(once "rarewatch-$rows" "$run" "$root/rarewatch" stage "$csv" --format simulacrum --out "$work/stage-$rows.csv")
    d=$(once "duckdb-$rows" "$run" java -cp "$duck_jar:$work/classes" DuckStage "$csv" "$(nproc)")
    p=$(once "pandas-$rows" "$run" /usr/bin/python3 "$root/bench/pandas_stage.py" "$csv")
    echo "$run $r $d $p $(cut -d' ' -f1 /proc/loadavg)" >>"$results"
  done
  awk -v rows="$rows" '
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                       return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    { n++; rw[n] = $2; rr = ($3 > rr ? $3 : rr); dw[n] = $4; dr = ($5 > dr ? $5 : dr); pw[n] = $6; pr = ($7 > pr ? $7 : pr)
      ratio_d[n] = $2 / $4; ratio_p[n] = $6 / $2
      printf "  round %d (load %s): rarewatch %.2f s, duckdb %.2f s, pandas %.2f s\n", $1, $8, $2, $4, $6 }
    END {
      br = rw[1]; bd = dw[1]; bp = pw[1]
      for (i = 2; i <= n; i++) { if (rw[i] < br) br = rw[i]; if (dw[i] < bd) bd = dw[i]; if (pw[i] < bp) bp = pw[i] }
      printf "%s rows: best wall rarewatch %.2f s, duckdb %.2f s, pandas %.2f s; peak RSS rarewatch %.0f MB, duckdb %.0f MB, pandas %.0f MB\n", rows, br, bd, bp, rr / 1024, dr / 1024, pr / 1024
      printf "%s rows: median per-round ratio rarewatch/duckdb %.2f, pandas/rarewatch %.2f\n", rows, median(ratio_d, n), median(ratio_p, n)
    }' "$results"
  grep -h 'rows read' "$work/rarewatch-$rows.1.time" | sed 's/^/  /'
  tail -n 1 "$work/duckdb-$rows.out" | sed 's/^/  /'
  tail -n 1 "$work/pandas-$rows.out" | sed 's/^/  /'
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
  compare "$rows" "$csv"
done

#!/usr/bin/env bash
# Benchmark: whole-process wall time and peak RSS of `./rarewatch waits` over all the bundled CWT-CRS
# provider extracts (XLSX as published) against pandas + openpyxl doing the same sums, in the same
# run, on this machine. Appends the results to bench/RESULTS.md.
#   bench/waits.sh            (RUNS=N to change the number of runs of each; default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-3}"
files=(data-bundled/cwt-crs/*Provider*.xlsx)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! /usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null; then
  echo "installing python3-pandas and python3-openpyxl (Debian)..." >&2
  apt-get update -qq && apt-get install -y -qq python3-pandas python3-openpyxl >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

./rarewatch --version >/dev/null            # builds the jar if needed; not timed
cat "${files[@]}" >/dev/null                # same warm file cache for both tools

measure() { # label, command...: prints "seconds kilobytes" of one run
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$tmp/$label.out" 2>"$tmp/$label.time"
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$tmp/$label.time" | awk '{print $NF}' \
         | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$tmp/$label.time" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tmp/$label.time")
  echo "$wall $rss $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$tmp/rw"; : >"$tmp/pd"
for i in $(seq "$runs"); do
  measure rarewatch ./rarewatch waits "${files[@]}" --out "$tmp/waits.csv" >>"$tmp/rw"
  measure pandas /usr/bin/python3 bench/waits_pandas.py "${files[@]}" >>"$tmp/pd"
done
rw_wall=$(awk '{print $1}' "$tmp/rw" | median); rw_rss=$(awk '{print $2}' "$tmp/rw" | sort -n | tail -1)
pd_wall=$(awk '{print $1}' "$tmp/pd" | median); pd_rss=$(awk '{print $2}' "$tmp/pd" | sort -n | tail -1)
rw_cpu=$(awk '{print $3}' "$tmp/rw" | median); pd_cpu=$(awk '{print $3}' "$tmp/pd" | median)
speedup=$(awk -v a="$pd_wall" -v b="$rw_wall" 'BEGIN {printf "%.1f", a/b}')
cpu_ratio=$(awk -v a="$pd_cpu" -v b="$rw_cpu" 'BEGIN {printf "%.1f", a/b}')

# both tools must agree on the national FDS figure for October 2023 (192,880 of 271,402)
rw_oct=$(grep -E '^cwt_fds_28d,[^,]*,all,England,2023-10,all,all,' "$tmp/waits.csv" | grep -v 'route:' | cut -d, -f8,9)
pd_oct=$(grep fds_2023_10 "$tmp/pandas.out" | sed 's/.*within=\([0-9.]*\) total=\([0-9.]*\)/\1,\2/')
agree=$([ "$rw_oct" = "$pd_oct" ] && echo "yes ($rw_oct)" || echo "NO: rarewatch $rw_oct, pandas $pd_oct")

meets_speed=$(awk -v s="$speedup" 'BEGIN {print (s >= 10 ? "met" : "NOT met")}')
meets_time=$(awk -v t="$rw_wall" 'BEGIN {print (t < 5 ? "met" : "NOT met")}')
rows=$(sed -n 's/.*(\([0-9]*\) extract rows.*/\1/p' "$tmp/rarewatch.time" | head -1)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
py_versions=$(/usr/bin/python3 -c 'import sys, pandas, openpyxl; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, openpyxl {openpyxl.__version__}")')

report=$(cat <<REPORT

## waits: CWT-CRS provider extracts, rarewatch vs pandas + openpyxl ($(date -u +%Y-%m-%dT%H:%MZ))

Machine: $cpu, $(nproc) cores, $mem; load average before the run $load_before (shared machine).
$java_version; $py_versions.
Input: ${#files[@]} XLSX provider extracts as published (${rows:-?} rows): $(for f in "${files[@]}"; do basename "$f"; done | paste -sd, - | sed 's/,/, /g').
Work: national, per cancer type and per route sums by month, quarter and financial year (31/62-day from
ALL MODALITIES rows); rarewatch also validates every row and computes Wilson intervals and thresholds.
Median of $runs runs each, whole process (JVM or Python start-up included); peak RSS is the largest seen.

| tool | wall time (s) | CPU user+sys (s) | peak RSS (MB) |
|---|---|---|---|
| \`./rarewatch waits\` | $rw_wall | $rw_cpu | $((rw_rss / 1024)) |
| pandas + openpyxl | $pd_wall | $pd_cpu | $((pd_rss / 1024)) |

Speed-up in wall time: ${speedup}x (target >= 10x: $meets_speed); in CPU time: ${cpu_ratio}x (rarewatch reads
the files on two threads). Rarewatch under 5 s: $meets_time.
October 2023 national FDS agrees between the two: $agree.
Runs (wall s, KB, CPU s): rarewatch $(paste -sd';' "$tmp/rw"); pandas $(paste -sd';' "$tmp/pd").
REPORT
)
echo "$report"
echo "$report" >>bench/RESULTS.md

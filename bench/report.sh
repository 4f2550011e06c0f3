#!/usr/bin/env bash
# Benchmark: whole-process wall time and peak RSS of `rarewatch report --edition 2020` (HTML + PDF) on a
# fresh H2 database seeded with the demo editions. Seeding is timed separately. Appends to bench/RESULTS.md.
# Usage: bench/report.sh [RUNS]   (default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
jar="$root/app/target/rarewatch.jar"
"$root/rarewatch" --version >/dev/null   # builds the jar if it is missing or stale (not timed)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="jdbc:h2:file:$work/db/rarewatch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt" >&2; exit 1; }
  local wall rss user sys
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  user=$(grep "User time" "$work/time.txt" | awk '{print $NF}')
  sys=$(grep "System time" "$work/time.txt" | awk '{print $NF}')
  printf '| %s | %s | %s + %s s | %d MB | %s |\n' "$label" "$wall" "$user" "$sys" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

{
  echo
  echo "## Annual report (bench/report.sh), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), memory $(free -h | awk '/Mem:/{print $2" total, "$7" available"}'); load average $(cut -d' ' -f1-3 /proc/loadavg) (shared with other builds)."
  echo "Command: \`java -jar app/target/rarewatch.jar report --edition 2020 --out DIR --db <fresh H2>\`, whole process (JVM start, Spring context, Flyway check, assemble, HTML, PDF)."
  echo
  echo "| step | wall time (m:ss) | CPU user + sys | peak RSS | load after |"
  echo "|---|---|---|---|---|"
  measure "seed: import tracker (demo editions), fresh H2" java -jar "$jar" import tracker "$root/app/src/main/resources/tracker/demo" --db "$db" --db-user sa
  # the same JVM + Spring + database start-up without the report, to separate start-up from rendering
  measure "baseline: export tracker (start-up, no report)" java -jar "$jar" export tracker --out "$work/export" --db "$db" --db-user sa
  for i in $(seq 1 "$runs"); do
    measure "report --edition 2020, run $i" java -jar "$jar" report --edition 2020 --out "$work/report-$i" --db "$db" --db-user sa
  done
  echo
  echo "Output sizes: report.html $(stat -c %s "$work/report-1/report.html") bytes, report.pdf $(stat -c %s "$work/report-1/report.pdf") bytes; runs identical: $(cmp -s "$work/report-1/report.pdf" "$work/report-$runs/report.pdf" && cmp -s "$work/report-1/report.html" "$work/report-$runs/report.html" && echo yes || echo NO)."
} | tee -a "$root/bench/RESULTS.md"

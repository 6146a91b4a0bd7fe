#!/usr/bin/env bash
# Runs Bindery's benchmarks on this machine and prints medians:
#  1. cold start: a new JVM process, from exec to the first answered request through the binding;
#  2. JMH: RPC and HTTP-binding round trips, a 10 KB RPC argument, a further group start in a warm JVM;
#  3. retained heap per worker.
# Usage: benchmarks/run.sh [quick]      (build first: mvn -B -ntp install -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick="${1:-}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="benchmarks/target/bindery-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
runs=11; [ "$quick" = quick ] && runs=3

echo "== cold start: process start -> first answer (median of $runs) =="
times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  out=$(./bindery fetch --quiet -c benchmarks/workers/a/wrangler.jsonc -c benchmarks/workers/b/wrangler.jsonc /)
  t1=$(date +%s%N)
  [ "$out" = "3" ] || { echo "unexpected answer: $out" >&2; exit 1; }
  times+=($(( (t1 - t0) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "cold start median: %d ms (min %d, max %d)\n", a[int((NR+1)/2)], a[1], a[NR]}'

echo "== JMH =="
jmh_args=(-f 1 -wi 3 -w 2s -i 5 -r 2s -tu us)
[ "$quick" = quick ] && jmh_args=(-f 1 -wi 1 -w 1s -i 2 -r 1s -tu us)
"$java_bin" -Dpolyglot.engine.WarnInterpreterOnly=false -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" \
  -rf json -rff benchmarks/target/jmh.json 'dev.bindery.benchmarks.*'

echo "== heap =="
"$java_bin" -Dpolyglot.engine.WarnInterpreterOnly=false -cp "$cp" dev.bindery.benchmarks.HeapPerWorker 20

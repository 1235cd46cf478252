#!/usr/bin/env bash
# Dumps the extraction JSON of every document the project ships (the labelled corpus, the
# examples, the policy test cases) plus a fixed set of synthetic cases into one file, so a
# performance change can be proved output-neutral: run before and after, then compare.
#
#   bench/golden-extract.sh /tmp/golden-before.json
#   ... change, rebuild (mvn -B -o -q package -DskipTests -pl cli,synth -am) ...
#   bench/golden-extract.sh /tmp/golden-after.json && cmp /tmp/golden-before.json /tmp/golden-after.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: golden-extract.sh OUT_FILE}"
jar="$root/cli/target/necessity.jar"
# The synthetic-case generator is not in the production jar; its command runs with its own jar beside it.
synth_jar="$root/synth/target/necessity-synth.jar"
[ -f "$jar" ] && [ -f "$synth_jar" ] || { echo "build first: mvn -B -o -q package -DskipTests -pl cli,synth -am" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Synthetic cases vary phrasing widely; a fixed seed makes them identical run to run.
java -cp "$jar:$synth_jar" dev.necessity.cli.Main synth --count 60 --out "$work/synth" --seed 7 >/dev/null 2>&1

# Each line: the name printed in the dump (stable across runs), a tab, the path to extract.
{
  echo "extract/src/test/resources/corpus	$root/extract/src/test/resources/corpus"
  for d in "$root"/examples/*/ "$root"/knowledge/policies/*/tests/*/; do d="${d%/}"; echo "${d#"$root"/}	$d"; done
  for d in "$work"/synth/*/; do d="${d%/}"; echo "synth/${d##*/}	$d"; done
} >"$work/inputs"

java -cp "$jar" "$root/bench/GoldenExtract.java" "$work/inputs" "$out"
echo "wrote $out: $(wc -l <"$out") lines from $(wc -l <"$work/inputs") inputs" >&2

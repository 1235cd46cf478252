#!/usr/bin/env bash
# Times `necessity assess` on the seed case with one long procedure note added: a dated injection
# line repeated to the size asked for (issue 13's reproduction is 400 KB; 4 MB is the per-document
# limit). The note is read as a procedure note and, with --clinical-note, as a clinic note, where
# every line is an injection finding of its own. Prints wall and CPU time and peak memory.
#
#   bench/long-note.sh 400K 4M                  # the launcher, as a user runs it
#   JAR=/tmp/old.jar bench/long-note.sh 400K    # another build, with the launcher's JVM flags
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
type="procedure-note"
sizes=()
for a in "$@"; do
  case "$a" in
    --clinical-note) type="clinical-note" ;;
    *) sizes+=("$a") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(400K)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
line='01/15/2026: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy, 60% relief for 3 weeks.'
for size in "${sizes[@]}"; do
  bytes="$(numfmt --from=iec "$size")"
  case_dir="$work/long-$size"
  cp -r "$root/examples/l5-s1-alif" "$case_dir"
  # Whole lines only, staying under the size (4M is exactly the per-document limit).
  count=$(( bytes / (${#line} + 1) ))
  awk -v n="$count" -v l="$line" 'BEGIN { for (i = 0; i < n; i++) print l }' >"$case_dir/injections.txt"
  sed -i 's|"documents": \[|"documents": [\n    { "file": "injections.txt", "type": "'"$type"'", "date": "2026-02-01" },|' "$case_dir/request.json"
  if [ -n "${JAR:-}" ]; then
    run=(java -XX:FreqInlineSize=50 -XX:MaxInlineLevel=4 -XX:InlineSmallCode=1000 -XX:+UseSerialGC -jar "$JAR")
  else
    run=("$root/necessity")
  fi
  /usr/bin/time -f "$size $type ($count lines, $(wc -c <"$case_dir/injections.txt") bytes): %e s wall, %U s user, %S s sys, %M KB peak" \
    "${run[@]}" assess "$case_dir" >/dev/null
done

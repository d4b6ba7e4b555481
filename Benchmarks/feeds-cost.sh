#!/usr/bin/env bash
# feeds-cost.sh BASEBIN NEWBIN [RUNS] — what the opt-in feeds (issue 17) cost at 10,000 postings.
#
#   Benchmarks/feeds-cost.sh ../openings-base/.build/release/openings .build/release/openings
#
# Five variants, interleaved in every round so drift of the machine hits all alike, each a
# full build into a fresh output folder (`build --force`, the folder removed first), on tmpfs
# (/dev/shm) and on disk (.build/bench/feeds/out, page cache dropped before each build when
# allowed):
#   base-off    BASEBIN, the corpus as generated (no feeds: what a build cost before them)
#   new-off     NEWBIN, the same corpus
#   new-subs    NEWBIN, feeds: { listings: true, calendar: true }
#   new-boards  NEWBIN, feeds: { indeed: true, linkedin: true }
#   new-on      NEWBIN, every feed on
# Prints medians of wall time and peak RSS, and the output's bytes per variant; raw samples
# go to .build/bench/feeds/raw.csv. The corpus is Benchmarks/generate.py 10000 --seed 1, as in
# Benchmarks/run. Environment: RUNS (5), SIZE (10000), SOURCE_DATE_EPOCH (1795824000).
set -euo pipefail
BASE=$(realpath "${1:?usage: feeds-cost.sh BASEBIN NEWBIN [RUNS]}")
NEW=$(realpath "${2:?usage: feeds-cost.sh BASEBIN NEWBIN [RUNS]}")
RUNS=${3:-${RUNS:-5}}
SIZE=${SIZE:-10000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/.build/bench/feeds
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795824000}
mkdir -p "$WORK"
corpus=$WORK/n$SIZE
[ -d "$corpus-off" ] || python3 "$ROOT/Benchmarks/generate.py" "$SIZE" "$corpus-off" --seed 1 >/dev/null
declare -A feeds=([subs]="{ listings: true, calendar: true }" [boards]="{ indeed: true, linkedin: true }"
                  [on]="{ listings: true, calendar: true, indeed: true, linkedin: true }")
for v in subs boards on; do
  rm -rf "$corpus-$v"; cp -a "$corpus-off" "$corpus-$v"
  printf 'feeds: %s\n' "${feeds[$v]}" >> "$corpus-$v/Content/site.yml"
done
raw=$WORK/raw.csv; : > "$raw"
variants="base-off new-off new-subs new-boards new-on"
for fs in tmpfs disk; do
  out=$([ $fs = tmpfs ] && echo /dev/shm/openings-feeds-cost || echo "$WORK/out")
  for round in $(seq 1 "$RUNS"); do
    for variant in $variants; do
      bin=$([ "${variant%%-*}" = base ] && echo "$BASE" || echo "$NEW")
      rm -rf "$out"; mkdir -p "$out"; sync
      [ $fs = disk ] && { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null || true
      /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$bin" build --site "$corpus-${variant#*-}" --output "$out/site" --force >/dev/null 2>&1
      bytes=$(du -sb "$out/site" | cut -f1)
      read -r wall rss < "$WORK/time.txt"
      echo "$fs,$variant,$round,$wall,$rss,$bytes" >> "$raw"
    done
  done
  rm -rf "$out"
done
python3 - "$raw" <<'PY'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
print("| file system | variant | wall (median, min–max) | vs base-off | peak RSS | output |")
print("| --- | --- | ---: | ---: | ---: | ---: |")
for fs in ("tmpfs", "disk"):
    base = None
    for v in ("base-off", "new-off", "new-subs", "new-boards", "new-on"):
        sel = [r for r in rows if r[0] == fs and r[1] == v]
        wall = [float(r[3]) for r in sel]
        median = statistics.median(wall)
        base = base or median
        rss = statistics.median(int(r[4]) for r in sel) / 1024
        size = statistics.median(int(r[5]) for r in sel) / 1e6
        print(f"| {fs} | {v} | {median:.2f} s ({min(wall):.2f}–{max(wall):.2f}) | {median / base:.3f}× | {rss:.0f} MiB | {size:.0f} MB |")
PY

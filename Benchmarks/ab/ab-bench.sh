#!/usr/bin/env bash
# ab-bench.sh BASEBIN NEWBIN [RUNS] — performance of NEWBIN against BASEBIN at 10,000 postings.
#
#   Benchmarks/ab/ab-bench.sh ../openings-base/.build/release/openings .build/release/openings      # RUNS=5
#   Benchmarks/ab/ab-bench.sh ../openings-base/.build/release/openings .build/release/openings 1    # smoke test
#
# Both binaries are measured in the same run, interleaved: each round runs A then B, the
# next round B then A (ABBA), so drift of the machine's speed hits both alike.
#
# Per round, per file system (tmpfs: a fresh folder under /dev/shm; disk: .build/bench/ab/disk-out),
# per binary, with `sync` before every timed command:
#   full-force  build --site S --output D/out --force, D removed first   (figure a; peak RSS = c)
#   full-fresh  build --site S --output D/out, D removed first            (what Benchmarks/run
#               calls the full build; it also writes the build record, which --force does not)
#   noop        the same build again, unchanged input                     (figure b; must say
#               "up to date", else the round is flagged)
# Then per round, per binary: serve-latency.py (Benchmarks/serve.py's edit, SERVE_RUNS edits) on a
# private copy of the site (.build/bench/ab/.serve-site.*, removed at the end):
#   serve edit -> `reload` event, edit -> page served with the new text, startup (first build).
#
# Writes .build/bench/ab/ab-results.md (markdown table: medians, min–max, NEW/baseline), prints
# it, and keeps the raw samples in ab-raw.csv and the serve JSON in ab-serve.jsonl beside it.
#
# Environment: RUNS (5; the third argument wins), SITE (the cached n10000 corpus, generated on
# first use), SERVE_RUNS (9), WARMUP (1 untimed build per binary first), FILESYSTEMS ("tmpfs disk"),
# SKIP_SERVE=1, RESULTS, RAW, SERVE_JSON, and lib.sh's REPO, AB_OUT, AB_CORPUS, AB_TMP,
# SOURCE_DATE_EPOCH (1795824000).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/lib.sh"
[ $# -ge 2 ] && [ $# -le 3 ] || { echo "usage: $0 BASEBIN NEWBIN [RUNS]" >&2; exit 2; }
BASE=$(abspath "$1")
NEW=$(abspath "$2")
RUNS=${3:-${RUNS:-5}}
SERVE_RUNS=${SERVE_RUNS:-9}
WARMUP=${WARMUP:-1}
FILESYSTEMS=${FILESYSTEMS:-tmpfs disk}
mkdir -p "$AB_OUT"
RESULTS=${RESULTS:-$AB_OUT/ab-results.md}
RAW=${RAW:-$AB_OUT/ab-raw.csv}
SERVE_JSON=${SERVE_JSON:-$AB_OUT/ab-serve.jsonl}
case "$RUNS" in ''|*[!0-9]*|0) echo "RUNS must be a positive number" >&2; exit 2;; esac
for fs in $FILESYSTEMS; do case $fs in tmpfs|disk) ;; *) echo "FILESYSTEMS: unknown $fs (tmpfs, disk)" >&2; exit 2;; esac; done
for b in "$BASE" "$NEW"; do [ -x "$b" ] && [ -f "$b" ] || { echo "ab-bench.sh: $b is not an executable" >&2; exit 2; }; done
if [ -z "${SITE:-}" ]; then SITE=$(ab_corpus n10000); else SITE=$(abspath "$SITE"); fi
[ -d "$SITE/Content/jobs" ] || { echo "ab-bench.sh: $SITE has no Content/jobs" >&2; exit 2; }
SITE_LABEL=$SITE
if [ ! -x /usr/bin/time ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi

TMPFS_ROOT=
case " $FILESYSTEMS " in *" tmpfs "*) TMPFS_ROOT=$(mktemp -d "$AB_TMP/openings-ab.XXXXXX");; esac
declare -A ROOTS=([tmpfs]=$TMPFS_ROOT [disk]=$AB_OUT/disk-out)
declare -A BIN=([base]=$BASE [new]=$NEW)
SERVE_SITE=
BUILD_SITE=
cleanup() {
  for fs in $FILESYSTEMS; do rm -rf "${ROOTS[$fs]}"; done
  [ -z "$BUILD_SITE" ] || rm -rf "$BUILD_SITE"
  [ -z "$SERVE_SITE" ] || rm -rf "$SERVE_SITE"
  [ -z "$WARM_ROOT" ] || rm -rf "$WARM_ROOT"
  rm -f "$AB_OUT/.serve-base.json" "$AB_OUT/.serve-new.json"
}
WARM_ROOT=
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }
echo "round,fs,binary,metric,value" > "$RAW"
: > "$SERVE_JSON"
sample() { echo "$1,$2,$3,$4,$5" >> "$RAW"; }
now_us() { local t=${EPOCHREALTIME//[.,]/}; echo "$t"; }

# timed FS TAG BUILD-ARGS... : one build with /usr/bin/time (peak RSS); prints "ms rss_kib"
timed() {
  local fs=$1 tag=$2; shift 2
  local dir=${ROOTS[$fs]}/$tag
  local rss=$dir.rss out=$dir.log
  sync
  local t0 t1
  t0=$(now_us)
  /usr/bin/time -f %M -o "$rss" "${BIN[$tag]}" build --site "$SITE" --output "$dir/out" "$@" > "$out" 2>&1 ||
    { log "build failed ($tag, $fs):"; tail -n 5 "$out" >&2; exit 1; }
  t1=$(now_us)
  echo "$(( (t1 - t0) / 1000 )).$(( (t1 - t0) % 1000 / 100 )) $(tail -n 1 "$rss")"
}

# Fresh start for a full build: no output, no build record. Older binaries keep the record beside
# the output (D/.out.openings.json), newer ones in the site (<site>/.openings/build-<hash>.json),
# which is why the builds read a private copy of the site.
fresh() { rm -rf "$1" "$SITE/.openings"; mkdir -p "$1"; }

one_round() { # ROUND TAG FS
  local r=$1 tag=$2 fs=$3 res
  local dir=${ROOTS[$fs]}/$tag
  fresh "$dir"
  res=$(timed "$fs" "$tag" --force); sample "$r" "$fs" "$tag" full_force_ms "${res% *}"; sample "$r" "$fs" "$tag" full_force_rss_kib "${res#* }"
  local a=${res% *} rss=${res#* }
  fresh "$dir"
  res=$(timed "$fs" "$tag"); sample "$r" "$fs" "$tag" full_fresh_ms "${res% *}"; sample "$r" "$fs" "$tag" full_fresh_rss_kib "${res#* }"
  local b=${res% *}
  res=$(timed "$fs" "$tag")
  if ! grep -q 'up to date' "$dir.log"; then
    log "WARNING: the no-op rebuild ($tag, $fs, round $r) was not a no-op: $(tail -n 1 "$dir.log")"
    sample "$r" "$fs" "$tag" noop_not_up_to_date 1
  fi
  sample "$r" "$fs" "$tag" noop_ms "${res% *}"; sample "$r" "$fs" "$tag" noop_rss_kib "${res#* }"
  log "  round $r $fs $tag: full --force ${a} ms, full fresh ${b} ms, no-op ${res% *} ms, peak RSS (--force) $((rss / 1024)) MiB"
  rm -rf "$dir"
}

# The builds read a private copy of the site (Content/ and Themes/; on disk, in .build/bench/ab),
# so build records the binaries leave in <site>/.openings/ never reach the cached corpus.
BUILD_SITE=$(mktemp -d "$AB_OUT/.site.XXXXXX")
cp -a "$SITE/Content" "$BUILD_SITE/"
[ ! -d "$SITE/Themes" ] || cp -a "$SITE/Themes" "$BUILD_SITE/"
SITE=$BUILD_SITE

START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
START_TIME=$(date -u +%FT%TZ)
T0=$SECONDS
log "ab-bench: baseline $BASE, new $NEW, $RUNS round(s), site $SITE ($(find "$SITE/Content/jobs" -name '*.md' | wc -l) job files), load $START_LOAD"
for fs in $FILESYSTEMS; do mkdir -p "${ROOTS[$fs]}"; done

if [ "$WARMUP" -gt 0 ]; then
  log "warm-up: one untimed build per binary (page cache, binaries)"
  for tag in base new; do
    [ -n "$WARM_ROOT" ] || WARM_ROOT=$(mktemp -d "$AB_TMP/openings-ab-warm.XXXXXX")
    d=$WARM_ROOT/$tag; mkdir -p "$d"
    "${BIN[$tag]}" build --site "$SITE" --output "$d/out" --force > /dev/null 2>&1 || { log "warm-up build failed for ${BIN[$tag]}"; exit 1; }
    rm -rf "$d"
  done
fi

# serve-latency.py edits a job file (and restores it): give it a private copy of the site, on
# the same disk, so a compare-output.sh running at the same time never reads an edited file.
if [ -z "${SKIP_SERVE:-}" ]; then
  SERVE_SITE=$(mktemp -d "$AB_OUT/.serve-site.XXXXXX")
  cp -a "$SITE/Content" "$SERVE_SITE/"
  [ ! -d "$SITE/Themes" ] || cp -a "$SITE/Themes" "$SERVE_SITE/"
fi

for r in $(seq 1 "$RUNS"); do
  if [ $((r % 2)) = 1 ]; then order="base new"; else order="new base"; fi
  for fs in $FILESYSTEMS; do
    for tag in $order; do one_round "$r" "$tag" "$fs"; done
  done
  if [ -z "${SKIP_SERVE:-}" ]; then
    for tag in $order; do
      sync
      if ! python3 "$HERE/serve-latency.py" "${BIN[$tag]}" "$SERVE_SITE" --runs "$SERVE_RUNS" --serve-py "$REPO/Benchmarks/serve.py" > "$AB_OUT/.serve-$tag.json"; then
        log "serve-latency.py failed for $tag"; exit 1
      fi
      python3 - "$AB_OUT/.serve-$tag.json" "$r" "$tag" "$RAW" "$SERVE_JSON" <<'EOF'
import json, sys
path, r, tag, raw, jl = sys.argv[1:]
d = json.load(open(path))
d["round"], d["tag"] = int(r), tag
with open(raw, "a") as f:
    for x in d["event_ms"]:
        f.write("%s,-,%s,serve_event_ms,%.2f\n" % (r, tag, x))
    for x in d["page_ms"]:
        f.write("%s,-,%s,serve_page_ms,%.2f\n" % (r, tag, x))
    f.write("%s,-,%s,serve_startup_ms,%.1f\n" % (r, tag, d["startup_seconds"] * 1000))
    f.write("%s,-,%s,serve_stale,%d\n" % (r, tag, d["stale"]))
    f.write("%s,-,%s,serve_errors,%d\n" % (r, tag, len(d["errors"])))
with open(jl, "a") as f:
    f.write(json.dumps(d) + "\n")
ev = sorted(d["event_ms"])
print("  round %s serve %s: edit->reload median %.1f ms (%s), startup %.2f s, stale %d, errors %s"
      % (r, tag, ev[len(ev) // 2], " ".join("%.0f" % x for x in d["event_ms"]), d["startup_seconds"], d["stale"], d["errors"] or "none"),
      file=sys.stderr)
EOF
      rm -f "$AB_OUT/.serve-$tag.json"
    done
  fi
done
END_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
ELAPSED=$((SECONDS - T0))

fstype() { df -T "$1" 2>/dev/null | awk 'NR==2 {print $2}'; }
SITE=$SITE_LABEL
export BASE NEW SITE RUNS SERVE_RUNS START_LOAD END_LOAD START_TIME ELAPSED RAW RESULTS FILESYSTEMS
export FS_TMPFS="$(fstype "$AB_TMP") ($AB_TMP/openings-ab.*)" FS_DISK="$(fstype "$AB_OUT") ($AB_OUT/disk-out)" AB_OUT SERVE_JSON
export BASE_SUM=$(sha256sum "$BASE" | cut -c1-12) NEW_SUM=$(sha256sum "$NEW" | cut -c1-12)
export NPROC=$(nproc) CPU=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
python3 "$HERE/ab-report.py"

#!/usr/bin/env bash
# compare-output.sh BASEBIN NEWBIN — is NEWBIN's output byte-identical to BASEBIN's?
#
#   Benchmarks/ab/compare-output.sh ../openings-base/.build/release/openings .build/release/openings
#
# With SOURCE_DATE_EPOCH fixed, runs both binaries on the same inputs and compares:
#
#   build --site S --output DIR --force   example site (the repository root), n1000, n10000,
#                                         n1000 with --drafts, and the findings site (a build
#                                         that fails: exit 1, nothing written)
#       -> diff -r of the two output trees, plus exit code, stdout and stderr
#          (stderr with the "in 0.65 s" timing masked)
#   check --site S [--format text|json|github]   example site, n1000, findings
#       -> stdout, stderr, exit code
#
# The corpora are generated on first use and cached in .build/bench/ab/corpus/ (see lib.sh);
# the findings site needs the real postings ($REAL_CORPUS, default ../shared/corpus/real beside
# the repository) and its cases are skipped with a message without them.
# Outputs go to a scratch folder under /dev/shm, deleted after every case (and on exit).
# Differences are listed on stdout and kept in .build/bench/ab/compare-logs/<case>.*
# Exit status: 0 all identical (skipped cases aside), 1 some difference, 2 usage.
#
# Environment: EXAMPLE_SITE (the repository root), CASES (space-separated subset of case
# names, e.g. CASES="build:n1000 check-json:findings"; default all), LOGS, and lib.sh's
# REPO, AB_OUT, AB_CORPUS, REAL_CORPUS, AB_TMP, SOURCE_DATE_EPOCH.
set -uo pipefail

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
usage() { echo "usage: $0 BASEBIN NEWBIN" >&2; exit 2; }
[ $# -eq 2 ] || usage
BASE=$(abspath "$1")
NEW=$(abspath "$2")
[ -x "$BASE" ] && [ -f "$BASE" ] || { echo "compare-output.sh: $BASE is not an executable" >&2; exit 2; }
[ -x "$NEW" ] && [ -f "$NEW" ] || { echo "compare-output.sh: $NEW is not an executable" >&2; exit 2; }

EXAMPLE=$(abspath "${EXAMPLE_SITE:-$REPO}")
LOGS=${LOGS:-$AB_OUT/compare-logs}
[ -d "$EXAMPLE/Content" ] || { echo "compare-output.sh: $EXAMPLE has no Content/" >&2; exit 2; }

ALL_CASES="build:example build:n1000 build:n1000-drafts build:n10000 build:findings"
for site in example n1000 findings; do ALL_CASES+=" check-text:$site check-json:$site check-github:$site"; done
for c in ${CASES:-}; do
  [[ " $ALL_CASES " == *" $c "* ]] || { echo "compare-output.sh: unknown case $c (cases: $ALL_CASES)" >&2; exit 2; }
done

SCRATCH=$(mktemp -d "$AB_TMP/openings-compare.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT INT TERM
rm -rf "$LOGS"; mkdir -p "$LOGS"
# Same working folder for both binaries (paths in messages are the --site argument as typed).
cd "$SCRATCH" || exit 2

SUMMARY=()
FAILED=0
record() { # case verdict seconds
  SUMMARY+=("$(printf '%-22s %-10s %s' "$1" "$2" "$3")")
  case $2 in identical|skipped) ;; *) FAILED=1;; esac
}
# site_dir NAME: sets SITE_DIR (example, or a cached corpus, generated when needed); 1 if unavailable.
site_dir() {
  case $1 in
    example) SITE_DIR=$EXAMPLE;;
    *) SITE_DIR=$(ab_corpus "$1") || return 1;;
  esac
}
wanted() { [ -z "${CASES:-}" ] || [[ " $CASES " == *" $1 "* ]]; }
mask_timing() { sed -E 's/ in [0-9]+(\.[0-9]+)? ?(ms|s)\b/ in <T>/g'; }

# run TAG BIN ARGS... : stdout/stderr/rc into $SCRATCH/TAG.{out,err,rc}
run() {
  local tag=$1 bin=$2; shift 2
  "$bin" "$@" > "$SCRATCH/$tag.out" 2> "$SCRATCH/$tag.err"
  echo $? > "$SCRATCH/$tag.rc"
}

# compare_streams CASE : compares base.* and new.*; prints differences; returns 1 if any
compare_streams() {
  local name=$1 bad=0 s
  for s in rc out err; do
    if ! cmp -s "$SCRATCH/base.$s" "$SCRATCH/new.$s"; then
      bad=1
      case $s in
        rc)  echo "  exit code differs: baseline $(cat "$SCRATCH/base.rc"), new $(cat "$SCRATCH/new.rc")";;
        out) echo "  stdout differs ($(wc -l < "$SCRATCH/base.out") vs $(wc -l < "$SCRATCH/new.out") lines)";;
        err) echo "  stderr differs ($(wc -l < "$SCRATCH/base.err") vs $(wc -l < "$SCRATCH/new.err") lines)";;
      esac
      if [ "$s" != rc ]; then
        diff -u "$SCRATCH/base.$s" "$SCRATCH/new.$s" > "$LOGS/$name.$s.diff"
        head -n 20 "$LOGS/$name.$s.diff" | sed 's/^/    /'
      fi
    fi
  done
  return $bad
}

# ---------------------------------------------------------------- builds
build_case() { # NAME SITE-NAME [EXTRA BUILD ARGS...]
  local name=$1 site; shift
  wanted "$name" || return 0
  if ! site_dir "$1"; then echo "== $name: skipped (site $1 unavailable)"; record "$name" skipped "-"; return 0; fi
  site=$SITE_DIR; shift
  local t0=$SECONDS bad=0
  printf '== %s: build --site %s --force %s\n' "$name" "$site" "$*"
  rm -rf "$SCRATCH/base" "$SCRATCH/new"; mkdir -p "$SCRATCH/base" "$SCRATCH/new"
  run base "$BASE" build --site "$site" --output "$SCRATCH/base/out" --force "$@"
  run new "$NEW" build --site "$site" --output "$SCRATCH/new/out" --force "$@"
  # The output folder is part of the summary line ("built N files into DIR"): make it equal.
  sed -i "s#$SCRATCH/base/out#<OUT>#g" "$SCRATCH/base.out" "$SCRATCH/base.err"
  sed -i "s#$SCRATCH/new/out#<OUT>#g" "$SCRATCH/new.out" "$SCRATCH/new.err"
  for t in base new; do mask_timing < "$SCRATCH/$t.err" > "$SCRATCH/$t.err.m" && mv "$SCRATCH/$t.err.m" "$SCRATCH/$t.err"; done
  compare_streams "$name" || bad=1
  local files
  files=$(find "$SCRATCH/base/out" -type f 2>/dev/null | wc -l)
  if [ -d "$SCRATCH/base/out" ] || [ -d "$SCRATCH/new/out" ]; then
    if ! diff -rq "$SCRATCH/base/out" "$SCRATCH/new/out" > "$LOGS/$name.tree.list" 2>&1; then
      bad=1
      sed -i -e "s#$SCRATCH/base/out#BASE#g" -e "s#$SCRATCH/new/out#NEW#g" "$LOGS/$name.tree.list"
      # The content diff, capped at 20 MB (every page of n10000 differing would be far more).
      (cd "$SCRATCH" && diff -ru base/out new/out | head -c 20000000 > "$LOGS/$name.tree.diff")
      echo "  output trees differ: $(wc -l < "$LOGS/$name.tree.list") files (list: $LOGS/$name.tree.list, diff: $LOGS/$name.tree.diff); first ones:"
      head -n 25 "$LOGS/$name.tree.list" | sed 's/^/    /'
    else
      rm -f "$LOGS/$name.tree.list"
    fi
  fi
  echo "  rc $(cat "$SCRATCH/base.rc"), $files files"
  rm -rf "$SCRATCH/base" "$SCRATCH/new"
  if [ $bad = 0 ]; then record "$name" identical "$((SECONDS - t0)) s"; else record "$name" DIFFERENT "$((SECONDS - t0)) s"; fi
}

# ---------------------------------------------------------------- checks
check_case() { # NAME SITE-NAME [CHECK ARGS...]
  local name=$1 site; shift
  wanted "$name" || return 0
  if ! site_dir "$1"; then echo "== $name: skipped (site $1 unavailable)"; record "$name" skipped "-"; return 0; fi
  site=$SITE_DIR; shift
  local t0=$SECONDS bad=0
  printf '== %s: check --site %s %s\n' "$name" "$site" "$*"
  run base "$BASE" check --site "$site" "$@"
  run new "$NEW" check --site "$site" "$@"
  compare_streams "$name" || bad=1
  echo "  rc $(cat "$SCRATCH/base.rc"), $(wc -l < "$SCRATCH/base.out") stdout lines, stderr: $(tail -n 1 "$SCRATCH/base.err")"
  if [ $bad = 0 ]; then record "$name" identical "$((SECONDS - t0)) s"; else record "$name" DIFFERENT "$((SECONDS - t0)) s"; fi
}

echo "baseline: $BASE ($(cksum < "$BASE" | cut -d' ' -f1))"
echo "new:      $NEW ($(cksum < "$NEW" | cut -d' ' -f1))"
echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH, scratch $SCRATCH"

build_case build:example example
build_case build:n1000 n1000
build_case build:n1000-drafts n1000 --drafts
build_case build:n10000 n10000
build_case build:findings findings
for site in example n1000 findings; do
  check_case "check-text:$site" "$site"
  check_case "check-json:$site" "$site" --format json
  check_case "check-github:$site" "$site" --format github
done

echo
echo "summary (baseline vs $NEW):"
printf '%s\n' "${SUMMARY[@]}"
SKIPPED=$(printf '%s\n' "${SUMMARY[@]}" | grep -c ' skipped ' || true)
if [ $FAILED = 0 ]; then
  if [ "$SKIPPED" -gt 0 ]; then echo "ALL IDENTICAL ($SKIPPED case(s) skipped)"; else echo "ALL IDENTICAL"; fi
  rmdir "$LOGS" 2>/dev/null || true
else
  echo "DIFFERENCES FOUND (details in $LOGS/)"
fi
exit $FAILED

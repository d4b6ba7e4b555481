# lib.sh — sourced by compare-output.sh and ab-bench.sh: paths and the cached corpora.
#
# Everything is relative to the repository holding this file (REPO), or set in the environment:
#   REPO          the repository root (git rev-parse --show-toplevel, else ../.. of this folder)
#   AB_OUT        results and scratch on disk: $REPO/.build/bench/ab
#   AB_CORPUS     cached corpora: $AB_OUT/corpus/{n1000,n10000,findings}
#   REAL_CORPUS   real postings for the findings site: ../shared/corpus/real beside $REPO
#   AB_TMP        tmpfs scratch root: /dev/shm if writable, else ${TMPDIR:-/tmp}
#   SOURCE_DATE_EPOCH  1795824000 (2026-11-28, the date the generated closing dates are relative to)
AB_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=${REPO:-$(git -C "$AB_HERE" rev-parse --show-toplevel 2>/dev/null || (cd "$AB_HERE/../.." && pwd))}
AB_OUT=${AB_OUT:-$REPO/.build/bench/ab}
AB_CORPUS=${AB_CORPUS:-$AB_OUT/corpus}
REAL_CORPUS=${REAL_CORPUS:-$(cd "$REPO/.." && pwd)/shared/corpus/real}
ab_abs() { case $1 in /*) echo "$1";; *) echo "$PWD/$1";; esac; }
AB_OUT=$(ab_abs "$AB_OUT"); AB_CORPUS=$(ab_abs "$AB_CORPUS"); REAL_CORPUS=$(ab_abs "$REAL_CORPUS")
if [ -z "${AB_TMP:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then AB_TMP=/dev/shm; else AB_TMP=${TMPDIR:-/tmp}; fi
fi
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795824000}
AB_SEED=1

abspath() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
ab_log() { printf '%s\n' "$*" >&2; }

# The stamp a cached corpus must carry; a different stamp (generator or inputs changed) regenerates it.
ab_stamp() { # NAME
  local gen
  gen=$(cat "$REPO/Benchmarks/generate.py" | md5sum | cut -c1-12)
  case $1 in
    findings) echo "$gen-$(cat "$AB_HERE/make-findings.py" | md5sum | cut -c1-12)-$(cd "$REAL_CORPUS" && find . -name '*.md' -type f -print0 | sort -z | xargs -0 md5sum | md5sum | cut -c1-12)";;
    *) echo "$gen-seed$AB_SEED";;
  esac
}

# ab_corpus NAME -> prints the site folder (n1000, n10000 or findings), generating it when it is
# missing, stale, or its files no longer match its SHA256SUMS (an edit left behind). Returns 3 with
# a message when the findings site cannot be made because REAL_CORPUS is missing.
ab_corpus() {
  local name=$1 dir=$AB_CORPUS/$1 stamp tmp
  if [ "$name" = findings ] && [ ! -d "$REAL_CORPUS" ]; then
    ab_log "no real postings at $REAL_CORPUS (set REAL_CORPUS): the findings site is skipped"
    return 3
  fi
  stamp=$(ab_stamp "$name")
  if [ "$(cat "$dir/.stamp" 2>/dev/null || true)" = "$stamp" ] &&
     (cd "$dir" && sha256sum -c --quiet --strict .sha256sums > /dev/null 2>&1); then
    echo "$dir"; return 0
  fi
  [ -d "$dir" ] && ab_log "corpus $name is stale or was modified: regenerating"
  mkdir -p "$AB_CORPUS"
  tmp=$(mktemp -d "$AB_CORPUS/.tmp-$name.XXXXXX")
  case $name in
    n[0-9]*)
      ab_log "generating $name: Benchmarks/generate.py ${name#n} --seed $AB_SEED"
      python3 "$REPO/Benchmarks/generate.py" "${name#n}" "$tmp/site" --seed "$AB_SEED" >&2 || { rm -rf "$tmp"; return 1; }
      ;;
    findings)
      local base; base=$(ab_corpus n1000) || { rm -rf "$tmp"; return 1; }
      python3 "$AB_HERE/make-findings.py" "$base" "$REAL_CORPUS" "$tmp/site" >&2 || { rm -rf "$tmp"; return 1; }
      ;;
    *) ab_log "unknown corpus $name"; rm -rf "$tmp"; return 1;;
  esac
  (cd "$tmp/site" && find . -type f ! -name .sha256sums ! -name .stamp -print0 | sort -z | xargs -0 sha256sum > .sha256sums)
  echo "$stamp" > "$tmp/site/.stamp"
  rm -rf "$dir"; mv "$tmp/site" "$dir"; rmdir "$tmp"
  echo "$dir"
}

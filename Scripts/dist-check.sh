#!/usr/bin/env bash
# dist-check.sh TARBALL — proves the release tarball runs where neither Swift nor
# libcmark is installed: makes a minimal Debian root with debootstrap (bookworm,
# minbase), unpacks the tarball into it and, inside it, runs `openings init`,
# `check`, `build` and `serve`, which must answer a request, and `import greenhouse`
# of a small board, whose HTML goes through the libxml2 linked into the binary.
#
# Needs root (chroot) or passwordless sudo, and Debian's mirror. The root is kept in
# .build/dist-check/root between runs (DIST_CHECK_ROOT overrides); a new one takes a
# few minutes.
set -euo pipefail
TARBALL=$(realpath "${1:?usage: dist-check.sh TARBALL}")
ROOT=${DIST_CHECK_ROOT:-$PWD/.build/dist-check/root}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if ! command -v debootstrap >/dev/null; then
  echo "dist-check: installing debootstrap"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
if [ ! -x "$ROOT/bin/bash" ]; then
  echo "dist-check: making a minimal Debian root in $ROOT"
  $SUDO rm -rf "$ROOT"
  mkdir -p "$(dirname "$ROOT")"
  $SUDO debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >/dev/null
fi

# The point of the check: nothing of the build machine's toolchain is in there.
for forbidden in usr/bin/swift usr/lib/x86_64-linux-gnu/libcmark.so usr/lib/aarch64-linux-gnu/libcmark.so \
                 usr/lib/x86_64-linux-gnu/libxml2.so.2 usr/lib/aarch64-linux-gnu/libxml2.so.2; do
  if [ -e "$ROOT/$forbidden" ]; then echo "dist-check: $ROOT has /$forbidden; remove $ROOT and run again" >&2; exit 1; fi
done

$SUDO rm -rf "$ROOT/opt/openings" "$ROOT/tmp/careers"
$SUDO mkdir -p "$ROOT/opt/openings"
$SUDO tar -xzf "$TARBALL" -C "$ROOT/opt/openings" --strip-components=1
mounted=""
cleanup() { if [ -n "$mounted" ]; then $SUDO umount "$ROOT/proc" || true; fi; }
trap cleanup EXIT
if ! mountpoint -q "$ROOT/proc"; then $SUDO mount -t proc proc "$ROOT/proc"; mounted=1; fi

echo "dist-check: running the binary inside the Debian root"
$SUDO chroot "$ROOT" /usr/bin/env -i PATH=/opt/openings:/usr/bin:/bin HOME=/tmp SOURCE_DATE_EPOCH=1795824000 /bin/bash -euo pipefail -c '
  cd /tmp
  # jemalloc is linked in (no libjemalloc here), and is the allocator the binary reports.
  openings --version | tee version.txt
  grep -Eq ", jemalloc [0-9]+[.][0-9]+[.][0-9]+[)]$" version.txt
  openings init careers
  openings check --site careers
  openings build --site careers
  test -s careers/Public/index.html && test -s careers/Public/jobs.json
  openings serve --site careers --port 8765 > serve.log 2>&1 &
  server=$!
  for _ in $(seq 1 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/8765) 2>/dev/null; then break; fi
    sleep 0.1
  done
  exec 3<>/dev/tcp/127.0.0.1/8765
  printf "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" >&3
  response=$(timeout 10 cat <&3 || true)
  kill -INT $server; wait $server || true
  case "$response" in
    "HTTP/1.1 200"*"Open positions"*) echo "serve answered: ${response%%$'"'"'\r'"'"'*}";;
    *) echo "serve did not answer as expected:"; echo "$response" | head -5; cat serve.log; exit 1;;
  esac
  # A Greenhouse board as its API answers (content escaped once more as text).
  printf "%s" '"'"'{"jobs":[{"id":7,"title":"Support Lead","updated_at":"2026-11-02T10:00:00Z","location":{"name":"Denver, CO"},"absolute_url":"https://boards.greenhouse.io/acme/jobs/7","content":"&lt;h2&gt;About&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Help &lt;b&gt;people&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;x()&lt;/script&gt;","departments":[{"name":"Engineering"}],"offices":[]}],"meta":{"total":1}}'"'"' > board.json
  openings import greenhouse board.json --site careers
  grep -q "^- Help \*\*people\*\*$" careers/Content/jobs/support-lead.md
  if grep -q "x()" careers/Content/jobs/support-lead.md; then echo "the board'"'"'s script reached the posting"; exit 1; fi
'
echo "dist-check: $(basename "$TARBALL") runs on a bare Debian bookworm (no Swift, no libcmark, no libxml2, no jemalloc)"

"""The one way the embed scripts write a generated Swift file: with `--check` on the
command line, exit 1 with `stale` when the committed file differs from `text`;
otherwise write it."""
import os
import sys


def emit(out, text, stale):
    if "--check" in sys.argv:
        current = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        sys.exit(stale if current != text else 0)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, "w", encoding="utf-8").write(text)

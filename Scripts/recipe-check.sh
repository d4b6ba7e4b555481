#!/usr/bin/env bash
# recipe-check.sh TARBALL — `openings init --ci github`, then the recipe's own shell
# steps, as GitHub would run them, against TARBALL served from a local folder instead
# of a release URL: download, checksum, unpack, check, build. Proves the recipe a new
# site gets works with the binary `make dist` makes.
set -euo pipefail
TARBALL=$(realpath "${1:?usage: recipe-check.sh TARBALL}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
releases="$work/releases"
mkdir -p "$releases"
cp "$TARBALL" "$TARBALL.sha256" "$releases/"
# The binary that writes the site is the one in the tarball.
mkdir -p "$work/tool"
tar -xzf "$TARBALL" -C "$work/tool" --strip-components=1
"$work/tool/openings" init "$work/careers" --ci github > /dev/null
cd "$work/careers"
python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
python3 - "$releases" <<'PY'
import os, subprocess, sys, yaml
releases = sys.argv[1]
workflow = yaml.safe_load(open(".github/workflows/careers.yml"))
env = dict(os.environ)
env.update({k: str(v) for k, v in workflow["env"].items()})
# The tarball comes from the local folder; the checksum from the .sha256 beside it.
env["OPENINGS_RELEASES"] = "file://" + releases
path_file = os.path.join(os.getcwd(), ".github-path")
env["GITHUB_PATH"] = path_file
open(path_file, "w").close()
steps = workflow["jobs"]["deploy"]["steps"]
runs = [step["run"] for step in steps if "run" in step]
assert any("openings check" in run for run in runs) and any("openings build" in run for run in runs), runs
for run in runs:
    extra = [line.strip() for line in open(path_file) if line.strip()]
    env["PATH"] = ":".join(extra + [os.environ["PATH"]])
    print("+ " + run.strip().replace("\n", "\n+ "), flush=True)
    subprocess.run(["bash", "-eo", "pipefail", "-c", run], env=env, check=True)
PY
test -s Public/index.html && test -s Public/jobs.json
echo "recipe-check: openings init --ci github, then its deploy steps, checked and built the site"

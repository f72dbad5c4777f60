#!/usr/bin/env bash
# Measure brief whole-process on generated briefings (see scripts/bench):
# builds brief from this tree, then runs the harness with the arguments
# given, e.g.
#
#   scripts/bench.sh -runs 5 -only first,keys -vs less,glow
#   scripts/bench.sh -only idle -sizes 5M -formats md
#
# BRIEF=/path/to/brief measures that binary instead (another commit's, say).
# Needs tmux for the reader's figures. Not part of CI: run it on a quiet
# machine and quote medians.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${BRIEF:-}
if [[ -z $bin ]]; then
	bin=$work/brief
	(cd "$root" && go build -o "$bin" .)
fi
cd "$root"
go build -o "$work/bench" ./scripts/bench
"$work/bench" -brief "$bin" "$@"

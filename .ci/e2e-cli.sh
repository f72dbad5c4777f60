#!/usr/bin/env bash
# End-to-end checks of the real brief binary: the sample on a terminal (in a
# private tmux server), JSON export from stdin, one-line errors with exit
# status 1, and --version/--help without a terminal.
set -euo pipefail

# shellcheck source=.ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_start cli
e2e_build -ldflags "-X main.version=e2e-cli-test"

# --- the built-in sample on a terminal --------------------------------------
# The headline to look for: the export's title, or the sample's first line
# while the parser gives no title.
title=$("$bin" export --format json </dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')
if [[ -z $title ]]; then
	title=$(grep -m1 -v '^[[:space:]]*$' "$root/content/sample/briefing.txt" | sed 's/^#* *//')
fi
[[ -n $title ]] || fail "no sample title to look for"

# The shell line keeps the pane alive after brief exits (print mode) and
# reports its status; q quits the full-screen reader once there is one.
e2e_brief 120 40
# Glamour may wrap or pad: compare with runs of spaces squeezed.
screen() { tmux "${S[@]}" capture-pane -p -t "$T" | tr -s ' '; }
want=$(echo "$title" | tr -s ' ' | cut -c1-60)
wait_for "$want" || fail "brief on a terminal did not show the sample title '$want'"
keys q
wait_for "__EXIT 0" || fail "brief on a terminal did not exit 0"
pass "sample on a terminal shows its title and exits 0"

# On a terminal the error may be coloured, but it is still one line.
e2e_brief 120 40 "'$work/nope.txt'"
wait_for "__EXIT 1" || fail "a missing file on a terminal did not exit 1"
lines=$(screen | grep -v '^ *$' | grep -vc '__EXIT' || true)
[[ $lines -eq 1 ]] && screen | grep -qF "brief: $work/nope.txt: no such file" ||
	fail "the error on a terminal is not one line naming the file"
pass "error on a terminal is one line"

# --- export from stdin is JSON ------------------------------------------------
doc=$work/harbour.txt
printf '%s\n' "Harbour talks end without a deal" "" "Mayor Ilse Varga met the union." "" \
	"1. No agreement yet" "" "“We are not there yet,” Varga said." >"$doc"
"$bin" export --format json - <"$doc" >"$work/out.json"
python3 - "$work/out.json" <<'PY' || fail "export --format json on stdin is not the documented JSON"
import json, sys
e = json.load(open(sys.argv[1]))
assert e["source"] == "-", e["source"]
for key in ("sections", "speakers", "quotes"):
    assert isinstance(e[key], list), key
PY
pass "export --format json on stdin parses as JSON"

# --- errors: one line on stderr, exit 1, nothing on stdout -----------------
printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$work/binary.txt"
: >"$work/empty.txt"
expect_error() {
	local what=$1 path=$2 problem=$3 rc=0
	"$bin" "$path" </dev/null >"$work/stdout" 2>"$work/stderr" || rc=$?
	[[ $rc -eq 1 ]] || fail "$what: exit status $rc, want 1"
	[[ ! -s $work/stdout ]] || fail "$what: printed to stdout"
	[[ $(wc -l <"$work/stderr") -eq 1 ]] || { cat "$work/stderr"; fail "$what: stderr is not one line"; }
	grep -qF "brief: $path: $problem" "$work/stderr" || { cat "$work/stderr"; fail "$what: stderr does not name the file and problem"; }
	! grep -q $'\x1b' "$work/stderr" || fail "$what: escape sequences in a non-terminal stderr"
	pass "$what: one-line error, exit 1"
}
expect_error "binary file" "$work/binary.txt" "not a text document"
expect_error "empty file" "$work/empty.txt" "empty document"
expect_error "missing file" "$work/missing.txt" "no such file"

# --- --version and --help with no terminal ----------------------------------
out=$(timeout 10 "$bin" --version </dev/null 2>&1) || fail "--version failed: $out"
[[ $out == *e2e-cli-test* ]] || fail "--version printed '$out'"
pass "--version without a terminal: $out"
out=$(timeout 10 "$bin" --help </dev/null 2>&1) || fail "--help failed"
[[ $out == *export* && $out == *quotes* ]] || fail "--help does not list the commands"
pass "--help without a terminal"

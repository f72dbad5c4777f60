#!/usr/bin/env bash
# End-to-end check of the reader at 80×24, as a new user first meets it, on
# the shipped eleven-point example (examples/harbour-talks.txt), in a
# private tmux server: every point number is on screen (or a scroll hint
# says more are below), the reading column is at least 70 wide, :11 enter
# reaches point 11, help opened after a search shows q and esc (or scrolls
# to them), and q closes help without quitting.
#
# Headings and counts come from `brief export`, so the script follows the
# example and the parser as they change.
set -euo pipefail

# shellcheck source=.ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_start first
e2e_build
doc=$root/examples/harbour-talks.txt

"$bin" export --format json "$doc" >"$work/doc.json"
read -r points last_heading word < <(python3 - "$work/doc.json" <<'PY'
import collections, json, re, sys
d = json.load(open(sys.argv[1]))
secs = d["sections"]
text = " ".join(q["text"] for q in d["quotes"])
word = collections.Counter(w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)).most_common(1)[0][0]
print(len(secs), " ".join(secs[-1]["heading"].split()[:3]).replace(" ", "_"), word)
PY
)
last_heading=${last_heading//_/ }
[[ $points -ge 10 ]] || { echo "the example has $points points; this check wants ten or more" >&2; exit 1; }

extra_env=COLORTERM=truecolor e2e_brief 80 24 "'$doc'"
wait_for "harbour-talks.txt" || fail "the reader did not open"
settle

# --- every point number, or a scroll hint --------------------------------
# The outline is the pane left of the document: the columns before the
# document's frame.
top=$(screen | head -n 1)
doc_left=$(python3 -c 'import sys; l=sys.argv[1]; print(l.index("╭", 1))' "$top")
doc_right=$(python3 -c 'import sys; l=sys.argv[1]; print(l.rindex("╮"))' "$top")
shown=$(screen | sed -n "2,22p" | cut -c1-"$doc_left" | grep -oE '[0-9]+' | sort -n | uniq | tr '\n' ' ')
missing=""
for n in $(seq 1 "$points"); do
	[[ " $shown " == *" $n "* ]] || missing+=" $n"
done
if [[ -n $missing ]]; then
	screen | sed -n 23p | cut -c1-"$doc_left" | grep -q '↓' ||
		fail "points$missing are not in the outline and no scroll hint says so"
	pass "the outline shows some points and a scroll hint for$missing"
else
	pass "the outline shows all $points point numbers"
fi

# --- the reading column -------------------------------------------------
inner=$((doc_right - doc_left - 1))
longest=$(screen | sed -n "2,22p" | python3 -c '
import sys
l, r = int(sys.argv[1]), int(sys.argv[2])
print(max(len(line[l+1:r].strip()) for line in sys.stdin))' "$doc_left" "$doc_right")
[[ $((inner - 2)) -ge 70 ]] || fail "the document pane is $inner wide inside: a reading column under 70"
[[ $longest -ge 60 ]] || fail "the longest line of text is $longest wide: the text does not use its column"
pass "the reading column is $((inner - 2)) wide (longest line $longest)"

# --- :11 enter ------------------------------------------------------------
keys : "$points" Enter
wait_for "point $points/$points" || fail ":$points enter did not reach point $points"
screen | sed -n 2p | grep -qF -- "$points. $last_heading" || fail "point $points's heading is not at the top"
pass ":$points enter reaches point $points"

# --- help after a search: q and esc shown, or reached by scrolling --------
keys /
keys -l "$word"
keys Enter
wait_for "match 1/" || fail "the search for '$word' found nothing"
keys '?'
wait_for "Keys" || fail "? did not open help"
help_has() { screen | grep -qE "│ +$1 {2,}"; }
found=0
for i in $(seq 40); do
	if help_has q && help_has esc; then
		found=1
		break
	fi
	keys j
	settle
done
[[ $found -eq 1 ]] || fail "help never shows q and esc"
pass "help after a search shows q and esc (after $((i - 1)) lines of scrolling)"

keys q
settle
screen | grep -qF "Keys:" && fail "q did not close help"
status_line | grep -qF "? help" || fail "q in help quit the reader"
pass "q closes help and leaves the reader open"

keys q
wait_for "__EXIT 0" || fail "q did not exit with status 0"
pass "q exits 0"

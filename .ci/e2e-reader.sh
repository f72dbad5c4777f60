#!/usr/bin/env bash
# End-to-end check of the full-screen reader on the built-in sample, in a
# private tmux server at 120×35: talking points listed, a number key brings
# a point's heading to the top, the speaker picker filters, search counts
# matches, esc clears, q exits 0 and leaves the alternate screen.
#
# The sample's words are not hard-coded: names, headings and the search
# word come from `brief export` of the sample, so the script follows the
# sample as it changes.
set -euo pipefail

# shellcheck source=.ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_start reader
e2e_build

# --- what to expect, from the sample's export --------------------------------
"$bin" export --format json </dev/null >"$work/sample.json"
"$bin" export --format markdown </dev/null >"$work/sample.md"
python3 - "$work/sample.json" "$work/sample.md" >"$work/plan" <<'PY'
import collections, json, re, sys
d = json.load(open(sys.argv[1]))
md = open(sys.argv[2]).read()
secs = d["sections"]
print("POINTS", len(secs))
# the point to jump to: the third if there is one
if secs:
    n = min(3, len(secs))
    print("JUMP", n)
    # the heading's first words, short enough to fit any pane
    print("HEADING", " ".join(secs[n - 1]["heading"].split())[:20])
sp = sorted(d["speakers"], key=lambda s: -s["quotes"])
# a speaker quoted in some but not all points, so the filter visibly narrows
best = None
for s in sp:
    pts = sorted({q["section"] for q in d["quotes"] if q["speaker"] == s["name"]})
    if s["quotes"] and 0 < len([p for p in pts if p > 0]) < len(secs):
        best = (s, pts)
        break
if best:
    s, pts = best
    # the whole name, lower case: fuzzy matching ranks it first for sure
    typed = s["name"].lower()
    k = s["quotes"]
    m = len(pts)
    print("SPEAKER", s["name"])
    print("TYPE", typed)
    print("SUMMARY", f"speaker: {s['name']} · {k} quote{'s' if k != 1 else ''} in {m} point{'s' if m != 1 else ''}")
# the search word: the most frequent longish word of the text
words = collections.Counter(w.lower() for w in re.findall(r"[A-Za-z]{6,}", md))
word, count = words.most_common(1)[0]
print("SEARCH", word)
PY
get() { sed -n "s/^$1 //p" "$work/plan"; }
points=$(get POINTS)
[[ $points -ge 1 ]] || { echo "the sample has no talking points: nothing to drive" >&2; exit 1; }

# --- drive the reader --------------------------------------------------------
# The shell line reports brief's exit status and keeps the pane alive.
extra_env=COLORTERM=truecolor e2e_brief 120 35

wait_for "Talking points" || fail "the reader did not open"
wait_for "$points. " || fail "the outline does not list point $points"
rows=$(screen | grep -cE '^│[ ▌] +[0-9]+\. ' || true)
[[ $rows -eq $points ]] || fail "the outline lists $rows points, want $points"
pass "the outline lists the $points talking points"

n=$(get JUMP)
heading=$(get HEADING)
keys "$n"
wait_for "point $n/$points" || fail "$n did not go to point $n"
# the document pane's first text row is the second line of the screen
screen | sed -n 2p | grep -qF -- "$n. $heading" || fail "point $n's heading '$heading' is not at the top"
pass "$n brings point $n's heading to the top"

speaker=$(get SPEAKER)
if [[ -n $speaker ]]; then
	keys s
	wait_for "Filter by speaker" || fail "s did not open the speaker picker"
	keys -l "$(get TYPE)"
	wait_for "$speaker" || fail "typing did not find $speaker"
	keys Enter
	summary=$(get SUMMARY)
	wait_for "$summary" || fail "the status bar does not read '$summary'"
	rows=$(screen | grep -cE '^│[ ▌] +[0-9]+\. ' || true)
	[[ $rows -lt $points ]] || fail "the filtered outline still lists $rows points"
	pass "the picker filters by $speaker ($rows of $points points)"
	keys Escape
	settle
	status_line | grep -qF "speaker:" && fail "esc did not clear the filter"
	rows=$(screen | grep -cE '^│[ ▌] +[0-9]+\. ' || true)
	[[ $rows -eq $points ]] || fail "esc left $rows points in the outline"
	pass "esc restores all $points points"
else
	echo "skip: no speaker quoted in only some points"
fi

# --- the mouse: SGR mouse reports typed into the pane, as a terminal sends
# them once the reader has asked for the mouse (coordinates are 1-based)
mouse() { tmux "${S[@]}" send-keys -t "$T" -l $'\e[<'"$1;$2;$3$4"; }
keys g
settle
top=$(screen | sed -n 2p)
mouse 65 60 10 M # wheel down over the document
mouse 65 60 10 M
settle
[[ $(screen | sed -n 2p) != "$top" ]] || fail "the wheel did not scroll the document"
status_line | grep -qE ' [1-9][0-9]?%' || fail "the wheel left the document at 0%"
pass "the wheel scrolls the document"
if [[ -n $speaker ]]; then
	# the speaker's row in the right-hand pane (from column 97 at 120 wide)
	row=$(screen | cut -c97- | grep -nF -- "$speaker" | head -n 1 | cut -d: -f1)
	[[ -n $row ]] || fail "$speaker is not in the speakers pane"
	mouse 0 105 "$row" M
	mouse 0 105 "$row" m
	wait_for "$summary" || fail "a click on $speaker did not filter: the status bar does not read '$summary'"
	pass "a click on $speaker filters by them"
	keys Escape
	settle
fi

word=$(get SEARCH)
keys /
keys -l "$word"
keys Enter
wait_for "match 1/" || fail "searching '$word' shows no 'match 1/N'"
total=$(status_line | sed -n 's/.*match 1\/\([0-9]*\).*/\1/p')
[[ $total -ge 1 ]] || fail "no match count in the status bar"
keys n
if [[ $total -ge 2 ]]; then
	wait_for "match 2/$total" || fail "n did not go to match 2/$total"
fi
pass "search for '$word': $total matches, n steps"

keys q
wait_for "__EXIT 0" || fail "q did not exit with status 0"
screen | grep -qF "Talking points" && fail "the alternate screen was not left"
pass "q exits 0 and restores the terminal"

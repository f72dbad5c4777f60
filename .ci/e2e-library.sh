#!/usr/bin/env bash
# End-to-end check of a day of briefings, in a private tmux server at
# 120×35, on the three fictional briefings of examples/day (Ilse Varga
# is quoted in the first two):
#   - the library lists three; the second opens; filtering by Varga and
#     A (quotes across briefings) lists her quotes from both; enter jumps
#     into the other briefing at that quote; q; brief on the same folder
#     reopens that briefing at that quote, filter and all;
#   - appending a talking point to the open file shows it in the outline,
#     marked +, within a second, the reading position unchanged;
#   - y puts the quote and its speaker on tmux's clipboard (OSC 52);
#   - v opens $EDITOR at the current point's line and reloads after;
#   - style = "light" in the config file draws the light palette with no
#     flag; a broken config is one line naming the file and line, exit 1;
#   - export of two files is a JSON array of two; quotes --speaker over
#     the folder lists quotes from every file that has them.
# XDG directories are temporary: nothing of the user's is read or written.
set -euo pipefail

# shellcheck source=.ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_start library
e2e_build
mkdir -p "$XDG_CONFIG_HOME/brief"
lib=$work/day
cp -r "$root/examples/day" "$lib"
first=$lib/1-ferry-fares.md
second=$lib/2-harbour-budget.txt

# start ARGS...: brief at 120×35 in a new session, tmux passing OSC 52 to
# its own clipboard.
start() {
	e2e_brief 120 35 "$@"
	tmux "${S[@]}" set -g set-clipboard on
}

# --- the library ---------------------------------------------------------
start "'$lib'"
wait_for "Library · 3 briefings" || fail "the library did not open"
wait_for "pts" || fail "no briefing was parsed"
settle
rows=$(screen | grep -cE ' [0-9]+ pts ' || true)
[[ $rows -eq 3 ]] || fail "the library lists $rows briefings, want 3"
pass "the library lists the 3 briefings"

keys j Enter
wait_for "─ 2-harbour-budget.txt ─" || fail "enter on the second row did not open the second briefing"
pass "enter opens the second briefing"

keys s
wait_for "speaker:" || fail "s did not open the speaker picker"
keys -l "varga"
wait_for "Ilse Varga" || fail "typing did not find Ilse Varga"
keys Enter
wait_for "Ilse Varga · 2 quotes" || fail "the filter by Ilse Varga is not in the status bar"
keys A
wait_for "Ilse Varga · 5 quotes in 2 briefings" || fail "A did not list Varga's quotes across briefings"
screen | grep -qF "— Ferry fares rise on the Dunmore crossing" || fail "no quote from the first briefing"
screen | grep -qF "— Harbour budget: what we learned (open)" || fail "no quote from the open briefing"
pass "the quotes across briefings list Varga's quotes from both"

# the cursor starts on the other briefing's first quote; the next is its
# second: "Fuel has doubled…"
keys j Enter
wait_for "─ 1-ferry-fares.md ─" || fail "enter did not jump into the first briefing"
screen | grep -qF "Fuel has doubled" || fail "the quote jumped to is not on screen"
status_line | grep -qF "Ilse Varga" || fail "the jump lost the speaker filter"
top=$(screen | sed -n 2,6p)
pass "enter jumps to the quote in the other briefing"

keys q
wait_for "__EXIT 0" || fail "q did not exit with status 0"
start "'$lib'"
wait_for "─ 1-ferry-fares.md ─" || fail "the library did not reopen the briefing left open"
wait_for "Fuel has doubled" || fail "the briefing did not reopen at the quote"
[[ $(screen | sed -n 2,6p) == "$top" ]] || fail "the briefing reopened elsewhere than it was left"
status_line | grep -qF "Ilse Varga" || fail "the filter was not remembered"
pass "brief on the folder again reopens that briefing at that quote"

# --- copy ----------------------------------------------------------------
keys y
wait_for "copied:" || fail "y did not copy"
clip=""
for i in $(seq 30); do
	clip=$(tmux "${S[@]}" show-buffer 2>/dev/null || true)
	[[ -n $clip ]] && break
	sleep 0.1
done
[[ $clip == *"Fuel has doubled since the last rise."* && $clip == *"Ilse Varga"* ]] ||
	fail "the clipboard holds '$clip', want the quote and Ilse Varga"
pass "y copies the quote with its speaker: $clip"
keys q
wait_for "__EXIT 0" || fail "q did not exit"

# --- live reload ---------------------------------------------------------
start "'$second'"
wait_for "Talking points" || fail "the second briefing did not open"
# it reopens filtered by Varga, as it was left: esc clears the filter
status_line | grep -qF "Ilse Varga" || fail "the second briefing's filter was not remembered"
keys Escape
settle
status_line | grep -qF "Ilse Varga" && fail "esc did not clear the filter"
keys 3
wait_for "point 3/5" || fail "3 did not go to point 3"
before=$(screen | sed -n 2,12p | awk -F '││' '{print $2}')
printf '\n6. Accounts go online\n\n"Every figure will be public," Lindqvist said.\n' >>"$second"
appended=$(date +%s%N)
seen=0
while (($(date +%s%N) - appended < 1000000000)); do # one second
	if screen | grep -qE '^│\+ +6\. Accounts go'; then
		seen=$((($(date +%s%N) - appended) / 1000000))
		break
	fi
	sleep 0.05
done
[[ $seen -gt 0 ]] || fail "the appended point is not in the outline, marked +, within a second"
echo "   (in the outline after ${seen} ms)"
settle
after=$(screen | sed -n 2,12p | awk -F '││' '{print $2}')
[[ $after == "$before" ]] || fail "the reload moved the reading position: before\n$before\nafter\n$after"
status_line | grep -qF "point 3/6" || fail "the status bar does not count the new point"
pass "an appended point shows within a second, marked +, the position kept"
keys q
wait_for "__EXIT 0" || fail "q did not exit"

# --- the editor ----------------------------------------------------------
# a stand-in editor records its arguments and adds a point, as a person
# would; brief reloads the file when it returns
cat >"$work/editor" <<'SH'
#!/bin/sh
echo "$@" >"$(dirname "$0")/editor-args"
printf '\n5. Added in the editor\n\nA line typed in the editor.\n' >>"$2"
SH
chmod +x "$work/editor"
third=$lib/3-storm-readout.txt
extra_env="EDITOR='$work/editor'"
start "'$third'"
extra_env=
wait_for "Talking points" || fail "the third briefing did not open"
keys 3
wait_for "point 3/4" || fail "3 did not go to point 3"
keys v
wait_for "Added in the edit" || fail "the point added in the editor is not shown after it"
want_line=$(grep -n "^3\. " "$third" | cut -d: -f1)
[[ $(cat "$work/editor-args") == "+$want_line $third" ]] || fail "the editor was called with '$(cat "$work/editor-args")', want '+$want_line $third'"
screen | grep -qF "Talking points" || fail "the reader did not come back after the editor"
status_line | grep -qF "point 3/5" || fail "after the editor: not at point 3 of 5"
pass "v opens \$EDITOR at the point's line (+$want_line) and reloads after"
keys q
wait_for "__EXIT 0" || fail "q did not exit"

# --- config --------------------------------------------------------------
# the status bar's background, as tmux draws it: dark and light differ
# (sets bar, not printed: a subshell would lose the session's name)
bar_colour() {
	start "$@"
	wait_for "Talking points" || fail "brief $* did not open"
	bar=$(tmux "${S[@]}" capture-pane -e -p -t "$T" | tail -n 1 | grep -oE '48;5;[0-9]+' | head -n 1)
	keys q
	wait_for "__EXIT 0" || fail "q did not exit"
}
bar_colour --style dark "'$first'"
dark=$bar
bar_colour --style light "'$first'"
light=$bar
[[ -n $dark && -n $light && $dark != "$light" ]] || fail "dark ($dark) and light ($light) bars do not differ"
printf 'style = "light"\n' >"$XDG_CONFIG_HOME/brief/config.toml"
bar_colour "'$first'"
configured=$bar
[[ $configured == "$light" ]] || fail "style = \"light\" in the config drew $configured, want the light $light"
pass "style = \"light\" in the config file draws the light palette with no flag"

printf 'style = "light"\nwidth = = 80\n' >"$XDG_CONFIG_HOME/brief/config.toml"
set +e
err=$("$bin" "$first" 2>&1 >/dev/null </dev/null)
code=$?
set -e
[[ $code -eq 1 ]] || fail "a broken config exits $code, want 1"
[[ $(printf '%s\n' "$err" | wc -l) -eq 1 && $err == *"$XDG_CONFIG_HOME/brief/config.toml: line 2:"* ]] ||
	fail "a broken config says '$err', want one line naming the file and line 2"
pass "a broken config: $err"
rm "$XDG_CONFIG_HOME/brief/config.toml"

# --- several paths on the command line -----------------------------------
n=$("$bin" export "$first" "$second" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d) if isinstance(d, list) else -1)')
[[ $n -eq 2 ]] || fail "export of two files gave $n objects, want an array of 2"
pass "export a b prints a JSON array of two"
out=$("$bin" quotes --speaker varga "$lib")
for f in "$first" "$second"; do
	grep -qF "== $f" <<<"$out" || fail "quotes --speaker varga $lib lacks $f"
done
pass "quotes --speaker varga lists quotes from every file that quotes her"

#!/usr/bin/env bash
# End-to-end check that the terminal always comes back: the reader runs in
# an interactive bash (job control) in a private tmux server; for each of
# SIGINT, SIGTERM, SIGHUP, SIGQUIT, a panic injected into the render
# goroutine, and SIGTSTP followed by fg, afterwards the pane must be out of
# the alternate screen, with the cursor visible, mouse reporting off and
# the tty in cooked mode (icanon, echo); after fg the reader must redraw
# and take keys.
set -euo pipefail

# shellcheck source=.ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_start signals
e2e_build
panicky=$work/brief-panicky
(cd "$root" && go build -ldflags "-X github.com/briefreader/brief/ui.injectPanic=rendering" -o "$panicky" .)

flags() { tmux "${S[@]}" display -p -t "$T" '#{alternate_on} #{cursor_flag} #{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}'; }
# restored WHAT: the pane is out of the alternate screen, the cursor shows,
# no mouse mode is on, and the stty line the command printed after brief
# says icanon and echo.
restored() {
	local f
	f=$(flags)
	[[ $f == "0 1 0000" ]] || fail "$1: terminal flags 'alternate cursor mouse' are '$f', want '0 1 0000'"
	wait_for "TTY=" || fail "$1: no stty line"
	screen | grep -F "TTY=" | grep -qE 'TTY=icanon echo' || fail "$1: the tty is not cooked: $(screen | grep -F 'TTY=')"
}
# start CMD [nowait]: a fresh pane with an interactive bash that runs brief,
# then prints its exit status and the tty's modes; unless nowait, wait for
# the reader and set pid.
start() {
	e2e_session 100 30 "env -i PATH='$PATH' HOME='$work' HISTFILE=/dev/null TERM=xterm-256color PS1='PROMPT\$ ' bash --norc --noprofile -i"
	wait_for 'PROMPT$' || fail "no shell prompt"
	# a subshell: after a stop and fg, the echoes still follow brief. The
	# markers are spelt apart ('') so that the typed command line, which
	# is on screen too, never matches them.
	tmux "${S[@]}" send-keys -t "$T" "($1 $work/doc.md; echo EX''IT=\$?; echo TT''Y=\$(stty -a | grep -oE '(^| )-?(icanon|echo)( |$)' | tr -d ' ' | tr '\n' ' '))" Enter
	[[ ${2:-} == nowait ]] && return 0
	wait_for "Talking points" || fail "the reader did not open"
	pid=$(pgrep -n -f "^$1 $work/doc.md") || fail "no pid for the reader"
}

# a briefing long enough to render in several units
{
	echo "# Harbour talks"
	echo
	for i in $(seq 1 60); do
		printf '## Point %d\n\n“We will sign on day %d,” Ilse Varga said. The cranes stood still.\n\n' "$i" "$i"
	done
} >"$work/doc.md"

for sig in INT TERM HUP QUIT; do
	start "$bin"
	kill -s "$sig" "$pid"
	want=$((128 + $(kill -l "$sig")))
	wait_for "EXIT=$want" || fail "SIG$sig: brief did not exit with $want"
	restored "SIG$sig"
	pass "SIG$sig: exit $want, terminal restored"
done

start "$panicky" nowait
wait_for "EXIT=1" || fail "render panic: brief did not exit with 1"
screen | grep -qF "brief: internal error while rendering" || fail "render panic: no error message"
restored "render panic"
pass "a panic in the render goroutine: one-line error, exit 1, terminal restored"

start "$bin"
kill -s TSTP "$pid"
wait_for "Stopped" || fail "SIGTSTP: the job did not stop"
f=$(flags)
[[ $f == "0 1 0000" ]] || fail "SIGTSTP: while stopped the terminal flags are '$f', want '0 1 0000'"
pass "SIGTSTP: stopped, alternate screen left, cursor shown, mouse off"
tmux "${S[@]}" send-keys -t "$T" "clear; fg" Enter
wait_for "Talking points" || fail "fg: the reader did not redraw"
[[ $(flags) == "1 0 "* ]] || fail "fg: the reader is not back in the alternate screen"
before=$(screen)
tmux "${S[@]}" send-keys -t "$T" "]"
for i in $(seq 50); do
	[[ $(screen) != "$before" ]] && break
	sleep 0.1
done
[[ $(screen) != "$before" ]] || fail "fg: ] did not move the reader"
pass "fg: the reader redraws and takes keys"
tmux "${S[@]}" send-keys -t "$T" "q"
wait_for "EXIT=0" || fail "q after fg: brief did not exit 0"
restored "q after fg"
pass "q after fg: exit 0, terminal restored"

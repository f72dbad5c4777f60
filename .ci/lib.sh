# .ci/lib.sh: what the end-to-end scripts share. Each script sources it
# after `set -euo pipefail` and calls `e2e_start NAME`, which gives it:
#
#   root  the repository        work  a temporary directory, removed at exit
#   bin   $work/brief (built by e2e_build)
#   S     the tmux arguments of a server of its own: tmux "${S[@]}" …
#   T     the current tmux session (e2e_session starts a new one)
#
# and XDG directories under $work, so that no run reads the user's
# settings or remembers a reading place another run would reopen.
# Helpers: e2e_build, e2e_session, screen, keys, status_line, settle,
# wait_for, fail, pass.
#
# shellcheck shell=bash

# e2e_start NAME: the work directory, the private tmux server, the XDG
# directories; the server and the directory go at exit.
e2e_start() {
	root=$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)
	work=$(mktemp -d)
	bin=$work/brief
	# a server per run: two runs at once (CI of two branches) must not
	# kill each other's sessions, and a server inherits the environment of
	# the run that starts it (the XDG directories below)
	S=(-L "brief-e2e-$1-$$")
	T=$1-0
	e2e_sessions=0
	trap e2e_cleanup EXIT
	# go keeps its build cache and settings under the XDG directories:
	# pin them before moving those
	GOCACHE=$(go env GOCACHE) GOENV=$(go env GOENV)
	export GOCACHE GOENV
	export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data
	unset BRIEF_CONFIG BRIEF_STYLE BRIEF_WIDTH BRIEF_ASIDES BRIEF_MOUSE
	mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
}

e2e_cleanup() {
	tmux "${S[@]}" kill-server 2>/dev/null || true
	# shells in the panes may still be exiting: retry once they have
	rm -rf "$work" 2>/dev/null || { sleep 0.5; rm -rf "$work"; }
}

# e2e_build [GO BUILD FLAGS...]: builds brief from the repository as $bin.
e2e_build() {
	(cd "$root" && go build "$@" -o "$bin" .)
}

# e2e_session W H COMMAND: runs COMMAND (a shell line) in a new session of
# W × H and makes it the current one. The old sessions are left to the
# final kill-server: killing a server's last session ends it, and starting
# another at once races with its exit.
e2e_session() {
	local w=$1 h=$2
	shift 2
	e2e_sessions=$((e2e_sessions + 1))
	T=${T%-*}-$e2e_sessions
	tmux "${S[@]}" -f /dev/null new-session -d -s "$T" -x "$w" -y "$h" "$*"
}

# e2e_brief W H ARGS...: brief with ARGS (already quoted for the shell) on
# an xterm-256color terminal of W × H, in a new session, with the
# variables in $extra_env; the shell line then reports its exit status as
# "__EXIT N" and keeps the pane alive.
e2e_brief() {
	local w=$1 h=$2
	shift 2
	e2e_session "$w" "$h" "env TERM=xterm-256color ${extra_env:-} '$bin' $*; echo \"__EXIT \$?\"; sleep 600"
}

screen() { tmux "${S[@]}" capture-pane -p -t "$T"; }
keys() { tmux "${S[@]}" send-keys -t "$T" "$@"; }
status_line() { screen | tail -n 1; }

# settle: until two captures a tenth of a second apart agree (10 s at most).
settle() {
	local i prev="" cur
	for i in $(seq 100); do
		cur=$(screen)
		[[ -n $cur && $cur == "$prev" ]] && return 0
		prev=$cur
		sleep 0.1
	done
	return 1
}

# wait_for TEXT: up to 30 s for TEXT on screen (a loaded 2-core machine can
# be slow to start the binary), then until the screen settles.
wait_for() {
	local i
	for i in $(seq 300); do
		if screen | grep -qF -- "$1"; then
			settle || true
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# fail MESSAGE: says what failed, shows the screen, and stops the script.
fail() {
	echo "FAIL: $*" >&2
	echo "--- screen ---" >&2
	screen >&2 || true
	exit 1
}

pass() { echo "ok: $*"; }

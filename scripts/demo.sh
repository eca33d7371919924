#!/bin/sh
# make demo: a real conversion of the bundled sample by ImageMagick under
# scif, then the same sandbox asked for what a compromised converter wants.
set -eu
SCIF=${1:-build/scif}
cd "$(dirname "$0")/.."
job=$(mktemp -d /tmp/scif-demo.XXXXXX)
trap 'rm -rf "$job"' EXIT
cp samples/scif-sample.png "$job/in.png"
chmod 0777 "$job"
chmod 0644 "$job/in.png"
export AWS_SECRET_ACCESS_KEY=demo-secret-value

echo "== scif check: what this machine allows"
"$SCIF" check || true
echo
echo "== convert in.png -resize 200% out.jpg, sandboxed"
"$SCIF" run --time 30 --cpu 20 --memory 1G --fsize 64M --nproc 64 \
	--rw "$job" --report json --report-fd 3 -- \
	convert "$job/in.png" -resize 200% "$job/out.jpg" 3>"$job/report.json"
identify "$job/out.jpg"
jq -r '"exit \(.exit_code) in \(.wall_s) s, max RSS \(.max_rss_kb) KB; layers: \(.layers | join(", "))"' \
	"$job/report.json"
echo
echo "== what the sandbox allows and denies"
"$SCIF" run --proc -- bash -c '
	echo "runs as:        $(id)"
	echo "secret in env:  ${AWS_SECRET_ACCESS_KEY:-<absent>}"
	echo "environment:    $(env | tr "\n" " ")"
	grep -E "^(CapEff|CapBnd|NoNewPrivs)" /proc/self/status | sed "s/^/                /"
	echo "open fds:       $(ls /proc/self/fd | tr "\n" " ")"
	echo "umask:          $(umask)"
	echo "hostname:       $(hostname)"
	echo "processes seen: $(ls /proc | grep -c "^[0-9]")"
	echo "/etc/shadow:    $(head -c 20 /etc/shadow 2>&1 | head -1)"
	echo "read /tmp:      $(ls /tmp 2>&1 | head -1)"
	echo "read the job:   $(ls '"$job"' 2>&1 | head -1)"
	echo "TCP connect:    $( (exec 3<>/dev/tcp/127.0.0.1/22) 2>&1 | head -1)"' 9</etc/hostname
echo
echo "== a runaway job is stopped (--time 1, --memory 64M)"
"$SCIF" run --time 1 -- sh -c 'sleep 60' || echo "exit status $?"
"$SCIF" run --memory 64M -- sh -c 'x=$(head -c 200000000 /dev/zero | tr "\0" x); echo allocated' ||
	echo "exit status $? (the shell could not get 200 MB and died)"

#!/bin/sh
# bench/convert_life.sh [SCIF] - how long convert itself runs (from its
# execve to its exit, traced with bpftrace; as root: the bare job runs
# as root, the confined ones as 65534), bare and under
# scif -p imagemagick with and without namespaces, the modes interleaved
# job by job so that drift and the kernel's leftover work from one job
# fall on every mode alike.  What scif costs a job beyond these figures
# is its launch and its end.  Not part of make bench: needs bpftrace.
set -eu
cd "$(dirname "$0")/.."
SCIF=$(realpath "${1:-build/scif}")
N=${RUNS:-60}
[ "$(id -u)" -eq 0 ] || { echo "bench/convert_life.sh: run as root" >&2; exit 2; }
job=$(mktemp -d /tmp/scif-life.XXXXXX)
bt=$job/life.bt
tracer=
trap '[ -z "$tracer" ] || kill "$tracer" 2>/dev/null; rm -rf "$job"' EXIT
chmod 0777 "$job"
/usr/bin/convert -size 1280x960 plasma:fractal -seed 7 -quality 90 "$job/in.jpg"
chmod 0644 "$job/in.jpg"
# The mode from the process: root is bare; the job's uid in a pid
# namespace of its own is scif, in the host's one scif without
# namespaces.
cat >"$bt" <<BT
tracepoint:syscalls:sys_exit_execve /comm == "convert"/ { @s[pid] = nsecs; }
tracepoint:syscalls:sys_enter_unlinkat /str(args->pathname) == "$job/end"/ { exit(); }
tracepoint:sched:sched_process_exit /comm == "convert" && @s[pid] && pid == tid/ {
	\$m = uid == 0 ? 1 : (curtask->thread_pid->level > 0 ? 2 : 3);
	@us[\$m] = stats((nsecs - @s[pid]) / 1000);
	delete(@s[pid]);
}
BT
bpftrace "$bt" >"$job/out.txt" 2>&1 &
tracer=$!
sleep 5 # attached
: >"$job/end"
line="$job/in.jpg[0] -auto-orient -resize 1280x1280> -quality 90 -strip"
run="$SCIF run -p profiles/imagemagick.cfg --rw $job"
for _ in $(seq "$N"); do
	/usr/bin/convert $line "$job/out1.jpg"
	$run -- /usr/bin/convert $line "$job/out2.jpg"
	$run --override --namespaces off -- /usr/bin/convert $line "$job/out3.jpg"
done
# The end: bpftrace sees this unlink, prints its maps and exits.
rm "$job/end"
wait "$tracer" || true
echo "convert's own life, µs (1: bare, 2: scif -p imagemagick, 3: the same, no namespaces):"
grep "^@us" "$job/out.txt" || cat "$job/out.txt" >&2

#!/bin/sh
# bench/run.sh BUILDDIR - every benchmark, written to bench/RESULTS.md.
# Figures are measured on the machine that runs this; nothing is asserted.
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
load=$(cut -d' ' -f1-3 /proc/loadavg)
sh bench/launch.sh "$B/scif" >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)
sh bench/profile.sh "$B/scif" >/dev/null
sh bench/notify.sh "$B/scif" >/dev/null
sh bench/daemon.sh "$B/scif" >/dev/null
{
	echo "# Benchmark results"
	echo
	echo "Measured by \`make bench\` on $(date -u +%Y-%m-%d): $(uname -sr), $(uname -m),"
	echo "$(nproc) CPUs; hyperfine $(hyperfine --version | cut -d' ' -f2); load average"
	echo "$load at the start (other work on the machine skews every row)."
	echo
	echo "## Launch cost: \`/bin/true\`, bare and confined (hyperfine -N, ${RUNS:-300} runs in ${LAUNCH_ROUNDS:-30} rounds, pooled)"
	echo
	echo "Every scif row applies hygiene, fds, rlimits, the uid drop (as root),"
	echo "capabilities, no_new_privs, Landlock (paths, TCP, scoping) and scif's"
	echo "default seccomp policy; the rows differ in namespaces: none (as inside"
	echo "Docker), all but net (--network), all (mount with a fresh root, pid,"
	echo "net, ipc, uts, cgroup; user too when not root).  Run as $(id -un)."
	echo
	cat bench/out/launch.md
	echo
	[ -z "${OLD_SCIF:-}" ] || {
		echo "Rows \"other build\": $OLD_SCIF ($(file -b "$OLD_SCIF" | grep -q 'for GNU/Linux' && echo glibc || echo musl)), for comparison."
		echo
	}
	# The floor that matters is that of scif's own C library: a static
	# glibc binary carries glibc's ABI note, a musl one none.
	libc=musl
	file -b "$B/scif" | grep -q 'for GNU/Linux' && libc=glibc
	echo "Which step costs what (differences of the medians above).  The"
	echo "fork+exec+wait rows are the floor of any launcher that is itself a"
	echo "program: the C library's start-up runs at each exec, and glibc's"
	echo "probes the CPU with CPUID instructions, each a trap to the"
	echo "hypervisor in a VM.  This scif is linked with $libc (musl unless"
	echo "built with make MUSL=no; see the Makefile)."
	echo
	jq -r --arg floor "fork+exec+wait, static $libc" --arg libc "$libc" '
	  (.results | map({(.command): .median}) | add) as $m |
	  def ms(x): (x * 1000000 | round) / 1000 | tostring + " ms";
	  def row(n; a; b): if $m[a] != null and $m[b] != null then n + ": " + ms($m[a] - $m[b]) else empty end;
	  row("- a static launcher with glibc (fork, exec, wait, its own start-up)"; "fork+exec+wait, static glibc"; "bare"),
	  row("- the same with musl"; "fork+exec+wait, static musl"; "bare"),
	  row("- the kernel'"'"'s part of scif'"'"'s layers without namespaces, in a launcher that does nothing else (bench/floor.c), over bare"; "floor: the layers without namespaces"; "bare"),
	  row("- the same in all namespaces but net, on a fresh root, over bare"; "floor: the layers in all namespaces but net"; "bare"),
	  row("- scif over that floor, namespaces off"; "scif, namespaces off (Docker)"; "floor: the layers without namespaces"),
	  row("- scif over that floor, all but net namespace"; "scif, all but net namespace"; "floor: the layers in all namespaces but net"),
	  row("- scif over the floor of its own C library (" + $libc + "), violations unnamed: hygiene, fds, rlimits, identity, Landlock, the default filter (its load alone: below), supervision"; "scif, namespaces off, --no-notify"; $floor),
	  row("- named violations: the notifying filter and the listener'"'"'s hand-over (by the child itself under the default policy: no relay; notify.h)"; "scif, namespaces off (Docker)"; "scif, namespaces off, --no-notify"),
	  row("- scif itself, all of the above (namespaces off, as in Docker)"; "scif, namespaces off (Docker)"; "bare"),
	  row("- mount/pid/ipc/uts/cgroup namespaces and the fresh root"; "scif, all but net namespace"; "scif, namespaces off (Docker)"),
	  row("- the net namespace"; "scif, all layers (default)"; "scif, all but net namespace"),
	  row("- inside Docker'"'"'s refusals (tests/helpers/dockerlike), scif'"'"'s default over a bare /bin/true there"; "dockerlike: scif, default (auto: each refused)"; "dockerlike: bare"),
	  row("- the same, the other build"; "other build, dockerlike: scif, default"; "dockerlike: bare")
	' bench/out/launch.json
	echo
	echo "What each namespace costs the kernel (bench/ns_bench.c, as $(id -un)):"
	echo "unshare(2) in a fresh child, and the child's whole life over that of"
	echo "one that makes none (the namespace's end included).  scif's"
	echo "namespace row adds to these its fresh root (tmpfs, binds, two"
	echo "pivot_roots, one detach); its child is cloned into the namespaces"
	echo "and is their init, and as root a holder process on the other CPU"
	echo "builds the Landlock ruleset and makes the net namespace while the"
	echo "child builds the mounts (src/netns.h)."
	echo
	"$B/bench/ns_bench" 300
	echo
	echo "## A real job: paperclip's convert line on a 1280x960 JPEG (hyperfine -N)"
	echo
	echo "\`convert 'in.jpg[0]' -auto-orient -resize '1280x1280>' -quality 90 -strip out.jpg\`,"
	echo "bare and under \`scif run -p imagemagick --rw JOB\` (the profile, its policy"
	echo "and every layer).  Target: ratio at most 1.05.  The other rows say where"
	echo "the difference goes: bare convert with the environment scif gives it"
	echo "(ImageMagick's own behaviour, with and without scif's policy.xml), and"
	echo "the profile loosened with --override by one layer at a time.  ${ROUNDS:-40}"
	echo "rounds of hyperfine (${PROFILE_RUNS:-5} runs each), times pooled; load average"
	echo "before: $load.  The last column takes each round's ratio of medians"
	echo "(the rounds interleave the commands: drift falls on both alike): their"
	echo "median, and the 95% interval of order statistics (bench/median_ci.jq)."
	echo "A target is met when the interval's top is under it."
	echo
	cat bench/out/profile.md
	echo
	[ ! -s bench/out/profile-launch.md ] || {
		echo "The launch alone, \`convert -version\` bare and under the profile,"
		echo "alternated launch by launch (bench/alternate.c, ${LAUNCH_PAIRS:-300}"
		echo "rounds, back to back), each round's difference to bare:"
		echo
		cat bench/out/profile-launch.md
		echo
	}
	echo "## Syscall policy: compile (libseccomp, to BPF) and load (seccomp(2)), median µs"
	echo
	echo "scif's default policy is compiled at build time; its load is part of"
	echo "every launch that does not name a policy.  Filters are binary trees of"
	echo "syscall numbers (libseccomp's SCMP_FLTATR_CTL_OPTIMIZE 2): loading"
	echo "runs the filter for every syscall number to fill the kernel's action"
	echo "cache, and a linear list made each unlisted number walk to its end."
	echo
	echo "The shipped profiles' policies are compiled at build time too: \"as"
	echo "scif run gets it\" is then reading the policy's files and comparing"
	echo "them with the texts compiled (tools/gen_prebuilt_bpf.c); for other"
	echo "policies it is the compilation."
	echo
	echo "| policy | runs | BPF instructions | compile µs | as scif run gets it µs | load µs |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: |"
	"$B/bench/policy_bench" default 300
	"$B/bench/policy_bench" tests/policy/seed1.policy 300
	"$B/bench/policy_bench" profiles/imagemagick-convert.policy 300
	"$B/bench/policy_bench" profiles/imagemagick.policy 300
	echo
	echo "## Violations named: learning and user notification (hyperfine -N)"
	echo
	echo "A 320x240 JPEG resized by convert: bare (with the empty environment"
	echo "scif gives; with this shell's, convert takes about 80 ms), under its learned policy"
	echo "(DEFAULT KILL_PROCESS, violations named), and learned (every call"
	echo "of every thread goes to the supervisor and back)."
	echo
	cat bench/out/notify_convert.md
	echo
	echo "dd with 1-byte blocks ($(cat bench/out/notify_dd.blocks) blocks: two calls each), under its"
	echo "learned policy, with and without user notification; no call is"
	echo "denied, so the notifying filter costs what the plain one does: the"
	echo "same BPF plus a 5-instruction prologue.  The difference per call is"
	echo "the row difference divided by $(( $(cat bench/out/notify_dd.blocks) * 2 )) calls."
	echo
	cat bench/out/notify_dd.md
	echo
	echo "## Through the daemon: \`/bin/true\` and paperclip's convert line (bench/loadgen)"
	echo
	echo "bench/daemon.sh: /bin/true under bench/profiles/true.cfg (every layer),"
	echo "bare (fork+exec), under scif run -p, and through a scif serve daemon with"
	echo "--pool 4 --max-jobs 2, whose requests bench/loadgen sends with"
	echo "scif_client_run() (no scif executable starts for them); one job at a time"
	echo "(latency) and 4 clients (throughput).  Then paperclip's convert line bare"
	echo "and through the daemon with a job directory (a fresh sandbox: a directory"
	echo "cannot be added to a prepared one) and from stdin to stdout (a prepared"
	echo "sandbox).  Targets: p50 overhead under 0.3 ms, throughput at least half"
	echo "of bare, convert ratio at most 1.02.  The rows \"no namespaces\" use"
	echo "bench/profiles/true-nons.cfg (Landlock, seccomp, identity and limits, as"
	echo "in Docker): the difference is what a fresh set of namespaces per job"
	echo "costs (made by the pool's refill, torn down by the kernel after each"
	echo "job), the net namespace aside: a root daemon's sandboxes share one."
	echo
	cat bench/out/daemon.md
} >bench/RESULTS.md
cat bench/RESULTS.md

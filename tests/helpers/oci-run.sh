#!/bin/bash
# tests/helpers/oci-run.sh STATEDIR [--bind DIR]... [--bind-ro DIR]... -- PROGRAM [ARGS...]
#
# Run PROGRAM in a real OCI container, with crun (Debian), the way
# "docker run" confines a process by default: Docker's 14 default
# capabilities (no CAP_SYS_ADMIN), no_new_privs off, its own mount, ipc and
# uts namespaces, and a seccomp filter that refuses what Docker's default
# profile refuses to a container without CAP_SYS_ADMIN and that scif would
# use: unshare, setns, mount, umount2, pivot_root (EPERM), clone with a
# CLONE_NEW* flag (EPERM) and clone3 (ENOSYS).
#
# Unlike Docker's default, the container shares the host's network and pid
# namespaces (docker run --network host --pid host): the test's listeners
# on 127.0.0.1 and its victim process must be reachable from inside, so
# that the attacks are real.  The root file system is an empty directory
# with the host's /usr and /etc bound read-only (Debian's merged /usr:
# /bin, /lib... are symlinks into it), plus the directories named.
#
# cgroups: crun refuses a hybrid hierarchy (v1 controllers plus an empty
# v2 at /sys/fs/cgroup/unified, as on the test machines); the container is
# started from a private mount namespace where that v2 mount is gone.
# Exit status: PROGRAM's; 125 when the container could not be run.
set -euo pipefail
state=$1
shift
binds=()
while [ $# -gt 0 ]; do
	case $1 in
	--bind) binds+=("$2:rw"); shift 2 ;;
	--bind-ro) binds+=("$2:ro"); shift 2 ;;
	--) shift; break ;;
	*) echo "oci-run: unknown option $1" >&2; exit 125 ;;
	esac
done
bundle=$(mktemp -d "$state/bundle.XXXXXX")
mkdir -p "$bundle/rootfs"
for l in bin sbin lib lib32 lib64 libx32; do
	[ -L "/$l" ] && ln -s "$(readlink "/$l")" "$bundle/rootfs/$l"
done

# Docker's default capability set (moby oci/caps/defaults.go).
caps='["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_FSETID","CAP_FOWNER","CAP_MKNOD",
"CAP_NET_RAW","CAP_SETGID","CAP_SETUID","CAP_SETFCAP","CAP_SETPCAP",
"CAP_NET_BIND_SERVICE","CAP_SYS_CHROOT","CAP_KILL","CAP_AUDIT_WRITE"]'

case $(uname -m) in
x86_64) arches='["SCMP_ARCH_X86_64","SCMP_ARCH_X86","SCMP_ARCH_X32"]' ;;
aarch64) arches='["SCMP_ARCH_AARCH64","SCMP_ARCH_ARM"]' ;;
*) arches='[]' ;;
esac
args=$(printf '%s\n' "$@" | jq -R . | jq -s .)
mounts=$(for b in "${binds[@]}"; do
	dir=${b%:*}
	mode=${b##*:}
	jq -n --arg d "$dir" --arg m "$mode" \
		'{destination: $d, type: "bind", source: $d, options: ["rbind", $m]}'
done | jq -s .)

jq -n --argjson args "$args" --argjson caps "$caps" --argjson binds "$mounts" \
	--argjson arches "$arches" '
{
  ociVersion: "1.0.0",
  process: {
    terminal: false,
    user: {uid: 0, gid: 0},
    args: $args,
    env: ["PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "HOME=/root"],
    cwd: "/",
    capabilities: {bounding: $caps, effective: $caps, permitted: $caps,
      inheritable: [], ambient: []},
    noNewPrivileges: false
  },
  root: {path: "rootfs", readonly: true},
  hostname: "oci",
  mounts: ([
    {destination: "/proc", type: "proc", source: "proc"},
    {destination: "/dev", type: "tmpfs", source: "tmpfs",
      options: ["nosuid", "strictatime", "mode=755", "size=65536k"]},
    {destination: "/dev/pts", type: "devpts", source: "devpts",
      options: ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]},
    {destination: "/dev/shm", type: "tmpfs", source: "shm",
      options: ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]},
    {destination: "/tmp", type: "tmpfs", source: "tmpfs",
      options: ["nosuid", "nodev", "mode=1777"]},
    {destination: "/usr", type: "bind", source: "/usr", options: ["rbind", "ro"]},
    {destination: "/etc", type: "bind", source: "/etc", options: ["rbind", "ro"]}
  ] + $binds),
  linux: {
    namespaces: [{type: "mount"}, {type: "ipc"}, {type: "uts"}],
    maskedPaths: ["/proc/kcore", "/proc/keys", "/proc/timer_list",
      "/proc/sched_debug", "/sys/firmware"],
    readonlyPaths: ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys",
      "/proc/sysrq-trigger"],
    seccomp: {
      defaultAction: "SCMP_ACT_ALLOW",
      architectures: $arches,
      syscalls: ([
        {names: ["unshare", "setns", "mount", "umount2", "pivot_root",
          "fsopen", "fsmount", "fsconfig", "fspick", "move_mount",
          "open_tree", "mount_setattr"],
         action: "SCMP_ACT_ERRNO", errnoRet: 1},
        {names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: 38}
      ] + [
        # clone with any CLONE_NEW* flag: one rule per flag.
        (131072, 33554432, 67108864, 134217728, 268435456, 536870912,
          1073741824) as $f |
        {names: ["clone"], action: "SCMP_ACT_ERRNO", errnoRet: 1,
         args: [{index: 0, value: $f, valueTwo: $f, op: "SCMP_CMP_MASKED_EQ"}]}
      ])
    }
  }
}' >"$bundle/config.json"

name=scif-test-$$-$RANDOM
status=0
unshare -m --propagation private sh -c '
	if mountpoint -q /sys/fs/cgroup/unified; then umount /sys/fs/cgroup/unified; fi
	exec crun --root "$1" run --bundle "$2" "$3"' sh "$state/crun" "$bundle" "$name" ||
	status=$?
crun --root "$state/crun" delete -f "$name" >/dev/null 2>&1 || true
rm -rf "$bundle"
exit "$status"

/* default_bpf.h - scif's default policy, compiled at build time. */
#ifndef SCIF_POLICY_DEFAULT_BPF_H
#define SCIF_POLICY_DEFAULT_BPF_H

#include <linux/filter.h>

/* Generated into the build directory by tools/gen_default_bpf.c. */
extern const struct sock_filter policy_default_bpf[];
extern const unsigned short policy_default_bpf_len;

#endif

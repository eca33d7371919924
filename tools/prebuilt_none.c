/*
 * prebuilt_none.c - an empty table of prebuilt policies, for the programs
 * that must compile every policy: the generator of the real table
 * (tools/gen_prebuilt_bpf.c) and the fuzzer.
 */
#include <stddef.h>

#include "policy/prebuilt.h"

const struct policy_prebuilt_table policy_prebuilt_table = { NULL, 0 };

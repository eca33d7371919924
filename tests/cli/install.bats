#!/usr/bin/env bats
# make install: binary, libraries, header, pkg-config file, man pages; a
# program built against the installed library runs a confined job.

load helpers

@test "make install into DESTDIR, and a program linked with -lscif" {
	[ "$SCIF" = "$TOP/build/scif" ] || skip "installs the plain build only"
	dest=$(mktemp -d)
	run make -s -C "$TOP" install DESTDIR="$dest" PREFIX=/usr
	[ "$status" -eq 0 ]
	for f in bin/scif lib/libscif.a lib/libscif.so lib/libscif.so.0 \
		include/scif.h lib/pkgconfig/scif.pc share/man/man1/scif.1 \
		share/man/man5/scif-policy.5; do
		[ -e "$dest/usr/$f" ] || { echo "missing $f"; return 1; }
	done
	cat >"$dest/prog.c" <<'C'
#include <stdio.h>
#include <scif.h>

int
main(void)
{
	char *argv[] = { "sh", "-c", "exit 7", NULL };
	struct scif_spec *s = scif_spec_new();
	struct scif_result res;
	struct scif_err err;

	if (s == NULL || scif_spec_set_argv(s, argv, &err) < 0 ||
	    scif_run(s, &res, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	printf("%d %s\n", res.exit_code, scif_reason_name(res.reason));
	scif_spec_free(s);
	return 0;
}
C
	flags=$(PKG_CONFIG_SYSROOT_DIR="$dest" PKG_CONFIG_PATH="$dest/usr/lib/pkgconfig" \
		pkg-config --cflags --libs scif)
	run cc -o "$dest/prog" "$dest/prog.c" $flags
	[ "$status" -eq 0 ]
	LD_LIBRARY_PATH="$dest/usr/lib" run "$dest/prog"
	[ "$status" -eq 0 ]
	[ "$output" = "7 exit" ]
	rm -rf "$dest"
}

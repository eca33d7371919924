CMakeFiles/json-c.dir/json_visit.c.o: \
 /work/main/build-fp/musl/src/json-c-0.16/json_visit.c \
 /usr/include/x86_64-linux-musl/stdio.h \
 /usr/include/x86_64-linux-musl/features.h \
 /usr/include/x86_64-linux-musl/bits/alltypes.h \
 /work/main/build-fp/musl/src/build-json-c/config.h \
 /work/main/build-fp/musl/src/json-c-0.16/json_inttypes.h \
 /work/main/build-fp/musl/src/build-json-c/json_config.h \
 /usr/include/x86_64-linux-musl/inttypes.h \
 /usr/include/x86_64-linux-musl/stdint.h \
 /usr/include/x86_64-linux-musl/bits/stdint.h \
 /work/main/build-fp/musl/src/json-c-0.16/json_object.h \
 /work/main/build-fp/musl/src/json-c-0.16/json_types.h \
 /work/main/build-fp/musl/src/json-c-0.16/printbuf.h \
 /usr/include/x86_64-linux-musl/stddef.h \
 /work/main/build-fp/musl/src/json-c-0.16/json_visit.h \
 /work/main/build-fp/musl/src/json-c-0.16/linkhash.h

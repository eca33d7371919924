CMakeFiles/json-c.dir/arraylist.c.o: \
 /work/main/build-fp/musl/src/json-c-0.16/arraylist.c \
 /work/main/build-fp/musl/src/build-json-c/config.h \
 /usr/include/x86_64-linux-musl/limits.h \
 /usr/include/x86_64-linux-musl/features.h \
 /usr/include/x86_64-linux-musl/bits/alltypes.h \
 /usr/include/x86_64-linux-musl/bits/limits.h \
 /usr/include/x86_64-linux-musl/stdlib.h \
 /usr/include/x86_64-linux-musl/alloca.h \
 /usr/include/x86_64-linux-musl/string.h \
 /usr/include/x86_64-linux-musl/strings.h \
 /work/main/build-fp/musl/src/json-c-0.16/arraylist.h \
 /usr/include/x86_64-linux-musl/stddef.h

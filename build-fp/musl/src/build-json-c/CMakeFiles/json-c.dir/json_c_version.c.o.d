CMakeFiles/json-c.dir/json_c_version.c.o: \
 /work/main/build-fp/musl/src/json-c-0.16/json_c_version.c \
 /work/main/build-fp/musl/src/build-json-c/config.h \
 /work/main/build-fp/musl/src/json-c-0.16/json_c_version.h

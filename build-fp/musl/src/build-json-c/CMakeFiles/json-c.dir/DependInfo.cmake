
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/build-fp/musl/src/json-c-0.16/arraylist.c" "CMakeFiles/json-c.dir/arraylist.c.o" "gcc" "CMakeFiles/json-c.dir/arraylist.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/debug.c" "CMakeFiles/json-c.dir/debug.c.o" "gcc" "CMakeFiles/json-c.dir/debug.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_c_version.c" "CMakeFiles/json-c.dir/json_c_version.c.o" "gcc" "CMakeFiles/json-c.dir/json_c_version.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_object.c" "CMakeFiles/json-c.dir/json_object.c.o" "gcc" "CMakeFiles/json-c.dir/json_object.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_object_iterator.c" "CMakeFiles/json-c.dir/json_object_iterator.c.o" "gcc" "CMakeFiles/json-c.dir/json_object_iterator.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_pointer.c" "CMakeFiles/json-c.dir/json_pointer.c.o" "gcc" "CMakeFiles/json-c.dir/json_pointer.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_tokener.c" "CMakeFiles/json-c.dir/json_tokener.c.o" "gcc" "CMakeFiles/json-c.dir/json_tokener.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_util.c" "CMakeFiles/json-c.dir/json_util.c.o" "gcc" "CMakeFiles/json-c.dir/json_util.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/json_visit.c" "CMakeFiles/json-c.dir/json_visit.c.o" "gcc" "CMakeFiles/json-c.dir/json_visit.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/linkhash.c" "CMakeFiles/json-c.dir/linkhash.c.o" "gcc" "CMakeFiles/json-c.dir/linkhash.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/printbuf.c" "CMakeFiles/json-c.dir/printbuf.c.o" "gcc" "CMakeFiles/json-c.dir/printbuf.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/random_seed.c" "CMakeFiles/json-c.dir/random_seed.c.o" "gcc" "CMakeFiles/json-c.dir/random_seed.c.o.d"
  "/work/main/build-fp/musl/src/json-c-0.16/strerror_override.c" "CMakeFiles/json-c.dir/strerror_override.c.o" "gcc" "CMakeFiles/json-c.dir/strerror_override.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")

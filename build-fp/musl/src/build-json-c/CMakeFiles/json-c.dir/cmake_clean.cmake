file(REMOVE_RECURSE
  "CMakeFiles/json-c.dir/arraylist.c.o"
  "CMakeFiles/json-c.dir/arraylist.c.o.d"
  "CMakeFiles/json-c.dir/debug.c.o"
  "CMakeFiles/json-c.dir/debug.c.o.d"
  "CMakeFiles/json-c.dir/json_c_version.c.o"
  "CMakeFiles/json-c.dir/json_c_version.c.o.d"
  "CMakeFiles/json-c.dir/json_object.c.o"
  "CMakeFiles/json-c.dir/json_object.c.o.d"
  "CMakeFiles/json-c.dir/json_object_iterator.c.o"
  "CMakeFiles/json-c.dir/json_object_iterator.c.o.d"
  "CMakeFiles/json-c.dir/json_pointer.c.o"
  "CMakeFiles/json-c.dir/json_pointer.c.o.d"
  "CMakeFiles/json-c.dir/json_tokener.c.o"
  "CMakeFiles/json-c.dir/json_tokener.c.o.d"
  "CMakeFiles/json-c.dir/json_util.c.o"
  "CMakeFiles/json-c.dir/json_util.c.o.d"
  "CMakeFiles/json-c.dir/json_visit.c.o"
  "CMakeFiles/json-c.dir/json_visit.c.o.d"
  "CMakeFiles/json-c.dir/linkhash.c.o"
  "CMakeFiles/json-c.dir/linkhash.c.o.d"
  "CMakeFiles/json-c.dir/printbuf.c.o"
  "CMakeFiles/json-c.dir/printbuf.c.o.d"
  "CMakeFiles/json-c.dir/random_seed.c.o"
  "CMakeFiles/json-c.dir/random_seed.c.o.d"
  "CMakeFiles/json-c.dir/strerror_override.c.o"
  "CMakeFiles/json-c.dir/strerror_override.c.o.d"
  "libjson-c.a"
  "libjson-c.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/json-c.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()

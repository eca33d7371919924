file(REMOVE_RECURSE
  "CMakeFiles/json_parse.dir/json_parse.c.o"
  "CMakeFiles/json_parse.dir/json_parse.c.o.d"
  "json_parse"
  "json_parse.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/json_parse.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()

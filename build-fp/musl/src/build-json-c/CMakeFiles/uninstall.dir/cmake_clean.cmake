file(REMOVE_RECURSE
  "CMakeFiles/uninstall"
)

# Per-language clean rules from dependency scanning.
foreach(lang )
  include(CMakeFiles/uninstall.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()

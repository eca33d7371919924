file(REMOVE_RECURSE
  "libjson-c.a"
)

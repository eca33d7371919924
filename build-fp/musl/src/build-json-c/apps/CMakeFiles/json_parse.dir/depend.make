# Empty dependencies file for json_parse.
# This may be replaced when dependencies are built.

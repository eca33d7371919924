# Empty dependencies file for json-c.
# This may be replaced when dependencies are built.

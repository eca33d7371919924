# Empty custom commands generated dependencies file for distcheck.
# This may be replaced when dependencies are built.

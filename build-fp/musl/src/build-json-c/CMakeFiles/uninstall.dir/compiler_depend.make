# Empty custom commands generated dependencies file for uninstall.
# This may be replaced when dependencies are built.

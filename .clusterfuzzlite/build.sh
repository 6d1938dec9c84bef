#!/bin/bash -eu
# ClusterFuzzLite's build step runs this file as $SRC/build.sh; the build
# itself is the one OSS-Fuzz would run, kept in a single place.  The engine
# runs build scripts with -x: pass that on, so the log shows every command.
case $- in
*x*) trace=-x ;;
*) trace= ;;
esac
exec bash -eu $trace "$SRC/libqresync/fuzz/oss-fuzz/build.sh"

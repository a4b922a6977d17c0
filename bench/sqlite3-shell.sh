#!/bin/sh
# Builds a sqlite3 shell recent enough to open a logbook (3.44 or later) into bench/tools/,
# from Debian's source of SQLite 3.46.1, for a machine whose own shell is older (Debian 12:
# 3.40). Then: BENCH_SQLITE3=bench/tools/sqlite3 npm run bench.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=3.46.1
mkdir -p "$here/tools" && cd "$here/tools"
[ -x sqlite3 ] && ./sqlite3 --version && exit 0
curl -fsSO "http://deb.debian.org/debian/pool/main/s/sqlite3/sqlite3_$version.orig.tar.xz"
tar xf "sqlite3_$version.orig.tar.xz"
cd "sqlite3-$version"
./configure --enable-fts5 --disable-tcl --disable-readline >/dev/null
make -j2 sqlite3 >/dev/null
cp sqlite3 "$here/tools/sqlite3"
"$here/tools/sqlite3" --version

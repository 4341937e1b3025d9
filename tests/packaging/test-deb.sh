#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack (into a temporary folder) and checks its control fields and contents:
# Depends computed by dpkg-shlibdeps plus the SQLite driver plug-in, maintainer, section, description, and
# the files under /usr that `cmake --install` puts there. Installing it is checked by hand (README, Install).
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
debs=("$out"/hamish_*.deb)
[[ ${#debs[@]} == 1 && -s ${debs[0]} ]] || {
    echo "FAIL: cpack wrote no hamish_*.deb: $(ls "$out")" >&2
    exit 1
}
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
[[ $(basename "$deb") == "hamish_${version}_$(dpkg-deb -f "$deb" Architecture).deb" ]] ||
    fail "unexpected file name $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
# From dpkg-shlibdeps: the libraries the binary links, with versions.
for package in libc6 libstdc++6 libicu72 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6; do
    grep -q -E "(^|, )${package//+/\\+} \(>= [^)]+\)" <<<"$depends" || fail "Depends lacks a versioned $package: $depends"
done
grep -q -E "(^|, )libqt6sql6-sqlite(,|$)" <<<"$depends" || fail "Depends lacks libqt6sql6-sqlite: $depends"
[[ $(dpkg-deb -f "$deb" Package) == hamish ]] || fail "Package is not hamish"
[[ $(dpkg-deb -f "$deb" Section) == text ]] || fail "Section is not text"
[[ $(dpkg-deb -f "$deb" Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is not 'Name <email>'"
description=$(dpkg-deb -f "$deb" Description)
[[ $(head -1 <<<"$description") == "reader and annotator for Arabic news articles" ]] ||
    fail "the description's synopsis is: $(head -1 <<<"$description")"
[[ $(wc -l <<<"$description") -ge 5 ]] || fail "the description has no long part"
grep -q -F '"' <<<"$description" && fail "the description has a double quote CPack may mangle"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/hamish ./usr/share/applications/hamish.desktop \
    ./usr/share/metainfo/org.hamishreader.hamish.metainfo.xml ./usr/share/mime/packages/hamish.xml \
    ./usr/share/icons/hicolor/scalable/apps/hamish.svg ./usr/share/icons/hicolor/48x48/apps/hamish.png \
    ./usr/share/man/man1/hamish.1.gz ./usr/share/bash-completion/completions/hamish \
    ./usr/share/doc/hamish/copyright; do
    grep -q -x -F "$file" <<<"$contents" || fail "the package lacks $file"
done
outside=$(grep -v -E '^\./usr/(|bin/.*|share/.*)$' <<<"$contents" || true)
[[ -z $outside ]] || fail "the package installs outside /usr/bin and /usr/share: $outside"
# Stripped: no debug sections in the shipped binary.
dpkg-deb -x "$deb" "$out/root"
if readelf -S "$out/root/usr/bin/hamish" | grep -q '\.debug_info'; then
    fail "/usr/bin/hamish is not stripped"
fi

finish "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; Depends: $depends"

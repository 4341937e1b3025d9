#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix and checks what a desktop needs from it: the launcher and the
# AppStream file validate, the project type registers with shared-mime-info (a new project is typed as one,
# with its icon), the icons exist at every size, and the installed binary runs from there.
# Usage: test-install.sh BUILD_DIR DESKTOP_PROBE (tests/helpers/DesktopProbe.cpp)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build=$1
probe=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
share=$prefix/share
version=$("$prefix/bin/hamish" --version | awk '{print $NF}')
[[ -n $version ]] || fail "the installed hamish prints no version"

for file in bin/hamish share/applications/hamish.desktop share/metainfo/org.hamishreader.hamish.metainfo.xml \
    share/mime/packages/hamish.xml share/icons/hicolor/scalable/apps/hamish.svg \
    share/icons/hicolor/scalable/mimetypes/application-x-hamish-project.svg share/man/man1/hamish.1.gz \
    share/bash-completion/completions/hamish share/doc/hamish/LICENSE share/doc/hamish/NOTICE \
    share/doc/hamish/copyright; do
    [[ -s $prefix/$file ]] || fail "not installed: $file"
done
# Translations, the model and the gazetteers are compiled in: nothing else may be installed.
unexpected=$(cd "$prefix" && find . -type f | grep -v -E '^\./(bin/hamish|share/(applications|metainfo|mime/packages|icons/hicolor|man/man1|bash-completion/completions|doc/hamish)/)' || true)
[[ -z $unexpected ]] || fail "installed where nothing is expected: $unexpected"

# The launcher.
desktop=$share/applications/hamish.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects hamish.desktop"
for key in 'Name=' 'Name\[ar\]=' 'GenericName=' 'GenericName\[ar\]=' 'Comment=' 'Comment\[ar\]=' 'Icon=hamish$' \
    'Exec=hamish %F$' 'Categories=' 'MimeType=.*text/plain;' 'MimeType=.*text/html;' \
    'MimeType=.*application/x-hamish-project;'; do
    grep -q -E "^$key" "$desktop" || fail "hamish.desktop lacks ^$key"
done

# AppStream: valid, pointing at the launcher, and its newest release is this version.
metainfo=$share/metainfo/org.hamishreader.hamish.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects the metainfo"
grep -q '<launchable type="desktop-id">hamish.desktop</launchable>' "$metainfo" ||
    fail "the metainfo does not launch hamish.desktop"
release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[[ $release == "$version" ]] ||
    fail "the metainfo's newest release is $release but hamish is $version: add a <release> for it"
for lang in ar; do
    for element in name summary p caption; do
        grep -q "<$element xml:lang=\"$lang\">" "$metainfo" || fail "the metainfo has no <$element> in $lang"
    done
done

# The project file type: well-formed, registers, and types a real project (with its icon).
xmllint --noout "$share/mime/packages/hamish.xml" || fail "hamish.xml is not well-formed XML"
XDG_DATA_DIRS=$share:/usr/share update-mime-database "$share/mime"
grep -q -x '60:application/x-hamish-project:\*\.hamish' "$share/mime/globs2" ||
    fail "update-mime-database did not register *.hamish: $(cat "$share/mime/globs2")"
work=$prefix/work
mkdir -p "$work"
"$prefix/bin/hamish" new "$work/notes.hamish" >/dev/null || fail "the installed hamish cannot create a project"
printf 'SQLite format 3\0' >"$work/other.sqlite3"
printf 'مقال\n' >"$work/article.txt"
# As a Qt desktop sees the prefix (a file manager's types, the icon theme): the new project is a Hamish
# project with its own icon, another SQLite file and a text file are not, and the launcher's icon is found.
seen=$(XDG_DATA_HOME=$prefix/empty XDG_DATA_DIRS=$share:/usr/share \
    "$probe" "$work/notes.hamish" "$work/other.sqlite3" "$work/article.txt" icon:hamish)
# Whether the system has icons for the other types is not Hamish's business: compare their type only.
seen=$(awk 'NR == 2 || NR == 3 {print $1; next} {print}' <<<"$seen")
expected="application/x-hamish-project application-x-hamish-project found
application/vnd.sqlite3
text/plain
icon hamish found"
[[ $seen == "$expected" ]] || fail "a Qt desktop sees the prefix as:
$seen
expected:
$expected"

# Icons: every PNG size exists, has that size, and is rendered from the SVG.
for icon in apps/hamish mimetypes/application-x-hamish-project; do
    for size in 16 22 24 32 48 64 128 256 512; do
        png=$share/icons/hicolor/${size}x$size/$icon.png
        if [[ ! -s $png ]]; then
            fail "no ${size}x$size icon: $png"
            continue
        fi
        read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
            awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
        [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x$height"
    done
done

# The man page renders without a warning.
warnings=$(zcat "$share/man/man1/hamish.1.gz" | groff -k -man -Tutf8 -ww -z 2>&1)
[[ -z $warnings ]] || fail "groff warns on the man page: $warnings"

# The installed binary works from its prefix (everything it needs is compiled in).
extracted=$("$prefix/bin/hamish" extract --compact "$work/article.txt") || fail "installed hamish extract failed"
[[ $extracted == *'"annotations"'* ]] || fail "installed hamish extract printed: $extracted"

finish "installed into a temporary prefix: all checks passed (hamish $version)"

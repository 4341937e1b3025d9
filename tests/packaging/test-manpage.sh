#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page renders without a warning and documents every command and every option the program lists
# (so a new option fails here until it is described), and carries the program's version.
# Usage: test-manpage.sh HAMISH MANPAGE
set -euo pipefail
source "$(dirname "$0")/lib.sh"

hamish=$(realpath "$1")
manpage=$2

warnings=$(groff -k -man -Tutf8 -ww -z "$manpage" 2>&1)
[[ -z $warnings ]] || fail "groff warns: $warnings"
# The page as a reader sees it, without bold or underline.
text=$(groff -k -man -Tutf8 -rLL=200n -rHY=0 -P-cbou "$manpage" 2>/dev/null)

commands=$(hamish_commands "$hamish")
[[ -n $commands ]] || fail "hamish --help lists no commands"
# The window's options, under OPTIONS.
window_options=$(awk '/^OPTIONS/ {on = 1; next} /^[A-Z]/ {on = 0} on' <<<"$text")
for option in $(hamish_options "$hamish"); do
    grep -q -- "$option\b" <<<"$window_options" || fail "OPTIONS does not describe $option (hamish --help)"
done
# Each command has its own section, which describes each of its options.
for command in $commands; do
    section=$(awk -v heading="   hamish $command" '
        index($0, heading " ") == 1 || $0 == heading {on = 1; print; next}
        /^   hamish / || /^[A-Z]/ {on = 0}
        on' <<<"$text")
    if [[ -z $section ]]; then
        fail "no section \"hamish $command\" under COMMANDS"
        continue
    fi
    for option in $(hamish_options "$hamish" "$command"); do
        case $option in -h | --help | --help-all) continue ;; esac
        grep -q -- "$option\b" <<<"$section" ||
            fail "the section of hamish $command does not describe $option (hamish $command --help)"
    done
done

version=$("$hamish" --version | awk '{print $NF}')
grep -q "^\.TH HAMISH 1 \"[0-9-]*\" \"Hamish $version\"" "$manpage" ||
    fail "the man page's .TH does not name Hamish $version"

finish "man page: renders cleanly; $(wc -w <<<"$commands") commands and their options described"

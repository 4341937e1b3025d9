#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sources the bash completion the package installs and asks it what a user pressing TAB would get: commands,
# option values, the files each position takes; and that it offers every command and every option the
# program lists (so a new option fails here until the completion knows it).
# Usage: test-completion.sh HAMISH COMPLETION_SCRIPT
set -uo pipefail
export LC_COLLATE=C
source "$(dirname "$0")/lib.sh"

hamish=$(realpath "$1")
source "$2"

# Completes LINE as bash would with the cursor at its end (words split at blanks and at '=', as with the
# default COMP_WORDBREAKS) and prints the candidates sorted, one a line.
complete_line()
{
    local line=$1
    local -a words=()
    read -r -a words <<<"${line//=/ = }"
    [[ $line == *' ' ]] && words+=("")
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$((${#words[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _hamish hamish "${words[COMP_CWORD]}" "${words[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect()
{
    local line=$1 expected=$2 got
    got=$(complete_line "$line")
    [[ $got == "$expected" ]] || fail "hamish completes \"$line\" to:
$got
expected:
$expected"
}

commands=$(hamish_commands "$hamish")
[[ -n $commands ]] || fail "hamish --help lists no commands"
[[ $(complete -p hamish 2>/dev/null) == "complete -F _hamish hamish" ]] || fail "the script does not register _hamish"

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
cd "$workdir" || exit 1
mkdir sub
touch a.txt b.HTML c.png d.hamish e.jsonl f.conll g.bin notes.hamish.txt

expect "hamish ex" $'export\nextract'
expect "hamish export --format " $'brat\nconll\njson\njsonl\nwebanno'
expect "hamish export --format=js" $'json\njsonl'
expect "hamish export --for" $'--force\n--format'
expect "hamish export " $'d.hamish\nsub'
expect "hamish extract " $'a.txt\nb.HTML\nc.png\nnotes.hamish.txt\nsub'
expect "hamish extract --compact a" "a.txt"
expect "hamish text --encoding windows" $'windows-1252\nwindows-1256'
expect "hamish new " $'d.hamish\nsub'
expect "hamish new d.hamish " $'a.txt\nb.HTML\nc.png\nnotes.hamish.txt\nsub'
expect "hamish add d.hamish a.txt " $'a.txt\nb.HTML\nc.png\nnotes.hamish.txt\nsub'
expect "hamish import --dry-run d.hamish " $'e.jsonl\nsub'
expect "hamish eval --engine " $'model\nrules\nstandard'
expect "hamish eval --model " $'g.bin\nsub'
expect "hamish train --without word,st" "word,stem"
expect "hamish build-gazetteers -o " "sub"
expect "hamish --theme " $'dark\nlight\nsepia'
expect "hamish --language=" $'ar\nen'
expect "hamish --screenshot " $'c.png\nsub'
expect "hamish " "$(printf '%s\n' $commands a.txt b.HTML c.png d.hamish notes.hamish.txt sub | sort)"

# Everything the program lists is offered.
for command in $commands; do
    [[ $(complete_line "hamish ${command:0:2}") == *"$command"* ]] || fail "\"hamish ${command:0:2}\" does not offer $command"
    offered=$(complete_line "hamish $command -")
    for option in $(hamish_options "$hamish" "$command"); do
        grep -q -x -- "$option" <<<"$offered" || fail "\"hamish $command -\" does not offer $option (hamish $command --help)"
    done
done
offered=$(complete_line "hamish -")
for option in $(hamish_options "$hamish"); do
    grep -q -x -- "$option" <<<"$offered" || fail "\"hamish -\" does not offer $option (hamish --help)"
done

finish "bash completion: all cases and every listed command and option completed"

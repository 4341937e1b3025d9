# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the packaging tests: failure counting, and what `hamish --help` and `hamish COMMAND --help` list,
# so the man page and the shell completion are checked against the program itself, not a copy of its options.

failures=0
# Reports a failed check and carries on, so one run lists every problem.
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Exits 1 after failed checks, else prints the summary given.
finish()
{
    if ((failures)); then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "$*"
}

# The commands listed under "Commands" in `hamish --help`.
hamish_commands()
{
    "$1" --help | awk '/^Commands/ {in_list = 1; next} in_list && /^$/ {exit} in_list && /^  [a-z]/ {print $1}'
}

# The options (-x and --long) of `hamish --help`, or of `hamish COMMAND --help` when a command is given.
hamish_options()
{
    local binary=$1 command=${2:-}
    { if [[ -n $command ]]; then "$binary" "$command" --help; else "$binary" --help; fi; } |
        awk '/^  -/ {sub(/^  /, ""); sub(/  .*/, ""); print}' | grep -oE -- '--?[A-Za-z][A-Za-z0-9-]*'
}

#!/usr/bin/env bash
# tools/dev run and exec see the user's files at the paths the host gives them (README,
# "what the build environment can see"): a file in the host's /tmp, one named relative to the
# current folder, and a folder named only on the command line; what is written there belongs
# to the user who ran the command. Run on the host by `tools/dev test`, never inside the root.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dev="$repo/tools/dev"
samples="$repo/resources/samples"

in_tmp=$(mktemp -d "${TMPDIR:-/tmp}/ccedit-host-view.XXXXXX")
elsewhere=$(mktemp -d /var/tmp/ccedit-host-view.XXXXXX) # outside home, /tmp and the repository
trap 'rm -rf "$in_tmp" "$elsewhere"' EXIT
cp "$samples/customers-with-problems.csv" "$in_tmp/list.csv"
cp "$samples/customers-clean.csv" "$elsewhere/clean.csv"

failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }

# $1: what is checked; the rest: the command. Prints the command's output; status must be $expect.
expect_status() {
  local what=$1 expect=$2 status=0; shift 2
  "$@" >"$in_tmp/.out" 2>"$in_tmp/.err" || status=$?
  [ "$status" -eq "$expect" ] || { fail "$what: exit $status, expected $expect"; sed 's/^/  /' "$in_tmp/.err" >&2; }
}

expect_status "--check of a file in the host's /tmp" 1 "$dev" run --check "$in_tmp/list.csv"
grep -q -F "$in_tmp/list.csv:5:4: error: " "$in_tmp/.out" \
  || fail "--check of $in_tmp/list.csv did not report its problems by path and line"

expect_status "--check of a file named relative to the current folder" 1 \
  bash -c 'cd "$1" && "$2" run --check list.csv' _ "$in_tmp" "$dev"
grep -q -E '^list\.csv:5:4: error: ' "$in_tmp/.out" \
  || fail "--check of list.csv from its own folder did not report its problems"

expect_status "--convert into a folder named only on the command line" 0 \
  "$dev" run --convert "$elsewhere/clean.csv" -o "$elsewhere/out.csv"
if [ ! -s "$elsewhere/out.csv" ]; then
  fail "--convert wrote nothing to $elsewhere/out.csv"
else
  [ "$(stat -c %u "$elsewhere/out.csv")" = "$(id -u)" ] \
    || fail "$elsewhere/out.csv belongs to uid $(stat -c %u "$elsewhere/out.csv"), not $(id -u)"
  grep -q -F 'ENT|NORDHAVEN,CRM-10021' "$elsewhere/out.csv" || fail "$elsewhere/out.csv lacks the rows of clean.csv"
fi

expect_status "--convert of an export into the host's /tmp" 0 \
  "$dev" run --convert "$samples/2024-05-06_0930_customer.json.gz" --valid-only -o "$in_tmp/export.csv"
[ -s "$in_tmp/export.csv" ] || fail "--convert wrote nothing to $in_tmp/export.csv"

expect_status "exec reads a file in the host's /tmp" 0 "$dev" exec cat "$in_tmp/list.csv"
cmp -s "$in_tmp/.out" "$in_tmp/list.csv" || fail "exec cat did not see $in_tmp/list.csv as the host does"

if [ "$failures" -gt 0 ]; then
  printf 'host-view: %d check(s) failed\n' "$failures" >&2
  exit 1
fi
echo "host-view: tools/dev run and exec see the host's files (5 checks passed)"

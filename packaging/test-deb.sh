#!/usr/bin/env bash
# Installs the .deb into a fresh Debian root and runs ccedit there, to catch missing
# dependencies and files. Usage: packaging/test-deb.sh BASE_TARBALL DEB
#
# BASE_TARBALL is a pristine Debian 13 minbase system as a tar file (tools/dev makes it; its
# apt sources and an APT::Sandbox::User of root are already set). The root is unpacked into
# a temporary folder, entered with bubblewrap as root with network, and deleted afterwards.
set -euo pipefail

say() { printf 'test-deb: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[ $# -eq 2 ] || { say "usage: $0 BASE_TARBALL DEB"; exit 2; }
tarball=$1
deb=$2
[ -f "$tarball" ] || { say "no base tarball '$tarball'"; exit 2; }
[ -f "$deb" ] || { say "no package '$deb'"; exit 2; }
deb=$(realpath "$deb") # bwrap binds it by its full path
deb_name=$(basename "$deb")

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

root=$(mktemp -d "${TMPDIR:-/tmp}/ccedit-test-deb.XXXXXX")
cleanup() { as_root rm -rf --one-file-system "$root"; }
trap cleanup EXIT
as_root tar -C "$root" -xf "$tarball"

# Like tools/dev's root_admin, plus the package bound in at /tmp/DEB. The environment is
# emptied so the host's display, locale and QT_QPA_PLATFORM do not leak in.
in_root() {
  as_root bwrap --bind "$root" / --proc /proc --dev /dev --tmpfs /tmp \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --ro-bind "$deb" "/tmp/$deb_name" \
    --cap-add ALL --unshare-pid --die-with-parent --clearenv \
    --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
    --setenv HOME /root --setenv LANG C.UTF-8 "$@"
}

say "installing $deb_name into a fresh Debian root"
# No recommends: the package's own dependencies must be enough for the command line.
in_root sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$deb_name" \
  >"$root.apt.log" 2>&1 || { tail -n 30 "$root.apt.log" >&2; rm -f "$root.apt.log"; fail "apt-get install"; }
rm -f "$root.apt.log"

# Runs CMD in the root; sets out (stdout), err (stderr) and status.
run() {
  local files
  files=$(mktemp -d)
  status=0
  in_root "$@" >"$files/out" 2>"$files/err" || status=$?
  out=$(cat "$files/out")
  err=$(cat "$files/err")
  rm -rf "$files"
}

show() { printf '%s\n--- stdout:\n%s\n--- stderr:\n%s\n' "$1" "$out" "$err" >&2; }

samples=/usr/share/ccedit/samples
version=$(dpkg-deb -f "$deb" Version)

run ccedit --version
[ "$status" -eq 0 ] || { show "ccedit --version"; fail "ccedit --version exited with $status"; }
grep -q -F "$version" <<<"$out" || { show "ccedit --version"; fail "ccedit --version does not print $version"; }
say "ccedit --version: $out"

for file in /usr/share/man/man1/ccedit.1.gz /usr/share/applications/io.github.ccedit.CCEdit.desktop \
            /usr/share/metainfo/io.github.ccedit.CCEdit.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.ccedit.CCEdit.svg; do
  run test -s "$file"
  [ "$status" -eq 0 ] || fail "$file is not installed"
done

# The sample with problems: exit status 1, one diagnostic a line in FORMATS.md's format.
sample="$samples/customers-with-problems.csv"
line_format="^$sample:[0-9]+:[0-9]+: (error|warning): .+ \[[a-z0-9-]+\]\$"
run ccedit --check "$sample"
[ "$status" -eq 1 ] || { show "ccedit --check $sample"; fail "--check exited with $status, expected 1 (errors found)"; }
[ -n "$out" ] || { show "ccedit --check $sample"; fail "--check printed no diagnostics"; }
grep -v -E -q "$line_format" <<<"$out" && { show "ccedit --check $sample"; fail "--check printed a line not in the FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] format"; }
# Standard error holds the summary line only: no warnings from Qt about plugins or locales.
[ "$(wc -l <<<"$err")" -eq 1 ] || { show "ccedit --check $sample"; fail "--check wrote more than its summary to standard error"; }
english=$out
say "ccedit --check $sample: $(wc -l <<<"$out") problems"

# The same in German: other messages, the same codes. The root has no German locale data,
# so Qt warns on standard error that it uses C.UTF-8 for the encoding; the language is
# taken from LANG and LANGUAGE all the same.
run env LANG=de_DE.UTF-8 LANGUAGE=de ccedit --check "$sample"
[ "$status" -eq 1 ] || { show "German ccedit --check"; fail "German --check exited with $status, expected 1"; }
[ "$out" != "$english" ] || { show "German ccedit --check"; fail "German --check printed English messages"; }
codes() { grep -o -E '\[[a-z0-9-]+\]$'; }
[ "$(codes <<<"$out")" = "$(codes <<<"$english")" ] || { show "German ccedit --check"; fail "German --check changed the codes"; }

# An export in a gzip file: reading it exercises KArchive and its compression libraries.
export_sample="$samples/2024-05-06_0930_customer.json.gz"
run ccedit --check "$export_sample"
[ "$status" -le 1 ] || { show "ccedit --check $export_sample"; fail "--check of the export exited with $status (fatal)"; }

say "the package installs and works"

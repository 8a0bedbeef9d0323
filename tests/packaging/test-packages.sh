#!/usr/bin/env bash
# Usage: test-packages.sh BUILD_DIR VERSION
# Packs wither-proxy and wither-admin as .deb with CPack, checks control data and contents with dpkg-deb,
# unpacks both into a temporary root and runs the programs from there.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
proxy_deb=$(ls "$work"/out/wither-proxy_"$version"*.deb 2>/dev/null | head -n1)
admin_deb=$(ls "$work"/out/wither-admin_"$version"*.deb 2>/dev/null | head -n1)
[[ -f $proxy_deb ]] || { ls -R "$work/out"; fail "no wither-proxy package"; }
[[ -f $admin_deb ]] || { ls -R "$work/out"; fail "no wither-admin package"; }
echo "packages: $(basename "$proxy_deb") $(basename "$admin_deb")"

expect_file() { # deb path
    dpkg-deb -c "$1" | awk '{print $NF}' | grep -qx "\\./$2" || fail "$(basename "$1") lacks /$2"
}
expect_field() { # deb field regex
    dpkg-deb -f "$1" "$2" | grep -qE "$3" || fail "$(basename "$1"): $2 does not match $3 ($(dpkg-deb -f "$1" "$2"))"
}

# wither-proxy: binary, unit, sysusers, config, man page; dependencies computed from the binary's libraries.
expect_file "$proxy_deb" usr/bin/wither-proxy
expect_file "$proxy_deb" usr/lib/systemd/system/wither-proxy.service
expect_file "$proxy_deb" usr/lib/sysusers.d/wither-proxy.conf
expect_file "$proxy_deb" etc/wither/wither.conf
expect_file "$proxy_deb" usr/share/man/man1/wither-proxy.1.gz
expect_field "$proxy_deb" Package '^wither-proxy$'
expect_field "$proxy_deb" Depends 'libpoco'
expect_field "$proxy_deb" Depends 'libsqlite3'
expect_field "$proxy_deb" Depends 'libssl3'
dpkg-deb -f "$proxy_deb" Depends | grep -q 'libqt6' && fail "wither-proxy must not depend on Qt"
dpkg-deb -e "$proxy_deb" "$work/control"
for script in postinst prerm postrm; do
    [[ -x $work/control/$script ]] || fail "wither-proxy lacks an executable $script"
done
grep -q 'purge' "$work/control/postrm" || fail "postrm must only delete data on purge"
grep -q 'rm -rf /var/lib/wither' "$work/control/postinst" && fail "postinst must never delete data"
grep -qx '/etc/wither/wither.conf' "$work/control/conffiles" || fail "wither.conf must be a conffile"

# wither-admin: binary and desktop integration; depends on Qt, not on Poco.
expect_file "$admin_deb" usr/bin/wither-admin
expect_file "$admin_deb" usr/share/applications/org.wither.WitherAdmin.desktop
expect_file "$admin_deb" usr/share/metainfo/org.wither.WitherAdmin.metainfo.xml
expect_file "$admin_deb" usr/share/icons/hicolor/scalable/apps/org.wither.WitherAdmin.svg
expect_file "$admin_deb" usr/share/icons/hicolor/48x48/apps/org.wither.WitherAdmin.png
expect_field "$admin_deb" Package '^wither-admin$'
expect_field "$admin_deb" Depends 'libqt6'
dpkg-deb -f "$admin_deb" Depends | grep -q 'libpoco' && fail "wither-admin must not depend on Poco"

# Unpack both into a private root and run the programs from there.
root="$work/root"
dpkg-deb -x "$proxy_deb" "$root"
dpkg-deb -x "$admin_deb" "$root"
"$root/usr/bin/wither-proxy" --version | grep -q "$version" || fail "wither-proxy --version"
"$root/usr/bin/wither-proxy" --help | grep -q -- '--data-dir' || fail "wither-proxy --help"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/wither-admin" --version 2>&1 | grep -q "$version" || fail "wither-admin --version"

# The unit must parse cleanly (a container without systemd as PID 1 cannot resolve every dependency, so only
# syntax problems count).
if command -v systemd-analyze >/dev/null 2>&1; then
    out=$(systemd-analyze verify --man=no "$root/usr/lib/systemd/system/wither-proxy.service" 2>&1 || true)
    if grep -E "Unknown key|Failed to parse|Invalid|ignoring" <<<"$out"; then
        fail "systemd unit has problems"
    fi
fi
echo "packages OK"

#!/usr/bin/env bash
# Refreshes the vendored NHS.UK frontend (npm package nhsuk-frontend) under
# app/src/main/resources/static/nhsuk/ (stylesheet, script, package.json with its MIT licence)
# and static/assets/ (icons). No webjar of it exists, so its built files are vendored.
# Usage: scripts/refresh-nhsuk-frontend.sh [VERSION]   (default: the version pinned below)
set -euo pipefail
version="${1:-10.6.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
static="$root/app/src/main/resources/static"
target="$static/nhsuk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "nhsuk-frontend@$version" >/dev/null)
tar -xzf "$work/nhsuk-frontend-$version.tgz" -C "$work"
dist="$work/package/dist/nhsuk"

rm -rf "$target" "$static/assets"
mkdir -p "$target"
cp "$dist/nhsuk-frontend.min.css" "$dist/nhsuk-frontend.min.js" "$target/"
# the stylesheet refers to its icons as /assets/images/..., so they are served from the site root
cp -R "$dist/assets" "$static/assets"
cp "$work/package/package.json" "$target/package.json"
echo "$version" > "$target/VERSION"
echo "NHS.UK frontend $version vendored into ${target#"$root"/}"

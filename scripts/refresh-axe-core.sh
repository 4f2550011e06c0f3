#!/usr/bin/env bash
# Refreshes the vendored axe-core (npm package axe-core, MPL-2.0) under app/src/test/resources/axe/:
# the minified engine, its licence and a VERSION file. Only the browser accessibility tests use it;
# it is never served by the application.
# Usage: scripts/refresh-axe-core.sh [VERSION]   (default: the version pinned below)
set -euo pipefail
version="${1:-4.14.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/app/src/test/resources/axe"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null)
tar -xzf "$work/axe-core-$version.tgz" -C "$work"

rm -rf "$target"
mkdir -p "$target"
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$target/"
echo "$version" > "$target/VERSION"
cat > "$target/README.md" <<README
# axe-core $version (vendored for tests only)

Source: npm package \`axe-core@$version\` (Deque Systems, https://github.com/dequelabs/axe-core), files
\`axe.min.js\` and \`LICENSE\` copied unchanged from the package. Licence: Mozilla Public License 2.0 (see LICENSE).
Used by the browser tests (\`org.rarewatch.app.support.Axe\`) to check pages against WCAG 2.2 A/AA; never served.
Refresh with \`scripts/refresh-axe-core.sh [VERSION]\`.
README
echo "axe-core $version vendored into ${target#"$root"/}"

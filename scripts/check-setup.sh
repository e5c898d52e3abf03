#!/usr/bin/env bash
# First step of `npm test` and of CI: the Node version and the Debian packages the tests need.
# As root with apt, missing packages are installed (shown as it goes); otherwise this stops at
# once with the one command to run, before anything is built or tested.
set -uo pipefail

# What the tests need: a command (or, starting with /, a file) each, and the Debian package that
# brings it. The one list.
needs=(
  "chromium:chromium"       # browser gates, search tests, print (CHROME_PATH may name another)
  "xmllint:libxml2-utils"   # sitemap schema
  "java:default-jre-headless" # Nu HTML checker
  "nginx:nginx"             # npm run serve:nginx and tests/deploy/ (deploy/nginx.conf)
  "wrk:wrk"                 # the load check in tests/deploy/
  "rsync:rsync"             # npm run deploy (releases are copied with rsync)
  "rclone:rclone"           # npm run deploy to s3:<bucket>/<prefix> (tests/deploy/bucket.test.ts)
  "ssh:openssh-client"      # npm run deploy to user@host:/path
  "/usr/sbin/sshd:openssh-server" # the deploy tests start an sshd on 127.0.0.1
  "/usr/share/hunspell/mn_MN.dic:hunspell-mn" # Mongolian words for the benchmark corpus (tests/bench/)
  "/usr/share/dict/british-english:wbritish"  # English words for the benchmark corpus
)
# nginx lives in /usr/sbin, which a normal user's PATH may leave out. SETUP_ROOT moves the file
# system root these paths are read from (the tests point it at a stand-in tree).
root="${SETUP_ROOT:-}"
PATH="$PATH:$root/usr/sbin:$root/sbin"
min_node="22.12.0"

# Node: the one npm runs the scripts with (the project's own Node 22, once `npm install` ran).
node_version="$(node -p 'process.versions.node' 2>/dev/null || true)"
older() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" != "$2" ]; }
if [ -z "$node_version" ] || older "$node_version" "$min_node"; then
  echo "✗ Node ${node_version:-(not found)} is older than the tests need (${min_node})." >&2
  echo "  The project brings Node 22 as a dev dependency: run \`npm install\` first (with Node 20 or newer)." >&2
  exit 1
fi

missing=()
for need in "${needs[@]}"; do
  cmd="${need%%:*}"
  pkg="${need#*:}"
  if [ "$cmd" = chromium ] && [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then continue; fi
  if [ "${cmd:0:1}" = / ]; then
    [ -e "$root$cmd" ] || missing+=("$pkg")
  else
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing what the tests need: ${missing[*]}"
  echo "+ apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq || { echo "✗ apt-get update failed" >&2; exit 1; }
  echo "+ $line"
  DEBIAN_FRONTEND=noninteractive $line || { echo "✗ could not install ${missing[*]}" >&2; exit 1; }
  exit 0
fi
echo "✗ The tests need Debian packages that are missing: ${missing[*]}" >&2
echo "  Install them, then run npm test again:" >&2
echo "    sudo apt-get update && sudo $line" >&2
exit 1

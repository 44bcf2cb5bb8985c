#!/usr/bin/env bash
# Serves the static export (out/) with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground.
# Usage: bash scripts/serve-static.sh [port]   (installs nginx from Debian's packages when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"
root="$(pwd)/out"
[ -f "$root/index.html" ] || { echo "no static export in out/: run npm run export first" >&2; exit 1; }

nginx_bin="$(command -v nginx || true)"
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
if [ -z "$nginx_bin" ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  nginx_bin=/usr/sbin/nginx
fi

dir="$(mktemp -d)"
# The shipped config, with this machine's port, root and writable paths.
sed -e "s#listen 127.0.0.1:8080;#listen 127.0.0.1:${port};#" \
    -e "s#root /var/www/minhvo/out;#root ${root};#" \
    -e "s#/tmp/minhvo-nginx#${dir}/nginx#g" \
    deploy/nginx.conf > "$dir/nginx.conf"
exec "$nginx_bin" -c "$dir/nginx.conf" -g 'daemon off;'

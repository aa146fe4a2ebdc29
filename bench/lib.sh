# Shared by the benchmark scripts: `. "$(dirname "$0")/lib.sh"` after `set -euo pipefail`.

say() { printf '==> %s\n' "$*" >&2; }
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# install_missing PACKAGE...: installs them from Debian's packages as root, or stops saying what to install.
install_missing() {
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $* from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$@" >/dev/null; }
  else
    say "missing $* and not root: install them first"; exit 1
  fi
}

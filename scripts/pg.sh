# PostgreSQL helpers shared by ./roi and bench/run: install the server when missing, private clusters on
# 127.0.0.1, free ports. Sourced, not run; the caller defines say and die (messages and fatal errors).
# shellcheck shell=bash

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi
}

apt_install() {
  say "installing $* from the distribution's packages"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq "$@" >/dev/null 2>&1 || { as_root apt-get update -qq >/dev/null && as_root apt-get install -y -qq "$@" >/dev/null; }
}

pg_bindir() {
  local dir
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  return 1
}

ensure_postgres() {
  PGBIN=$(pg_bindir) || { apt_install postgresql; PGBIN=$(pg_bindir) || die "PostgreSQL server binaries not found after install"; }
}

# Runs a server binary as the postgres user when we are root (initdb refuses to run as root).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_cluster DIR PORT PASSWORD [extra server options]: initialises once, starts if not running.
start_cluster() {
  local dir=$1 port=$2 password=$3; shift 3
  local extra="$*"
  if [ ! -f "$dir/pg/PG_VERSION" ]; then
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$dir/pg" "$dir/run"; else install -d -m 700 "$dir/pg" "$dir/run"; fi
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" >"$pwfile"
    chmod 644 "$pwfile"
    as_pg "$PGBIN/initdb" -D "$dir/pg" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { rm -f "$pwfile"; cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/pg" -l "$dir/run/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir/run $extra" start >/dev/null \
      || { cat "$dir/run/server.log" >&2 2>/dev/null; die "PostgreSQL did not start on 127.0.0.1:$port"; }
  fi
}

stop_cluster() {
  local dir=$1
  [ -f "$dir/pg/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
}

# free_port [FROM [TO]]: a random port in the range with nothing listening on 127.0.0.1 (default 55440-57439), so
# that parallel runs on one machine (tests in two checkouts, a benchmark) do not pick the same one.
free_port() {
  local port tries from=${1:-55440} to=${2:-57439}
  for tries in $(seq 1 100); do
    port=$((from + RANDOM % (to - from + 1)))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port in $from-$to"
}

#!/usr/bin/env bash
# Private Redis and PostgreSQL servers on loopback for the test suite (see
# docs/decisions/0002-ci-servers.md).
#
#   scripts/servers.sh start  [DIR]   install missing Debian packages, start both servers
#   scripts/servers.sh stop   [DIR]   stop both servers and delete their data
#   scripts/servers.sh env    [DIR]   print `export HUB_TEST_...=...` lines for the running servers
#   scripts/servers.sh status [DIR]   say what runs where, with versions
#   scripts/servers.sh restart-redis [DIR]   stop Redis and start it again on the same port (a fault test)
#   scripts/servers.sh restart-pg    [DIR]   stop PostgreSQL (fast) and start it again, same port and data
#
# The restarts keep a server down for HUB_CI_DOWN_SECONDS (default 0) between stop and start, and then,
# when HUB_CI_UP_AFTER names a file, until that file exists (at most 300 s): a fault test's word that
# what it restarts the server under has seen it down. Redis comes back empty (it saves nothing), as a
# real Redis that lost its memory would.
#
# DIR defaults to ./var/ci-servers. Everything lives under DIR, except the PostgreSQL cluster when the
# postgres user cannot reach DIR (or its socket path would be too long): then it goes in a mktemp
# directory whose path is recorded in DIR/pg.home. Nothing here uses systemd, init scripts or the
# system clusters. Safe to repeat: `start` on running servers only checks them.
set -euo pipefail
# KEEP_PORT is this script's own word between a restart and its start (`KEEP_PORT=$port start_pg`): one
# left in the caller's environment would put both servers on the same port.
unset KEEP_PORT

REDIS_DEFAULT_PORT=${HUB_CI_REDIS_PORT:-6399}
PG_DEFAULT_PORT=${HUB_CI_PG_PORT:-5499}
PG_USER=postgres # the superuser name inside the cluster (initdb -U), also the OS user when run as root
PG_DB=hub_test
CHROMIUM=/usr/bin/chromium

log() { printf 'servers.sh: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

usage() {
    echo "usage: $0 start|stop|env|status|restart-redis|restart-pg [DIR]   (DIR defaults to ./var/ci-servers)" >&2
    exit 2
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# ---------------------------------------------------------------- packages

pg_bindir() {
    # The highest installed major version (sort -V so 15 < 16 < 100).
    local d
    d=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    [[ -n $d && -x $d/initdb && -x $d/pg_ctl ]] && printf '%s\n' "$d"
}

ensure_packages() {
    local missing=()
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    pg_bindir >/dev/null || missing+=(postgresql)
    [[ -x $CHROMIUM ]] || missing+=(chromium)
    # --no-install-recommends drops chromium's fonts; without any font, pages render as empty boxes.
    [[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
    # pdftoppm: the claims' test renders a filled PDF as a viewer would and looks at the pixels.
    command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
    # openssl: a test checks a checkpoint with the command decision 0008 documents for auditors.
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
    ((${#missing[@]} == 0)) && return 0

    if ! is_root; then
        die "missing Debian packages: ${missing[*]}; install them as root: apt-get install -y ${missing[*]}"
    fi
    command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
    log "installing ${missing[*]} (apt-get update first)"

    # Keep package scripts from starting the system redis/postgres services: we start our own, and a
    # machine without systemd would otherwise get stray daemons on 6379/5432. Only if no policy exists.
    local policy=/usr/sbin/policy-rc.d made_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        made_policy=1
    fi
    local rc=0
    {
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 -qq update &&
            apt-get -o DPkg::Lock::Timeout=300 -qq install -y --no-install-recommends "${missing[@]}" >/dev/null
    } || rc=$?
    ((made_policy)) && rm -f "$policy"
    ((rc == 0)) || die "apt-get failed (exit $rc) installing ${missing[*]}"

    command -v redis-server >/dev/null 2>&1 || die "redis-server still not found after install"
    pg_bindir >/dev/null || die "no /usr/lib/postgresql/*/bin/initdb after installing postgresql"
}

# ---------------------------------------------------------------- helpers

port_free() {
    # A quick bind test on loopback: true when nothing listens on the port.
    python3 - "$1" <<'EOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
}

pick_port() {
    # A restart takes its old port back as it is: the servers bind with SO_REUSEADDR, and a bind test
    # without it would call a port whose closed connections linger in TIME_WAIT taken.
    if [[ -n ${KEEP_PORT:-} ]]; then
        printf '%s\n' "$KEEP_PORT"
        return 0
    fi
    local p=$1 last=$(($1 + 100))
    while ((p < last)); do
        if port_free "$p"; then
            printf '%s\n' "$p"
            return 0
        fi
        log "port $p is taken, trying $((p + 1))"
        p=$((p + 1))
    done
    die "no free port in $1..$((last - 1))"
}

# Run a PostgreSQL tool as the cluster owner: postgres when we are root (the server refuses to run as
# root), ourselves otherwise. The cd avoids "could not identify current directory" when postgres cannot
# read our working directory.
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_state() { [[ -f $DIR/$1 ]] && cat "$DIR/$1"; }

redis_pid() {
    # The pid from the pidfile, only if that process is alive and is redis-server.
    local pid
    pid=$(cat "$DIR/redis.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    grep -q redis "/proc/$pid/cmdline" 2>/dev/null || return 1
    printf '%s\n' "$pid"
}

redis_ping() {
    # PING over bash's /dev/tcp, so redis-cli is not needed.
    local port=$1 reply
    (
        exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
        printf 'PING\r\n' >&3
        IFS= read -r -t 2 reply <&3 || exit 1
        [[ $reply == $'+PONG\r' ]]
    ) 2>/dev/null
}

pg_running() {
    local data
    data=$(pg_state pg.data) || return 1
    [[ -n $data ]] || return 1
    local bin
    bin=$(pg_bindir) || return 1
    as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

# ---------------------------------------------------------------- redis

start_redis() {
    local pid port
    if pid=$(redis_pid) && port=$(cat "$DIR/redis.port" 2>/dev/null) && redis_ping "$port"; then
        log "redis already running (pid $pid, port $port)"
        return 0
    fi
    port=$(pick_port "$REDIS_DEFAULT_PORT")
    rm -f "$DIR/redis.pid"
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --pidfile "$DIR/redis.pid" \
        --save "" --appendonly no --dir "$DIR" --logfile "$DIR/redis.log" >/dev/null ||
        die "redis-server did not start; see $DIR/redis.log"
    printf '%s\n' "$port" >"$DIR/redis.port"
    local i
    for ((i = 0; i < 50; i++)); do
        redis_ping "$port" && {
            log "redis started on 127.0.0.1:$port"
            return 0
        }
        sleep 0.1
    done
    die "redis on port $port does not answer PING; see $DIR/redis.log"
}

stop_redis() {
    local pid i
    if pid=$(redis_pid); then
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
        log "redis stopped (pid $pid)"
    fi
    rm -f "$DIR/redis.pid" "$DIR/redis.port" "$DIR/redis.log"
}

# ---------------------------------------------------------------- postgresql

# Where the cluster lives: DIR/pg when the postgres user can get there and the socket path fits in
# sun_path (107 bytes), else a fresh mktemp directory.
pg_choose_home() {
    local home=$DIR/pg suffix=/sock/.s.PGSQL.65535
    local reachable=1
    if is_root && ! runuser -u postgres -- test -x "$DIR" 2>/dev/null; then
        reachable=0
    fi
    if ((reachable)) && ((${#home} + ${#suffix} < 100)); then
        printf '%s\n' "$home"
    else
        mktemp -d "${TMPDIR:-/tmp}/hub-ci-pg.XXXXXX"
    fi
}

start_pg() {
    local bin
    bin=$(pg_bindir) || die "no PostgreSQL found under /usr/lib/postgresql"
    if is_root && ! id -u "$PG_USER" >/dev/null 2>&1; then
        die "no '$PG_USER' OS user (is the postgresql package installed?)"
    fi

    local home data port
    if pg_running; then
        port=$(pg_state pg.port)
        log "postgres already running (port $port)"
    else
        home=$(pg_state pg.home) || true
        if [[ -z $home || ! -d $home ]]; then
            home=$(pg_choose_home)
            mkdir -p "$home"
            printf '%s\n' "$home" >"$DIR/pg.home"
        fi
        data=$home/data
        mkdir -p "$home/sock"
        is_root && chown -R "$PG_USER:" "$home"
        chmod 700 "$home"
        if [[ ! -f $data/PG_VERSION ]]; then
            # UTF-8 explicitly: with no locale in the environment initdb picks SQL_ASCII, which would
            # hide encoding bugs (æ, ø, å) that production PostgreSQL would show.
            as_pg "$bin/initdb" -D "$data" -U "$PG_USER" --auth=trust --encoding=UTF8 \
                --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 ||
                die "initdb failed; see $DIR/initdb.log"
        fi
        printf '%s\n' "$data" >"$DIR/pg.data"
        port=$(pick_port "$PG_DEFAULT_PORT")
        # fsync off and friends: a throwaway test cluster trades durability for speed.
        as_pg "$bin/pg_ctl" -D "$data" -l "$home/postgres.log" -w -t 60 \
            -o "-p $port -k $home/sock -c listen_addresses=127.0.0.1 -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off" start >/dev/null ||
            die "postgres did not start; see $home/postgres.log"
        printf '%s\n' "$port" >"$DIR/pg.port"
        log "postgres started on 127.0.0.1:$port (data $data)"
    fi

    local exists
    exists=$("$bin/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -XAtq \
        -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") || die "psql cannot reach postgres"
    if [[ $exists != 1 ]]; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER" "$PG_DB" || die "createdb $PG_DB failed"
        log "database $PG_DB created"
    fi
}

stop_pg() {
    local bin data home
    data=$(pg_state pg.data) || true
    if [[ -n ${data:-} ]] && bin=$(pg_bindir) && pg_running; then
        as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || log "pg_ctl stop failed"
        log "postgres stopped"
    fi
    home=$(pg_state pg.home) || true
    # Only delete a directory this script made: DIR/pg or one of our mktemp directories.
    if [[ -n ${home:-} && ($home == "$DIR/pg" || $home == */hub-ci-pg.*) ]]; then
        rm -rf "$home"
    fi
    rm -f "$DIR/pg.home" "$DIR/pg.data" "$DIR/pg.port" "$DIR/initdb.log"
}

# ---------------------------------------------------------------- restarts (fault tests)

# The time a restarted server stays down: the seconds asked, then until the fault test says so (its
# subject seen waiting, however long a loaded host takes), never longer.
down_time() {
    local flag=${HUB_CI_UP_AFTER:-} i
    sleep "${HUB_CI_DOWN_SECONDS:-0}"
    [[ -n $flag ]] || return 0
    for ((i = 0; i < 3000; i++)); do
        [[ -e $flag ]] && return 0
        sleep 0.1
    done
    log "no $flag in 300 s: starting again anyway"
}

restart_redis() {
    local port
    port=$(cat "$DIR/redis.port" 2>/dev/null) && redis_pid >/dev/null || die "redis is not running in $DIR"
    stop_redis
    down_time
    KEEP_PORT=$port start_redis
    [[ $(cat "$DIR/redis.port") == "$port" ]] || die "redis came back on another port (was $port)"
}

restart_pg() {
    local port data bin
    port=$(pg_state pg.port) && pg_running || die "postgres is not running in $DIR"
    data=$(pg_state pg.data)
    bin=$(pg_bindir)
    as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || die "pg_ctl stop failed"
    log "postgres stopped"
    down_time
    KEEP_PORT=$port start_pg
    [[ $(pg_state pg.port) == "$port" ]] || die "postgres came back on another port (was $port)"
}

# ---------------------------------------------------------------- commands

cmd_env() {
    local port
    if port=$(pg_state pg.port) && pg_running; then
        echo "export HUB_TEST_DATABASE_URL=postgresql+psycopg://$PG_USER@127.0.0.1:$port/$PG_DB"
    else
        log "postgres is not running (scripts/servers.sh start)"
    fi
    if redis_pid >/dev/null && port=$(cat "$DIR/redis.port" 2>/dev/null); then
        echo "export HUB_TEST_REDIS_URL=redis://127.0.0.1:$port/0"
    else
        log "redis is not running (scripts/servers.sh start)"
    fi
    if [[ -x $CHROMIUM ]]; then
        echo "export HUB_TEST_CHROMIUM=$CHROMIUM"
    fi
}

cmd_status() {
    local bin port pid
    echo "python:   $(python3 --version 2>&1)"
    if bin=$(pg_bindir); then
        echo "postgres: $("$bin/postgres" --version)"
    else
        echo "postgres: not installed"
    fi
    if command -v redis-server >/dev/null 2>&1; then
        echo "redis:    $(redis-server --version)"
    else
        echo "redis:    not installed"
    fi
    if [[ -x $CHROMIUM ]]; then
        echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo '(version unknown)')"
    else
        echo "chromium: not installed"
    fi
    if port=$(pg_state pg.port) && pg_running; then
        echo "postgres running on 127.0.0.1:$port, data $(pg_state pg.data)"
    else
        echo "postgres not running"
    fi
    if pid=$(redis_pid) && port=$(cat "$DIR/redis.port" 2>/dev/null); then
        echo "redis running on 127.0.0.1:$port, pid $pid"
    else
        echo "redis not running"
    fi
}

(($# >= 1 && $# <= 2)) || usage
CMD=$1
DIR=${2:-./var/ci-servers}

case $CMD in
start)
    mkdir -p "$DIR"
    DIR=$(cd "$DIR" && pwd)
    ensure_packages
    start_redis
    start_pg
    ;;
stop)
    [[ -d $DIR ]] || exit 0
    DIR=$(cd "$DIR" && pwd)
    stop_pg
    stop_redis
    rmdir "$DIR" 2>/dev/null || true
    ;;
restart-redis | restart-pg)
    [[ -d $DIR ]] || die "no servers in $DIR"
    DIR=$(cd "$DIR" && pwd)
    "${CMD//-/_}"
    ;;
env | status)
    if [[ -d $DIR ]]; then
        DIR=$(cd "$DIR" && pwd)
    else
        DIR=/nonexistent
    fi
    "cmd_$CMD"
    ;;
*) usage ;;
esac

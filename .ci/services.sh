#!/usr/bin/env bash
# Start (or `stop`) the throwaway PostgreSQL and sshd that the database tests talk to.
#
#   bash .ci/services.sh          install if missing, start both (idempotent), write env.sh
#   bash .ci/services.sh stop     stop both
#
# Everything lives under $HOAM_TEST_SERVICES (default /tmp/hoam-test-services); both servers
# listen on 127.0.0.1 only. $HOAM_TEST_SERVICES/env.sh exports HOAM_TEST_PG_* and
# HOAM_TEST_SSH_* for tests/db_services.py. The passwords and keys made here are for tests only.
# Runs as root: it installs packages, adds a user and starts sshd; PostgreSQL runs as `postgres`.
set -euo pipefail

ROOT=${HOAM_TEST_SERVICES:-/tmp/hoam-test-services}
PG_USER=hoam_test
SSH_USER=hoamtunnel
PG_DIR=$ROOT/postgres  # owned by postgres: cluster, socket and log
PGDATA=$PG_DIR/data
PG_SOCK=$PG_DIR/socket
PG_LOG=$PG_DIR/postgres.log
SSH_DIR=$ROOT/sshd

die() { echo "services.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (it installs packages, adds the test user and starts sshd)"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { runuser -u postgres -- "$@"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {  # $1: preferred port; the first port from there that nothing listens on
    local p=$1
    while port_in_use "$p"; do p=$((p + 1)); done
    echo "$p"
}
sshd_pid() {  # the pid of our sshd if it runs, else nothing
    local pid
    pid=$(cat "$SSH_DIR/sshd.pid" 2>/dev/null) || return 0
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q sshd "/proc/$pid/cmdline" 2>/dev/null; then
        echo "$pid"
    fi
}
pg_running() { [ -n "$(pg_bin)" ] && [ -d "$PGDATA" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
setting() {  # $1: variable name in env.sh; its value from the last start, if any
    [ -f "$ROOT/env.sh" ] && sed -n "s/^export $1=//p" "$ROOT/env.sh" | tr -d "'" || true
}

stop() {
    if pg_running; then as_postgres "$(pg_bin)/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; fi
    local pid; pid=$(sshd_pid)
    if [ -n "$pid" ]; then kill "$pid"; fi
    echo "test services stopped"
}

install_missing() {
    [ -n "$(pg_bin)" ] && [ -x /usr/sbin/sshd ] && return 0
    echo "installing postgresql and openssh-server ..."
    # keep the packages' own services from starting (a system sshd on port 22, a default cluster)
    local policy=/usr/sbin/policy-rc.d made_policy=""
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod 755 "$policy"; made_policy=1; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql openssh-server >/dev/null
    if [ -n "$made_policy" ]; then rm -f "$policy"; fi
    [ -n "$(pg_bin)" ] && [ -x /usr/sbin/sshd ] || die "postgresql or openssh-server did not install"
}

start_postgres() {
    local bin; bin=$(pg_bin)
    if [ ! -s "$ROOT/pg_password" ]; then
        echo "hoam-test-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$ROOT/pg_password"
    fi
    chmod 600 "$ROOT/pg_password"
    PG_PASSWORD=$(cat "$ROOT/pg_password")
    mkdir -p "$PG_SOCK"; chown postgres: "$PG_DIR" "$PG_SOCK"
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
        rm -rf "$PGDATA"; mkdir -p "$PGDATA"; chown postgres: "$PGDATA"; chmod 700 "$PGDATA"
        as_postgres "$bin/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    fi
    PG_PORT=$(setting HOAM_TEST_PG_PORT)
    if ! pg_running; then
        PG_PORT=$(free_port "${PG_PORT:-55432}")
        # a throwaway cluster: durability off for speed
        as_postgres "$bin/pg_ctl" -D "$PGDATA" -l "$PG_LOG" -w -t 60 start -o \
            "-p $PG_PORT -k $PG_SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null || die "PostgreSQL did not start; see $PG_LOG"
    fi
    local psql=("$bin/psql" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres -qtA -v ON_ERROR_STOP=1)
    local verb=CREATE
    if [ "$(as_postgres "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" = 1 ]; then verb=ALTER; fi
    as_postgres "${psql[@]}" -c "$verb ROLE $PG_USER LOGIN SUPERUSER PASSWORD '$PG_PASSWORD'" >/dev/null
}

start_sshd() {
    mkdir -p "$SSH_DIR" /run/sshd; chmod 755 /run/sshd
    local k
    for k in host client wrong; do
        [ -f "$SSH_DIR/${k}_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C "hoam-test-$k" -f "$SSH_DIR/${k}_ed25519"
    done
    cp "$SSH_DIR/client_ed25519.pub" "$SSH_DIR/authorized_keys"; chmod 644 "$SSH_DIR/authorized_keys"
    id "$SSH_USER" >/dev/null 2>&1 || useradd --system -M -d /nonexistent -s /usr/sbin/nologin "$SSH_USER"
    usermod -p '*' "$SSH_USER"  # no password, but not locked ('!' would be refused)
    cat >"$SSH_DIR/sshd_config" <<EOF
ListenAddress 127.0.0.1
HostKey $SSH_DIR/host_ed25519
PidFile $SSH_DIR/sshd.pid
AuthorizedKeysFile $SSH_DIR/authorized_keys
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers $SSH_USER
AllowTcpForwarding yes
X11Forwarding no
PermitTTY no
LogLevel VERBOSE
EOF
    SSH_PORT=$(setting HOAM_TEST_SSH_PORT)
    if [ -z "$(sshd_pid)" ]; then
        SSH_PORT=$(free_port "${SSH_PORT:-52222}")
        /usr/sbin/sshd -t -f "$SSH_DIR/sshd_config" -p "$SSH_PORT"
        /usr/sbin/sshd -f "$SSH_DIR/sshd_config" -p "$SSH_PORT" -E "$SSH_DIR/sshd.log"
        local i
        for i in $(seq 50); do port_in_use "$SSH_PORT" && break; sleep 0.1; done
        port_in_use "$SSH_PORT" || die "sshd did not start; see $SSH_DIR/sshd.log"
    fi
}

write_env() {
    local tmp="$ROOT/env.sh.tmp"
    (umask 077; cat >"$tmp" <<EOF
# written by .ci/services.sh; throwaway test credentials, loopback only
export HOAM_TEST_PG_HOST='127.0.0.1'
export HOAM_TEST_PG_PORT='$PG_PORT'
export HOAM_TEST_PG_USER='$PG_USER'
export HOAM_TEST_PG_PASSWORD='$PG_PASSWORD'
export HOAM_TEST_PG_DB='postgres'
export HOAM_TEST_SSH_HOST='127.0.0.1'
export HOAM_TEST_SSH_PORT='$SSH_PORT'
export HOAM_TEST_SSH_USER='$SSH_USER'
export HOAM_TEST_SSH_KEY='$SSH_DIR/client_ed25519'
export HOAM_TEST_SSH_WRONG_KEY='$SSH_DIR/wrong_ed25519'
EOF
    )
    mv "$tmp" "$ROOT/env.sh"
}

case "${1:-start}" in
    stop) stop ;;
    start)
        install_missing
        mkdir -p "$ROOT"; chmod 755 "$ROOT"
        runuser -u postgres -- test -x "$ROOT" || die "$ROOT must be reachable by the postgres user; set HOAM_TEST_SERVICES to a folder under /tmp"
        start_postgres
        start_sshd
        write_env
        echo "test services up: PostgreSQL 127.0.0.1:$PG_PORT, sshd 127.0.0.1:$SSH_PORT; settings in $ROOT/env.sh"
        ;;
    *) die "usage: bash .ci/services.sh [start|stop]" ;;
esac

#!/usr/bin/env bash
# Read copies of a bank with Xapian's replication (Debian package xapian-tools).
#
#   scripts/replica.sh serve ROOT PORT [ADDRESS]
#       On the centre: serve every bank under ROOT (e.g. ROOT/altai) to replicas.
#       ADDRESS defaults to 127.0.0.1; give the centre's address to serve other machines.
#       Write the banks with XAPIAN_MAX_CHANGESETS=10 in the environment of `practice index`
#       so replicas receive only the changes, not a full copy, after each update.
#   scripts/replica.sh pull HOST:PORT NAME REPLICA [--once] [INTERVAL_SECONDS]
#       On the portal: keep REPLICA a copy of bank NAME (a path under the master's ROOT),
#       checking every INTERVAL_SECONDS (default 60), or once with --once.
#       REPLICA is opened like any bank: `practice search --db REPLICA ...`.
set -euo pipefail

usage() { sed -n '2,14p' "$0" >&2; exit 2; }

case "${1:-}" in
  serve)
    [ $# -ge 3 ] || usage
    exec xapian-replicate-server --interface "${4:-127.0.0.1}" --port "$3" "$2"
    ;;
  pull)
    [ $# -ge 4 ] || usage
    hostport=$2 name=$3 replica=$4
    shift 4
    once=() interval=60
    for arg in "$@"; do
      case "$arg" in
        --once) once=(--one-shot) ;;
        *) interval=$arg ;;
      esac
    done
    # --reader-time 0: our readers reopen per request, they need no grace period.
    exec xapian-replicate --quiet --host "${hostport%:*}" --port "${hostport##*:}" --master "$name" \
      --interval "$interval" --reader-time 0 --timeout 30 "${once[@]}" "$replica"
    ;;
  *) usage ;;
esac

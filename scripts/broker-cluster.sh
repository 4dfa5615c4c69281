#!/usr/bin/env bash
# Runs a 3-node RabbitMQ cluster on this machine, beside (never instead of) the default broker on 5672.
# Each node has its own node name, AMQP port, Erlang distribution port, data and log directories
# (owned by the rabbitmq user, which rabbitmq-server switches to) and enabled plugins (consistent
# hash); they share the rabbitmq user's Erlang cookie. Nodes 2 and 3 join node 1, so quorum queues
# are replicated across all three.
#
# Usage: scripts/broker-cluster.sh start|stop|status|clean [NODE]    (npm run broker:cluster -- start)
#   start [N]   start every node (or node N, 1-3) and form the cluster; prints the RABBITMQ_URL list
#   stop [N]    stop every node (or node N); their data stays for the next start
#   status      each node's name, port and whether it runs, then the cluster's members as node 1 sees them
#   clean       stop every node and delete its data
# Environment:
#   BROKER_CLUSTER_PORT  AMQP port of node 1; node N listens on PORT+N-1 (default 5701)
#   BROKER_CLUSTER_DIR   where the nodes keep data and logs (default /tmp/ecomm-broker-cluster)
#   BROKER_CLUSTER_NAME  node names are NAME-N@localhost (default ecomm-cluster)
set -euo pipefail

base_port=${BROKER_CLUSTER_PORT:-5701}
dir=${BROKER_CLUSTER_DIR:-/tmp/ecomm-broker-cluster}
name=${BROKER_CLUSTER_NAME:-ecomm-cluster}
nodes=(1 2 3)

node_name() { printf '%s-%s@localhost' "$name" "$1"; }
amqp_port() { echo $((base_port + $1 - 1)); }
# Distribution ports far from the AMQP range; epmd still maps names to them.
dist_port() { echo $((base_port + 20000 + $1 - 1)); }
say() { printf '[broker-cluster] %s\n' "$*"; }
die() {
  printf '[broker-cluster] %s\n' "$*" >&2
  exit 1
}
ctl() {
  local node=$1
  shift
  timeout 60 rabbitmqctl --quiet -n "$(node_name "$node")" "$@"
}
running() { ctl "$1" ping >/dev/null 2>&1; }

# The node's own environment file replaces /etc/rabbitmq/rabbitmq-env.conf, so the default broker's
# NODENAME and config stay out of it.
prepare() {
  local n=$1 home=$dir/node-$1
  mkdir -p "$home/mnesia" "$home/log"
  cat >"$home/rabbitmq.conf" <<EOF
listeners.tcp.local = 127.0.0.1:$(amqp_port "$n")
EOF
  echo '[rabbitmq_consistent_hash_exchange].' >"$home/enabled_plugins"
  cat >"$home/rabbitmq-env.conf" <<EOF
NODENAME=$(node_name "$n")
CONFIG_FILE=$home/rabbitmq.conf
ENABLED_PLUGINS_FILE=$home/enabled_plugins
MNESIA_BASE=$home/mnesia
LOG_BASE=$home/log
DIST_PORT=$(dist_port "$n")
ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  chown -R rabbitmq:rabbitmq "$dir"
  chmod 755 "$dir"
}

launch_node() {
  local n=$1
  if running "$n"; then
    say "$(node_name "$n") already runs on port $(amqp_port "$n")"
    return
  fi
  prepare "$n"
  say "starting $(node_name "$n") on port $(amqp_port "$n")"
  RABBITMQ_CONF_ENV_FILE=$dir/node-$n/rabbitmq-env.conf rabbitmq-server -detached
}

await_node() {
  local n=$1 deadline=$((SECONDS + 120))
  until ctl "$n" await_startup >/dev/null 2>&1; do
    [[ $SECONDS -lt $deadline ]] || die "$(node_name "$n") did not start within 120 s; see $dir/node-$n/log"
    sleep 2
  done
}

join() {
  local n=$1 leader
  leader=$(node_name 1)
  if ctl "$n" cluster_status --formatter json 2>/dev/null | grep -q "\"$leader\""; then return; fi
  say "$(node_name "$n") joins $leader"
  # The CLI logs transient errors about tables of the node that is joining; the exit status tells.
  ctl "$n" stop_app >/dev/null 2>&1
  ctl "$n" join_cluster "$leader" >/dev/null 2>&1 || die "$(node_name "$n") could not join $leader"
  ctl "$n" start_app >/dev/null 2>&1
}

urls() {
  local list=()
  for n in "${nodes[@]}"; do list+=("amqp://guest:guest@127.0.0.1:$(amqp_port "$n")"); done
  (IFS=,; echo "${list[*]}")
}

stop_node() {
  local n=$1
  if running "$n"; then
    say "stopping $(node_name "$n")"
    ctl "$n" stop >/dev/null
  fi
}

command=${1:-}
only=${2:-}
[[ -z $only || $only =~ ^[123]$ ]] || die "NODE must be 1, 2 or 3, got $only"
selected=("${nodes[@]}")
[[ -z $only ]] || selected=("$only")
command -v rabbitmq-server >/dev/null || die 'rabbitmq-server is not installed (apt-get install rabbitmq-server)'

case $command in
  start)
    # The nodes boot side by side; each is waited for before any joins.
    for n in "${selected[@]}"; do launch_node "$n"; done
    for n in "${selected[@]}"; do await_node "$n"; done
    if [[ -z $only ]]; then
      for n in 2 3; do join "$n"; done
    fi
    say "cluster up: RABBITMQ_URL=$(urls)"
    ;;
  stop)
    # Node 1 last, so the others leave while it still answers.
    for n in $(printf '%s\n' "${selected[@]}" | sort -r); do stop_node "$n"; done
    ;;
  status)
    for n in "${nodes[@]}"; do
      if running "$n"; then state=running; else state=stopped; fi
      say "$(node_name "$n") port $(amqp_port "$n") $state"
    done
    for n in "${nodes[@]}"; do
      if running "$n"; then
        ctl "$n" cluster_status
        break
      fi
    done
    ;;
  clean)
    for n in 3 2 1; do stop_node "$n"; done
    rm -rf "$dir"
    say "removed $dir"
    ;;
  *)
    sed -n '2,16p' "$0"
    exit 2
    ;;
esac

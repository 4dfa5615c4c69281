#!/usr/bin/env bash
# Creates one RabbitMQ user per module with least-privilege permissions for a split deployment:
# each module may publish to <prefix>.events and <prefix>.public only with routing keys of its own
# events (<module>.*), and may configure and read only its own exchange and queues (<prefix>.<module>*).
#
# Usage: scripts/create-broker-users.sh [--vhost VHOST] [--prefix PREFIX] [--user-prefix NAME] [MODULE...]
#   --vhost        virtual host to grant on (default /); it must exist
#   --prefix       RABBITMQ_PREFIX of the deployment (default $RABBITMQ_PREFIX or ecomm)
#   --user-prefix  user names are <user-prefix><module> (default <prefix>-)
#   MODULE...      default: catalog reviews rating inventory search
# Environment:
#   BROKER_PASSWORD_<MODULE>  password to set for that module's user (e.g. BROKER_PASSWORD_REVIEWS);
#                             without it a new user gets a generated password, an existing one keeps its own
#   RABBITMQCTL               the rabbitmqctl command (default rabbitmqctl; e.g. "docker compose exec -T rabbitmq rabbitmqctl")
#
# Idempotent: run it again to re-apply the permissions. Prints one line per module, tab-separated:
# module, user, password — a generated password is shown this once only; "(unchanged)" for existing users.
set -euo pipefail

vhost=/
prefix=${RABBITMQ_PREFIX:-ecomm}
user_prefix=
modules=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --vhost) vhost=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    --user-prefix) user_prefix=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) modules+=("$1"); shift ;;
  esac
done
[[ ${#modules[@]} -gt 0 ]] || modules=(catalog reviews rating inventory search)
user_prefix=${user_prefix:-$prefix-}
read -r -a ctl <<<"${RABBITMQCTL:-rabbitmqctl}"

# Names become parts of regular expressions; escape what is special there.
escape() { printf '%s' "$1" | sed 's/[].[\\*^$()+?{}|]/\\&/g'; }

existing_users=$("${ctl[@]}" --silent list_users | cut -f1)
p=$(escape "$prefix")
for module in "${modules[@]}"; do
  if [[ ! $module =~ ^[a-z][a-z0-9-]*$ ]]; then
    echo "invalid module name: $module" >&2
    exit 2
  fi
  user=$user_prefix$module
  variable=BROKER_PASSWORD_$(printf '%s' "$module" | tr 'a-z-' 'A-Z_')
  password=${!variable:-}
  if grep -qxF -- "$user" <<<"$existing_users"; then
    if [[ -n $password ]]; then
      "${ctl[@]}" --quiet change_password "$user" "$password" >/dev/null
      shown=$password
    else
      shown='(unchanged)'
    fi
  else
    password=${password:-$(openssl rand -base64 30 | tr -d '/+=\n')}
    "${ctl[@]}" --quiet add_user "$user" "$password" >/dev/null
    shown=$password
  fi

  m=$(escape "$module")
  own="$p\\.$m(\\..+)?"
  # configure: declare its own exchanges and queues, and the shared exchanges every process declares.
  # write: its own objects (retries and dead letters go through its own <prefix>.<module>.retry and
  #   .dlx exchanges) and publishing to the shared exchanges, narrowed by the topic permissions below.
  #   Never amq.default: through it anyone could put a message straight into any queue.
  # read: consume its own queues, bind its exchange to the events exchange.
  "${ctl[@]}" --quiet set_permissions -p "$vhost" "$user" \
    "^($own|$p\\.events|$p\\.public)\$" \
    "^($own|$p\\.events|$p\\.public)\$" \
    "^($own|$p\\.events)\$" >/dev/null
  # Topic permissions: publish only its own event types; bind to any type it consumes; never bind to public.
  "${ctl[@]}" --quiet set_topic_permissions -p "$vhost" "$user" "$prefix.events" "^$m\\." '.*' >/dev/null
  "${ctl[@]}" --quiet set_topic_permissions -p "$vhost" "$user" "$prefix.public" "^$m\\." '^$' >/dev/null
  printf '%s\t%s\t%s\n' "$module" "$user" "$shown"
done

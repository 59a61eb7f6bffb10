# Sourced by e2e.sh and cluster-e2e.sh: the services they start (and only those they stop), the
# Kafka topics and the Elasticsearch index they use. Not run on its own.
# The sourcing script sets: here (this folder), SPIKEWATCH_WORK, work (its own work folder),
# kafka_port, es_port, log_prefix.
started="$work/started-services"

log() { echo "$log_prefix: $*" >&2; }

# Starts a deploy/local service (kafka, elasticsearch, cluster) unless it runs; remembers what it started.
ensure_started() { # service
  if ! bash "$here/$1.sh" status >/dev/null 2>&1; then
    bash "$here/$1.sh" start >&2
    grep -qx "$1" "$started" 2>/dev/null || echo "$1" >> "$started"
  else
    log "$1 already running"
  fi
}

# Stops, last started first, the services this script started; leaves the others alone.
stop_started() {
  if [[ -f "$started" ]]; then
    while read -r service; do
      bash "$here/$service.sh" stop >&2
    done < <(tac "$started")
    rm -f "$started"
  else
    log "no service to stop (this script started none)"
  fi
}

topics() { java -cp "$SPIKEWATCH_WORK/kafka/lib/*" org.apache.kafka.tools.TopicCommand \
  --bootstrap-server "127.0.0.1:$kafka_port" "$@" 2>/dev/null; }

recreate_topic() { # topic partitions
  if topics --list | grep -qx "$1"; then
    topics --delete --topic "$1" >/dev/null
  fi
  for _ in $(seq 1 30); do
    if topics --create --topic "$1" --partitions "$2" --replication-factor 1 >/dev/null; then
      return 0
    fi
    sleep 1   # the old topic is still being deleted
  done
  log "could not create topic $1"; return 1
}

ensure_topic() { # topic
  topics --list | grep -qx "$1" || topics --create --topic "$1" --partitions 1 --replication-factor 1 >/dev/null
}

# Other files than last time start from an empty index; the same files overwrite the same alert ids.
fresh_index_for_input() { # index FILE...
  local index="$1" fingerprint
  shift
  fingerprint="$(for f in "$@"; do stat -c '%n %s %Y' "$f"; done | sha256sum | cut -c1-16)"
  if [[ "$(cat "$work/last-input" 2>/dev/null)" != "$fingerprint" ]]; then
    log "new input: starting from an empty index $index"
    curl -fsS -X DELETE "http://127.0.0.1:$es_port/$index" >/dev/null 2>&1 || true
    echo "$fingerprint" > "$work/last-input"
  fi
}

alert_count() { # index: the alert documents, not the held-back records (building blocks)
  curl -fsS -X POST "http://127.0.0.1:$es_port/$1/_refresh" >/dev/null
  curl -fsS "http://127.0.0.1:$es_port/$1/_count?q=NOT%20_exists_:kibana.alert.building_block_type" \
    | sed -E 's/.*"count":([0-9]+).*/\1/'
}

held_count() { # index: the records the gate held back, written as building-block alerts
  curl -fsS "http://127.0.0.1:$es_port/$1/_count?q=_exists_:kibana.alert.building_block_type" \
    | sed -E 's/.*"count":([0-9]+).*/\1/'
}

#!/usr/bin/env bash
# End to end on this machine: real Kafka in, real Elasticsearch out, no Docker.
#   deploy/local/e2e.sh [--partitions N] FILE...   ECS NDJSON files (.gz allowed), in time order
#   deploy/local/e2e.sh --stop                      stop the services this script started
# Starts Kafka and Elasticsearch if they are not running (deploy/local/kafka.sh, elasticsearch.sh),
# (re)creates the input topic, produces the files into it, runs the job bounded (it ends when the
# input is consumed and every bucket is closed) and prints, as its last line, the number of alert
# documents in Elasticsearch: alerts_in_es=N. Running it again over the same files overwrites the
# same alert ids, so N stays the same; other files than last time start from an empty index.
# Work folder: $SPIKEWATCH_WORK (default ./work); ports: KAFKA_PORT (9092), ES_PORT (9200).
# One input partition (the default) keeps the files' order, so late events match `replay` exactly;
# with more partitions each partition has its own watermark and a few events that are late in
# file order may be in time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export SPIKEWATCH_WORK="${SPIKEWATCH_WORK:-$PWD/work}"
work="$SPIKEWATCH_WORK/e2e"
kafka_port="${KAFKA_PORT:-9092}"
es_port="${ES_PORT:-9200}"
jar="$root/job/target/spikewatch-local.jar"
input_topic="spikewatch-e2e-events"
dlq_topic="spikewatch-e2e-dead-letters"
index="spikewatch-alerts-e2e"
log_prefix=e2e
# shellcheck source=lib.sh
source "$here/lib.sh"

main() {
  local partitions=1 files=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --stop) stop_started; return 0 ;;
      --partitions) partitions="$2"; shift 2 ;;
      -h|--help) sed -n '2,14p' "$0"; return 0 ;;
      *) files+=("$(readlink -f "$1")"); shift ;;
    esac
  done
  [[ ${#files[@]} -gt 0 ]] || { echo "usage: $0 [--partitions N] FILE... | --stop" >&2; return 2; }
  for f in "${files[@]}"; do [[ -f "$f" ]] || { log "no such file: $f"; return 2; }; done
  mkdir -p "$work"
  if [[ ! -f "$jar" ]]; then
    log "building $jar"
    (cd "$root" && mvn -q -B -DskipTests install)
  fi

  ensure_started kafka
  ensure_started elasticsearch
  fresh_index_for_input "$index" "${files[@]}"
  recreate_topic "$input_topic" "$partitions"
  ensure_topic "$dlq_topic"

  java -jar "$jar" produce --bootstrap-servers "127.0.0.1:$kafka_port" --topic "$input_topic" --input "${files[@]}" >&2

  local config="$work/spikewatch-e2e.yaml"
  cat > "$config" <<YAML
kafka:
  bootstrap-servers: 127.0.0.1:$kafka_port
  input:
    topic: $input_topic
    group-id: spikewatch-e2e-$(date +%s)
    starting-offsets: earliest
    bounded: true
  dead-letter-topic: $dlq_topic
elasticsearch:
  hosts: [http://127.0.0.1:$es_port]
  index: $index
runtime:
  state-dir: $work/state
  checkpoint-interval: 10s
YAML
  log "running the job (log: $work/run.log)"
  if ! java -jar "$jar" run --config "$config" > "$work/run.log" 2>&1; then
    tail -n 30 "$work/run.log" >&2
    log "the job failed; see $work/run.log"
    return 1
  fi
  grep -E "^(lines_read|events_malformed|events_late|transfers_accepted|alerts_emitted) " "$work/run.log" >&2 || true
  local alerts
  alerts="$(alert_count "$index")"
  echo "held_in_es=$(held_count "$index")"
  echo "alerts_in_es=$alerts"
}

main "$@"

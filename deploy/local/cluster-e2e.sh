#!/usr/bin/env bash
# End to end on a real Flink cluster: real Kafka in, the job RUNNING (unbounded) on the standalone
# session cluster, real Elasticsearch out. No Docker.
#   deploy/local/cluster-e2e.sh FILE...          ECS NDJSON files (.gz allowed), in time order
#   deploy/local/cluster-e2e.sh FILE... --stop   the same, then cancel the job and stop what it started
#   deploy/local/cluster-e2e.sh --stop           cancel the job and stop the services this script started
#   deploy/local/cluster-e2e.sh A --checkpoint B --kill-taskmanager C
#                                                a failover drill between the files (below)
# Starts Kafka, Elasticsearch and the cluster if they are not running (kafka.sh, elasticsearch.sh,
# cluster.sh), cancels the job it submitted last time, (re)creates the input topic (one partition),
# submits job/target/spikewatch-job.jar with submit.sh, produces the files, waits until every bucket
# of the input is closed and its alerts are in Elasticsearch, then prints the job's state from
# Flink's REST API (job_state=RUNNING), the hosts with a baseline from the cluster's Prometheus
# reporters (hosts_tracked=N) and, as its last line, alerts_in_es=N. The job keeps running.
#
# "Every bucket closed" on an unbounded source: a running job only learns that time moved on from
# later events, so the files are bracketed by two marker events (io.spikewatch.job.kafka.TimeMarkers:
# valid Elastic Defend file events of host spikewatch-time-marker that the remote-transfer filter
# drops, so they move the watermark and nothing else):
#   1. a start marker at the time of the first event, produced once the job runs; the script waits
#      until every operator's event-time input watermark (REST .../watermarks, or
#      <operator>.currentInput1Watermark for the operators that also read the control stream) shows
#      it, i.e. the source subtask
#      without a partition went idle (time.idleness) and no longer holds the watermark back. Only then
#      are the files produced, so the same events are late as in `replay`;
#   2. an end marker two bucket spans plus the out-of-orderness bound after the last event, produced
#      after the files; the script waits until every operator's input watermark has passed it (every
#      bucket decided, alerts handed to the sink), then for a checkpoint triggered after that (the
#      Elasticsearch sink flushes on checkpoints), checks that spikewatch.lines_read (REST
#      .../accumulators) equals the records produced, refreshes the index and counts.
# The failover drill: between files, --checkpoint waits until the job has read everything produced
# so far and triggers a checkpoint through REST (checkpoints then come only from the script, so it
# knows which records each holds); --kill-taskmanager waits until everything produced is read (the
# job has scored records since its last checkpoint, held on the heap), kills the TaskManager JVM
# that runs the job's first task with SIGKILL, starts it again with cluster.sh and waits until every
# task runs again in a new attempt. The job restores from the script's checkpoint, rereads from its
# offsets, and the alerts in Elasticsearch must end up as without the kill (ClusterE2EITCase checks
# them against `replay`). It prints taskmanagers_killed=tm-N, restored_checkpoint=ID and
# records_in_restored_checkpoint=N before the last lines; lines_read then counts from the checkpoint.
# No fixed sleeps: each wait polls a condition and fails after FLINK_E2E_TIMEOUT seconds (default 300)
# without progress.
#
# Work folder: $SPIKEWATCH_WORK (default ./work); ports: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# ES_PORT (9200), FLINK_REST_PORT (8081), FLINK_RPC_PORT (6123), FLINK_BLOB_PORT (6124),
# FLINK_PROM_PORTS (9249-9251: the Prometheus reporters of cluster.sh, one port per JVM).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export SPIKEWATCH_WORK="${SPIKEWATCH_WORK:-$PWD/work}"
work="$SPIKEWATCH_WORK/cluster-e2e"
kafka_port="${KAFKA_PORT:-9092}"
es_port="${ES_PORT:-9200}"
rest="http://127.0.0.1:${FLINK_REST_PORT:-8081}"
timeout="${FLINK_E2E_TIMEOUT:-300}"
local_jar="$root/job/target/spikewatch-local.jar"
job_jar="$root/job/target/spikewatch-job.jar"
input_topic="spikewatch-cluster-e2e-events"
dlq_topic="spikewatch-cluster-e2e-dead-letters"
index="spikewatch-alerts-cluster-e2e"
job_file="$work/job-id"
prom_ports="${FLINK_PROM_PORTS:-9249-9251}"
log_prefix=cluster-e2e
# shellcheck source=lib.sh
source "$here/lib.sh"

produce() { # FILE...; prints the number of records
  java -jar "$local_jar" produce --bootstrap-servers "127.0.0.1:$kafka_port" --topic "$input_topic" --input "$@" \
    | sed -n 's/^produced \([0-9,]*\) records.*/\1/p' | tr -d ,
}

get() { curl -fsS --max-time 10 "$rest$1"; }

job_state() { get "/jobs/$1" 2>/dev/null | grep -o '"state":"[A-Z]*"' | head -n 1 | cut -d'"' -f4 || true; }

# The lowest event-time input watermark over every subtask of every operator that has one; empty
# while none has. An operator with two inputs (events and the broadcast control stream) counts its
# event input (<operator>.currentInput1Watermark): the control stream is idle, and Flink's task-level
# currentInputWatermark counts an idle input as Long.MIN_VALUE.
vertices() { get "/jobs/$1" | grep -o '"id":"[0-9a-f]\{32\}"' | cut -d'"' -f4 | sort -u; } # job id

min_watermark() { # job id
  local v i values metric parallelism
  values="$(for v in $(vertices "$1"); do
    metric="$(get "/jobs/$1/vertices/$v/subtasks/metrics" | grep -o '"id":"[^"]*\.currentInput1Watermark"' \
      | head -n 1 | cut -d'"' -f4)"
    if [[ -z "$metric" ]]; then
      get "/jobs/$1/vertices/$v/watermarks" | grep -o '"value":"-\{0,1\}[0-9]*"' | cut -d'"' -f4
      continue
    fi
    parallelism="$(get "/jobs/$1/vertices/$v" | grep -o '"parallelism":[0-9]*' | head -n 1 | cut -d: -f2)"
    for i in $(seq 0 $((parallelism - 1))); do
      get "/jobs/$1/vertices/$v/subtasks/$i/metrics?get=$metric" | grep -o '"value":"-\{0,1\}[0-9]*"' | cut -d'"' -f4
    done
  done)"
  [[ -n "$values" ]] && sort -n <<<"$values" | head -n 1
}

latest_checkpoint_trigger() { # job id; epoch ms of the latest completed checkpoint's trigger, or 0
  get "/jobs/$1/checkpoints" | sed -n 's/.*"latest":{"completed":{[^}]*"trigger_timestamp":\([0-9]*\).*/\1/p' \
    | grep . || echo 0
}

accumulator() { # job id, name without the spikewatch. prefix
  get "/jobs/$1/accumulators" | grep -o "\"name\":\"spikewatch\\.$2\",\"type\":\"[A-Za-z]*\",\"value\":\"[0-9]*\"" \
    | sed 's/.*"value":"\([0-9]*\)"/\1/' || true
}

fail_if_ended() { # job id
  local state
  state="$(job_state "$1")"
  case "$state" in
    FAILED|CANCELED|CANCELLING|FINISHED|SUSPENDED)
      get "/jobs/$1/exceptions" 2>/dev/null | sed -n 's/.*"root-exception":"\([^"]\{0,2000\}\).*/\1/p' \
        | sed 's/\\n/\n/g; s/\\t/  /g' | head -n 30 >&2
      log "the job is $state; see $SPIKEWATCH_WORK/flink/logs"
      return 1 ;;
  esac
}

# Polls until `check` succeeds; fails after $timeout s in which the progress value did not change.
wait_for() { # description job-id check-command progress-command
  local what="$1" job="$2" check="$3" progress="$4" last="" now since=$SECONDS
  until eval "$check"; do
    fail_if_ended "$job"
    now="$(eval "$progress" 2>/dev/null || true)"
    if [[ "$now" != "$last" ]]; then
      last="$now"
      since=$SECONDS
    elif (( SECONDS - since > timeout )); then
      log "no progress for ${timeout} s while waiting for $what (last: ${last:-none}); see $SPIKEWATCH_WORK/flink/logs"
      return 1
    fi
    sleep 1
  done
}

cancel_previous() {
  local job state
  job="$(cat "$job_file" 2>/dev/null || true)"
  [[ -n "$job" ]] || return 0
  state="$(job_state "$job")"
  if [[ "$state" == "RUNNING" || "$state" == "RESTARTING" || "$state" == "CREATED" ]]; then
    log "cancelling the job submitted last time ($job)"
    curl -fsS -X PATCH "$rest/jobs/$job?mode=cancel" >/dev/null
    for _ in $(seq 1 60); do
      [[ "$(job_state "$job")" == "CANCELED" ]] && break
      sleep 1
    done
  fi
  rm -f "$job_file"
}

stop() {
  if bash "$here/cluster.sh" status >/dev/null 2>&1; then
    cancel_previous
  fi
  stop_started
}

# A spikewatch operator metric summed over every subtask, scraped from the Prometheus reporters of
# the cluster's JVMs (one port each of FLINK_PROM_PORTS); empty when none answers.
prometheus_sum() { # metric
  local p metrics=""
  for p in $(seq "${prom_ports%-*}" "${prom_ports#*-}"); do
    metrics+="$(curl -fsS --max-time 5 "http://127.0.0.1:$p/metrics" 2>/dev/null || true)"$'\n'
  done
  awk -v m="flink_taskmanager_job_task_operator_$1{" 'index($0, m) == 1 {s += $NF; n++}
    END {if (n) printf "%d\n", s}' <<<"$metrics"
}

# The drill (--checkpoint, --kill-taskmanager). Records produced so far, and how many of them the
# checkpoint the job last restored from holds: Flink's accumulators count per task attempt, so after
# a restore lines_read counts the records read since that checkpoint.
produced=0
read_before_restore=0
checkpoint_id=""
checkpoint_records=0
killed=()
restored=""

# Waits until the job has read every record produced so far.
await_read() { # job id
  local job="$1" want=$((produced - read_before_restore))
  wait_for "lines_read to reach $want (accumulators arrive with TaskManager heartbeats)" "$job" \
    '[[ "$(accumulator "$job" lines_read)" == "$want" ]]' 'accumulator "$job" lines_read'
}

# Once every record produced is read, triggers a checkpoint through REST and waits until it completed.
checkpoint_now() { # job id
  local job="$1" trigger status
  await_read "$job"
  trigger="$(curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{}' \
    "$rest/jobs/$job/checkpoints" | sed -n 's/.*"request-id":"\([0-9a-f]*\)".*/\1/p')"
  [[ -n "$trigger" ]] || { log "the REST API did not trigger a checkpoint"; return 1; }
  wait_for "checkpoint $trigger to complete" "$job" \
    '[[ "$(get "/jobs/$job/checkpoints/$trigger")" != *IN_PROGRESS* ]]' 'echo in progress'
  status="$(get "/jobs/$job/checkpoints/$trigger")"
  checkpoint_id="$(sed -n 's/.*"checkpointId":\([0-9]*\).*/\1/p' <<<"$status")"
  [[ -n "$checkpoint_id" ]] || { log "the checkpoint failed: $status"; return 1; }
  checkpoint_records=$produced
  log "checkpoint $checkpoint_id completed; it holds the first $produced records"
}

# Every subtask of the job as "STATUS ATTEMPT", a line each.
tasks() { # job id
  local v
  for v in $(vertices "$1"); do
    get "/jobs/$1/vertices/$v" | grep -o '"status":"[A-Z]*","attempt":[0-9]*' | sed 's/"status":"\([A-Z]*\)","attempt":/\1 /'
  done
}

# Whether every subtask of the job runs in an attempt later than the given one.
runs_again() { # job id, attempt
  local t
  t="$(tasks "$1")"
  [[ -n "$t" ]] && awk -v a="$2" '$1 != "RUNNING" || $2 <= a {exit 1}' <<<"$t"
}

# Once every record produced is read (so the job scored records after its last checkpoint, on the
# heap), kills the TaskManager JVM that runs the job's first task with SIGKILL, starts it again
# (cluster.sh start), and waits until every task runs again in a new attempt, restored from the
# job's latest checkpoint. A drill, not a shutdown: nothing of the TaskManager gets to flush.
kill_taskmanager() { # job id
  local job="$1" tm pid attempt killed_at
  await_read "$job"
  tm="$(get "/jobs/$job/vertices/$(vertices "$job" | head -n 1)/taskmanagers" \
    | grep -o '"taskmanager-id":"tm-[0-9]*"' | head -n 1 | cut -d'"' -f4)"
  pid="$(cat "$SPIKEWATCH_WORK/flink/taskmanager-${tm#tm-}.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] || { log "no pid file of TaskManager ${tm:-?} under $SPIKEWATCH_WORK/flink"; return 1; }
  attempt="$(tasks "$job" | awk '$2 > m {m = $2} END {print m + 0}')"
  kill -9 "$pid"
  killed_at=$SECONDS
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null && sleep 0.1; done # gone, or cluster.sh sees it alive
  killed+=("$tm")
  log "killed TaskManager $tm (pid $pid) with SIGKILL after $produced records; starting it again"
  bash "$here/cluster.sh" start >&2
  wait_for "every task to run again after attempt $attempt" "$job" 'runs_again "$job" "$attempt"' \
    'tasks "$job" | sort | uniq -c | tr -s " \n" " "'
  restored="$(get "/jobs/$job/checkpoints" | sed -n 's/.*"restored":{"id":\([0-9]*\).*/\1/p')"
  if [[ -z "$restored" ]]; then
    read_before_restore=0
  elif [[ "$restored" == "$checkpoint_id" ]]; then
    read_before_restore=$checkpoint_records
  else
    log "the job restored checkpoint $restored, not $checkpoint_id (the one this script triggered)"
    return 1
  fi
  log "the job runs again $((SECONDS - killed_at)) s after the kill, restored from checkpoint" \
    "${restored:-none} ($read_before_restore records)"
}

main() {
  local files=() steps=() stop_after=false drill=false
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --stop) stop_after=true; shift ;;
      --checkpoint|--kill-taskmanager) steps+=("$1"); drill=true; shift ;;
      -h|--help) sed -n '2,45p' "$0"; return 0 ;;
      *) files+=("$(readlink -f "$1")"); steps+=("${files[-1]}"); shift ;;
    esac
  done
  if [[ ${#files[@]} -eq 0 ]]; then
    if $stop_after; then stop; return 0; fi
    echo "usage: $0 FILE... [--stop] | --stop" >&2
    return 2
  fi
  for f in "${files[@]}"; do [[ -f "$f" ]] || { log "no such file: $f"; return 2; }; done
  mkdir -p "$work"
  if [[ ! -f "$local_jar" || ! -f "$job_jar" ]]; then
    log "building the jars"
    (cd "$root" && mvn -q -B -DskipTests install)
  fi
  local t0=$SECONDS

  ensure_started kafka
  ensure_started elasticsearch
  ensure_started cluster
  cancel_previous
  fresh_index_for_input "$index" "${files[@]}"
  recreate_topic "$input_topic" 1
  ensure_topic "$dlq_topic"

  local config="$work/spikewatch-cluster-e2e.yaml"
  cat > "$config" <<YAML
# Written by deploy/local/cluster-e2e.sh. Unbounded, as in production; checkpoints and savepoints go
# to the cluster's folders (runtime.state-dir unset).
kafka:
  bootstrap-servers: 127.0.0.1:$kafka_port
  input:
    topic: $input_topic
    group-id: spikewatch-cluster-e2e-$(date +%s)
    starting-offsets: earliest
  dead-letter-topic: $dlq_topic
elasticsearch:
  hosts: [http://127.0.0.1:$es_port]
  index: $index
time:
  # With one input partition, idleness only decides how soon the source subtask without a
  # partition stops holding the watermark back (the script waits for that), not which events
  # are late.
  idleness: 10s
runtime:
  checkpoint-interval: $($drill && echo "1h  # the drill triggers its own checkpoints" || echo 5s)
YAML

  log "computing the time markers of the input"
  local markers start_wm end_wm
  markers="$(java -cp "$local_jar" io.spikewatch.job.kafka.TimeMarkers --config "$config" \
    --start "$work/start-marker.ndjson" --end "$work/end-marker.ndjson" "${files[@]}")"
  echo "$markers" | sed 's/^/cluster-e2e:   /' >&2
  start_wm="$(sed -n 's/^start_watermark=//p' <<<"$markers")"
  end_wm="$(sed -n 's/^end_watermark=//p' <<<"$markers")"

  local job
  job="$(bash "$here/submit.sh" "$config" "$job_jar" | sed -n 's/^job_id=//p')"
  [[ -n "$job" ]] || { log "no job id from submit.sh"; return 1; }
  echo "$job" > "$job_file"
  wait_for "the job to run" "$job" '[[ "$(job_state "$job")" == RUNNING ]] && \
    ! get "/jobs/$job" | grep -o "\"status\":\"[A-Z]*\"" | grep -qv RUNNING' 'job_state "$job"'
  log "job $job RUNNING after $((SECONDS - t0)) s"

  local n step batch=()
  n="$(produce "$work/start-marker.ndjson")"; produced=$((produced + n))
  wait_for "the start marker's watermark (source subtasks without a partition idle)" "$job" \
    '(( $(min_watermark "$job" || echo -1) >= start_wm ))' 'echo "$(min_watermark "$job")"'
  log "watermark at the first event; producing ${files[*]}"
  # Files in one producer run, up to each drill step.
  for step in "${steps[@]}" --end; do
    case "$step" in
      --checkpoint|--kill-taskmanager|--end)
        if [[ ${#batch[@]} -gt 0 ]]; then n="$(produce "${batch[@]}")"; produced=$((produced + n)); fi
        batch=()
        case "$step" in
          --checkpoint) checkpoint_now "$job" ;;
          --kill-taskmanager) kill_taskmanager "$job" ;;
        esac ;;
      *) batch+=("$step") ;;
    esac
  done
  n="$(produce "$work/end-marker.ndjson")"; produced=$((produced + n))
  log "produced $produced records (input and 2 markers) after $((SECONDS - t0)) s; waiting for every bucket to close"
  wait_for "every bucket to close (watermark $end_wm)" "$job" \
    '(( $(min_watermark "$job" || echo -1) >= end_wm ))' 'echo "$(min_watermark "$job") $(accumulator "$job" lines_read)"'
  if $drill; then
    checkpoint_now "$job" # the sink flushes on checkpoints
  else
    local closed_at
    closed_at="$(date +%s%3N)"
    wait_for "a checkpoint after the last bucket closed (the sink flushes on checkpoints)" "$job" \
      '(( $(latest_checkpoint_trigger "$job") > closed_at ))' 'latest_checkpoint_trigger "$job"'
    await_read "$job"
  fi
  local name counters=""
  for name in lines_read events_malformed events_late transfers_accepted alerts_emitted; do
    counters+="$name=$(accumulator "$job" "$name") "
  done
  log "$counters"
  log "every bucket closed after $((SECONDS - t0)) s"
  local tracked
  tracked="$(prometheus_sum hosts_tracked)"
  log "Prometheus ($prom_ports): hosts_tracked=${tracked:-none} buckets_scored=$(prometheus_sum buckets_scored)"

  local count held state
  count="$(alert_count "$index")"
  held="$(held_count "$index")"
  state="$(job_state "$job")"
  if $stop_after; then
    stop
  else
    log "the job keeps running: $rest/#/job/running/$job/overview; cancel it with" \
      "curl -X PATCH '$rest/jobs/$job?mode=cancel' or $0 --stop (also stops what this script started)"
  fi
  echo "job_id=$job"
  echo "job_state=$state"
  if [[ ${#killed[@]} -gt 0 ]]; then
    echo "taskmanagers_killed=${killed[*]}"
    echo "restored_checkpoint=${restored:-none}"
    echo "records_in_restored_checkpoint=$read_before_restore"
  fi
  echo "hosts_tracked=${tracked:-none}"
  echo "held_in_es=$held"
  echo "alerts_in_es=$count"
}

main "$@"

#!/usr/bin/env bash
# Submits spikewatch to the local session cluster (deploy/local/cluster.sh) through Flink's own CLI,
# detached, exactly as `flink run -d JAR --config CONFIG` would with a Flink distribution.
#   deploy/local/submit.sh CONFIG [JAR]     JAR defaults to job/target/spikewatch-job.jar
# Prints the job id as its last line (job_id=<32 hex>). The config file is read by the client (this
# machine), as with `flink run`. Extra CLI options go in FLINK_RUN_OPTS, e.g. "-s <savepoint>" to
# resume from a savepoint or "-p 1" for the parallelism (the config's runtime.parallelism wins).
# Work folder: $SPIKEWATCH_WORK (default ./work)/flink; port: FLINK_REST_PORT (8081).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${SPIKEWATCH_WORK:-$PWD/work}/flink"
rest_port="${FLINK_REST_PORT:-8081}"

log() { echo "submit: $*" >&2; }

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 CONFIG [JAR]" >&2; exit 2; }
config="$(readlink -f "$1")"
jar="$(readlink -f "${2:-$root/job/target/spikewatch-job.jar}")"
[[ -f "$config" ]] || { log "no such config file: $1"; exit 2; }
[[ -f "$jar" ]] || { log "no job jar at $jar; build it with: mvn -q -B -DskipTests install"; exit 2; }
if ! bash "$here/cluster.sh" status >/dev/null 2>&1; then
  log "no Flink cluster answers on 127.0.0.1:$rest_port (or not all TaskManagers are registered);" \
    "start it with deploy/local/cluster.sh start"
  exit 1
fi
if [[ ! -f "$work/conf/config.yaml" ]]; then
  log "the cluster on 127.0.0.1:$rest_port was not started from $work (no conf/config.yaml);" \
    "set SPIKEWATCH_WORK to its work folder"
  exit 1
fi

out="$work/logs/submit-$(date +%Y%m%d-%H%M%S).out"
# shellcheck disable=SC2086  # FLINK_RUN_OPTS is a word list
if ! FLINK_CONF_DIR="$work/conf" java \
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
    -Dlog.file="$work/logs/flink-client.log" -Dlog4j.configurationFile="file:$work/conf/log4j-cli.properties" \
    -cp "$work/lib/*" org.apache.flink.client.cli.CliFrontend \
    run -d ${FLINK_RUN_OPTS:-} "$jar" --config "$config" > "$out" 2>&1; then
  cat "$out" >&2
  log "submission failed; see above, $work/logs/flink-client.log and the JobManager log" \
    "$work/logs/flink-jobmanager.log"
  exit 1
fi
job_id="$(grep -o 'JobID [0-9a-f]\{32\}' "$out" | tail -n 1 | cut -d' ' -f2)"
if [[ -z "$job_id" ]]; then
  cat "$out" >&2
  log "the CLI did not print a job id; see $out"
  exit 1
fi
log "submitted $(basename "$jar") --config $config: http://127.0.0.1:$rest_port/#/job/running/$job_id/overview"
echo "job_id=$job_id"

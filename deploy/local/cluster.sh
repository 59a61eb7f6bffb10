#!/usr/bin/env bash
# A standalone Flink 1.20 session cluster on 127.0.0.1 from Maven Central jars; no Docker, no tarball:
# one JobManager and two TaskManagers (one slot each), each its own JVM, started the way Flink's
# own bin/ scripts start them.
#   deploy/local/cluster.sh start|stop|status
# Work folder: $SPIKEWATCH_WORK (default ./work)/flink: lib/ (jars), conf/ (config.yaml, log4j),
# checkpoints/ and savepoints/ (RocksDB, incremental), logs/, tmp/, pid files.
# Ports: FLINK_REST_PORT (default 8081; web UI and REST), FLINK_RPC_PORT (6123; JobManager RPC),
# FLINK_BLOB_PORT (6124; job jars to TaskManagers), FLINK_TM_RPC_PORTS and FLINK_TM_DATA_PORTS
# (default 0: any free port; a range such as 50100-50200 for firewalls).
# Memory: FLINK_JM_MEMORY (1600m), FLINK_TM_MEMORY (2048m) of process size.
# Metrics: Flink's Prometheus reporter in every JVM, each on one port of FLINK_PROM_PORTS (default
# 9249-9251, http://127.0.0.1:<port>/metrics), and RocksDB's live state size per operator.
# Idempotent: start starts what is not running and waits until REST /overview lists 2 TaskManagers;
# stop stops all three JVMs. Submit jobs with deploy/local/submit.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="${SPIKEWATCH_WORK:-$PWD/work}/flink"
rest_port="${FLINK_REST_PORT:-8081}"
rpc_port="${FLINK_RPC_PORT:-6123}"
blob_port="${FLINK_BLOB_PORT:-6124}"
tm_rpc_ports="${FLINK_TM_RPC_PORTS:-0}"
tm_data_ports="${FLINK_TM_DATA_PORTS:-0}"
prom_ports="${FLINK_PROM_PORTS:-9249-9251}"
taskmanagers=2
conf="$work/conf"
components=(jobmanager $(seq -f 'taskmanager-%g' 1 "$taskmanagers"))

# Java 17: what Flink's distribution passes to every JVM (env.java.default-opts.all).
jvm_opens=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

overview() { curl -fsS --max-time 2 "http://127.0.0.1:$rest_port/overview" 2>/dev/null; }

# Number of registered TaskManagers, 0 when the REST API does not answer.
registered() { overview | grep -o '"taskmanagers":[0-9]*' | cut -d: -f2 || echo 0; }

pid_of() { cat "$work/$1.pid" 2>/dev/null || true; }

alive() { local pid; pid="$(pid_of "$1")"; [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

install() {
  # lib/ is resolved again whenever flink/pom.xml changed since (the marker holds its checksum).
  local wanted
  wanted="$(sha256sum < "$here/flink/pom.xml" | cut -c1-16)"
  if [[ "$(cat "$work/lib/.complete" 2>/dev/null)" != "$wanted" ]]; then
    echo "flink: resolving Flink jars from Maven Central into $work/lib"
    rm -rf "$work/lib"
    mkdir -p "$work/lib"
    mvn -q -B -f "$here/flink/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
    echo "$wanted" > "$work/lib/.complete"
  fi
  mkdir -p "$conf" "$work/logs" "$work/tmp" "$work/plugins" "$work/checkpoints" "$work/savepoints"
  # Flink 1.20 standard YAML (config.yaml, not the legacy flink-conf.yaml). Rewritten at every start
  # so the ports of this start apply; the JVMs read it once.
  cat > "$conf/config.yaml" <<YAML
# Written by deploy/local/cluster.sh at each start; edit the script, not this file.
jobmanager:
  bind-host: 127.0.0.1
  rpc:
    address: 127.0.0.1
    port: $rpc_port
  memory:
    process:
      size: ${FLINK_JM_MEMORY:-1600m}
  execution:
    failover-strategy: region
taskmanager:
  bind-host: 127.0.0.1
  host: 127.0.0.1
  numberOfTaskSlots: 1
  rpc:
    port: "$tm_rpc_ports"
  data:
    port: "$tm_data_ports"
  memory:
    process:
      size: ${FLINK_TM_MEMORY:-2048m}
parallelism:
  default: 1
blob:
  server:
    port: "$blob_port"
  storage:
    directory: $work/tmp
rest:
  address: 127.0.0.1
  bind-address: 127.0.0.1
  port: $rest_port
web:
  tmpdir: $work/tmp
io:
  tmp:
    dirs: $work/tmp
state:
  backend:
    type: rocksdb
    rocksdb:
      metrics:
        estimate-live-data-size: true
metrics:
  reporter:
    prom:
      factory:
        class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
      port: "$prom_ports"
execution:
  checkpointing:
    dir: file://$work/checkpoints
    savepoint-dir: file://$work/savepoints
    incremental: true
    externalized-checkpoint-retention: RETAIN_ON_CANCELLATION
restart-strategy:
  type: exponential-delay
YAML
  cat > "$conf/log4j.properties" <<'PROPS'
monitorInterval = 30
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.pekko.name = org.apache.pekko
logger.pekko.level = INFO
logger.kafka.name = org.apache.kafka
logger.kafka.level = INFO
logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline
logger.netty.level = OFF
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = ${sys:log.file}
appender.file.filePattern = ${sys:log.file}.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 100MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 5
PROPS
  # The command line (submit.sh): to its own log file, warnings also on the console.
  cat > "$conf/log4j-cli.properties" <<'PROPS'
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
rootLogger.appenderRef.console.ref = console
appender.file.type = File
appender.file.name = file
appender.file.fileName = ${sys:log.file}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %-5p %c{1} - %m%n
appender.console.filter.threshold.type = ThresholdFilter
appender.console.filter.threshold.level = WARN
PROPS
}

# The memory flags Flink's scripts compute: line 1 JVM arguments, line 2 dynamic -D properties.
resource_params() { # GET_JM_RESOURCE_PARAMS | GET_TM_RESOURCE_PARAMS
  local out
  out="$(java -cp "$work/lib/*" -Dlog.file="$work/logs/bash-java-utils.log" \
    -Dlog4j.configurationFile="file:$conf/log4j.properties" \
    org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$conf" 2>&1)" || {
    echo "flink: BashJavaUtils $1 failed:" >&2; echo "$out" >&2; return 1; }
  echo "$out" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | tail -n 2 | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

launch() { # component main-class jvm-args dynamic-args [extra args...]
  local name="$1" main="$2" jvm="$3" dynamic="$4"
  shift 4
  # shellcheck disable=SC2086  # the memory flags and -D properties are word lists by design
  FLINK_CONF_DIR="$conf" FLINK_PLUGINS_DIR="$work/plugins" nohup java $jvm "${jvm_opens[@]}" \
    -Dlog.file="$work/logs/flink-$name.log" -Dlog4j.configurationFile="file:$conf/log4j.properties" \
    -cp "$work/lib/*" "$main" --configDir "$conf" $dynamic "$@" \
    > "$work/logs/flink-$name.out" 2>&1 < /dev/null &
  echo $! > "$work/$name.pid"
}

start() {
  # A JobManager still lists a TaskManager killed a moment ago (until its heartbeats time out), so
  # "running" needs the processes alive as well as registered.
  local missing=()
  for c in "${components[@]}"; do alive "$c" || missing+=("$c"); done
  if [[ ${#missing[@]} -eq 0 && "$(registered)" == "$taskmanagers" ]]; then
    echo "flink: already running, web UI http://127.0.0.1:$rest_port"
    return 0
  fi
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "flink: processes are up; waiting for $taskmanagers TaskManagers to register"
  else
    install
  fi
  local t0=$SECONDS params
  if ! alive jobmanager; then
    params="$(resource_params GET_JM_RESOURCE_PARAMS)"
    launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
      "$(sed -n 1p <<<"$params")" "$(sed -n 2p <<<"$params")" --executionMode cluster
  fi
  params=""
  for i in $(seq 1 "$taskmanagers"); do
    if ! alive "taskmanager-$i"; then
      [[ -n "$params" ]] || params="$(resource_params GET_TM_RESOURCE_PARAMS)"
      launch "taskmanager-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
        "$(sed -n 1p <<<"$params")" "$(sed -n 2p <<<"$params")" -D "taskmanager.resource-id=tm-$i"
    fi
  done
  for _ in $(seq 1 120); do
    if [[ "$(registered)" == "$taskmanagers" ]]; then
      echo "flink: up in $((SECONDS - t0)) s with $taskmanagers TaskManagers, web UI http://127.0.0.1:$rest_port" \
        "(logs in $work/logs)"
      return 0
    fi
    for c in "${components[@]}"; do
      if ! alive "$c"; then
        echo "flink: the $c exited; see $work/logs/flink-$c.log and .out" >&2
        tail -n 20 "$work/logs/flink-$c.out" >&2 2>/dev/null || true
        return 1
      fi
    done
    sleep 1
  done
  echo "flink: REST /overview on 127.0.0.1:$rest_port does not list $taskmanagers TaskManagers after 120 s;" \
    "see $work/logs" >&2
  return 1
}

stop() {
  local stopped=0 pids=() pid
  # TaskManagers first, so the JobManager does not restart jobs on a half-stopped cluster.
  for c in $(printf '%s\n' "${components[@]}" | tac); do
    if alive "$c"; then
      pid="$(pid_of "$c")"
      kill "$pid"
      pids+=("$pid")
      stopped=$((stopped + 1))
    fi
    rm -f "$work/$c.pid"
  done
  if [[ $stopped -eq 0 ]]; then
    echo "flink: not running"
    return 0
  fi
  for _ in $(seq 1 30); do
    local left=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left=$((left + 1)); done
    if [[ $left -eq 0 ]]; then
      echo "flink: stopped ($stopped JVMs)"
      return 0
    fi
    sleep 1
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  echo "flink: killed after 30 s"
}

status() {
  local n c dead=()
  n="$(registered)"
  # A JVM of this work folder that died is not running, even while the JobManager still lists it.
  for c in "${components[@]}"; do [[ -z "$(pid_of "$c")" ]] || alive "$c" || dead+=("$c"); done
  if [[ ${#dead[@]} -gt 0 ]]; then
    echo "flink: not running (${dead[*]} exited; REST on 127.0.0.1:$rest_port lists ${n:-0} TaskManagers)"
    return 3
  elif [[ "$n" == "$taskmanagers" ]]; then
    echo "flink: running, $n TaskManagers, web UI http://127.0.0.1:$rest_port" \
      "(pids: $(for c in "${components[@]}"; do printf '%s=%s ' "$c" "$(pid_of "$c")"; done))"
  else
    echo "flink: not running (REST on 127.0.0.1:$rest_port lists ${n:-0} of $taskmanagers TaskManagers)"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

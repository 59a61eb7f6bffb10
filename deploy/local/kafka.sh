#!/usr/bin/env bash
# A single-node Kafka broker (KRaft) on 127.0.0.1 from Maven Central jars; no Docker, no tarball.
#   deploy/local/kafka.sh start|stop|status
# Work folder: $SPIKEWATCH_WORK (default ./work)/kafka (jars, config, data, logs, pid).
# Ports: KAFKA_PORT (default 9092) for clients, KAFKA_CONTROLLER_PORT (default 9093).
# Idempotent: start does nothing when the broker already answers; stop when it is not running.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="${SPIKEWATCH_WORK:-$PWD/work}/kafka"
port="${KAFKA_PORT:-9092}"
cport="${KAFKA_CONTROLLER_PORT:-9093}"
pidfile="$work/kafka.pid"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

install() {
  if [[ ! -f "$work/lib/.complete" ]]; then
    echo "kafka: resolving broker jars from Maven Central into $work/lib"
    mkdir -p "$work/lib"
    mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
    touch "$work/lib/.complete"
  fi
  mkdir -p "$work/data" "$work/logs"
  cat > "$work/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$work/data
num.partitions=2
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  cat > "$work/log4j2.properties" <<PROPS
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
appender.file.type = File
appender.file.name = file
appender.file.fileName = $work/logs/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d %-5p %c{1} - %m%n
PROPS
  if [[ ! -f "$work/data/meta.properties" ]]; then
    java -cp "$work/lib/*" kafka.tools.StorageTool format -t "$(java -cp "$work/lib/*" kafka.tools.StorageTool random-uuid)" \
      -c "$work/server.properties" > "$work/logs/format.log" 2>&1
  fi
}

start() {
  if running || listening "$port"; then
    echo "kafka: already running on 127.0.0.1:$port"
    return 0
  fi
  install
  nohup java -Xms256m -Xmx1g -Dlog4j2.configurationFile="$work/log4j2.properties" \
    -cp "$work/lib/*" kafka.Kafka "$work/server.properties" > "$work/logs/stdout.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 60); do
    if listening "$port"; then
      echo "kafka: up on 127.0.0.1:$port (logs in $work/logs)"
      return 0
    fi
    if ! running; then
      echo "kafka: the broker exited; see $work/logs/stdout.log and server.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "kafka: not answering on 127.0.0.1:$port after 60 s; see $work/logs" >&2
  return 1
}

stop() {
  if ! running; then
    echo "kafka: not running"
    rm -f "$pidfile"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "kafka: stopped"; return 0; }
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "kafka: killed after 30 s"
}

status() {
  if running && listening "$port"; then
    echo "kafka: running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
  else
    echo "kafka: not running"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

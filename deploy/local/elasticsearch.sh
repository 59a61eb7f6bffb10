#!/usr/bin/env bash
# A single-node Elasticsearch 8.19 on 127.0.0.1 from the integ-test zip on Maven Central; no Docker.
#   deploy/local/elasticsearch.sh start|stop|status
# Work folder: $SPIKEWATCH_WORK (default ./work)/elasticsearch. Port: ES_PORT (default 9200).
# Security is off (local use only). Elasticsearch refuses to run as root, so as root it runs as the
# user "esuser" (created if missing). Idempotent.
set -euo pipefail

version="${ES_VERSION:-8.19.4}"
work="${SPIKEWATCH_WORK:-$PWD/work}/elasticsearch"
port="${ES_PORT:-9200}"
home="$work/elasticsearch-$version"
pidfile="$work/es.pid"

healthy() {
  curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

as_es() {
  if [[ "$(id -u)" == "0" ]]; then
    id esuser >/dev/null 2>&1 || useradd -M -s /usr/sbin/nologin esuser
    chown -R esuser "$work"
    runuser -u esuser -- "$@"
  else
    "$@"
  fi
}

install() {
  if [[ ! -x "$home/bin/elasticsearch" ]]; then
    echo "elasticsearch: resolving $version from Maven Central into $work"
    mkdir -p "$work"
    mvn -q -B dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip" \
      -DoutputDirectory="$work"
    (cd "$work" && unzip -q -o "elasticsearch-$version.zip" && rm -f "elasticsearch-$version.zip")
  fi
  mkdir -p "$work/data" "$work/logs"
}

start() {
  if healthy; then
    echo "elasticsearch: already running on 127.0.0.1:$port"
    return 0
  fi
  install
  local java_home
  java_home="${ES_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
  as_es env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx512m}" \
    "$home/bin/elasticsearch" -d -p "$pidfile" \
    -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" \
    -Expack.security.enabled=false -Epath.data="$work/data" -Epath.logs="$work/logs" \
    > "$work/logs/launcher.log" 2>&1
  for _ in $(seq 1 120); do
    if healthy; then
      echo "elasticsearch: up on http://127.0.0.1:$port (logs in $work/logs)"
      return 0
    fi
    sleep 1
  done
  echo "elasticsearch: not healthy on 127.0.0.1:$port after 120 s; see $work/logs" >&2
  return 1
}

stop() {
  if ! running; then
    echo "elasticsearch: not running"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { echo "elasticsearch: stopped"; return 0; }
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  echo "elasticsearch: killed after 60 s"
}

status() {
  if healthy; then
    echo "elasticsearch: running on http://127.0.0.1:$port"
  else
    echo "elasticsearch: not running"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

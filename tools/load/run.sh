#!/usr/bin/env bash
# Load run against a running server on loopback: bounded in time and connections, stops by itself.
#   tools/load/run.sh [URL] [QUERY_FILE] [SECONDS] [CONNECTIONS]
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:-http://127.0.0.1:8080/graphql}"
query="${2:-$here/nested.graphql}"
seconds="${3:-20}"
connections="${4:-8}"
case "$url" in http://127.*|http://localhost*) ;; *) echo "refusing to load anything but loopback: $url" >&2; exit 2;; esac
echo "wrk: ${seconds}s, ${connections} connections, 2 threads, $(basename "$query") -> $url"
QUERY_FILE="$query" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post-query.lua" "$url"

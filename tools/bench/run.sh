#!/usr/bin/env bash
# The benchmark: the GraphQL service against one hand-written Cypher statement per question, on one store.
#   tools/bench/run.sh [--seconds 5] [--warmup 5] [--rounds 3] [--connections 8,32] [--scale 100] [--help]
# Compiles the project with its tests (no tests run), then runs nl.langerthuis.graph.bench.Benchmark with the
# test class path from the repository root. Loopback only; every run is bounded in time. See tools/bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -ntp -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
opens="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
opens="$opens --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
# shellcheck disable=SC2086
exec java -Xmx2g $opens -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  nl.langerthuis.graph.bench.Benchmark "$@"

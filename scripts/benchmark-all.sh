#!/usr/bin/env bash
# Every figure in docs/BENCHMARKS.md, one after the other (about 17 minutes), then both crash tests.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
run() { echo "== $*"; scripts/benchmark.sh "$@" 2>&1 | grep -E "RESULT|vaka_signals_commit_seconds\{|batch_size_(sum|count)"; }
run h2 plain 200 30s
run h2 aes256 200 30s
run postgres plain 200 30s
run postgres aes256 200 30s
run h2 plain 400 30s
run h2 aes256 400 30s
run postgres plain 400 30s
run postgres aes256 400 30s
run h2 plain 2000 30s 40000
run postgres plain 2000 30s 20000
echo "== crash h2";       scripts/crash-test.sh h2 15 2>&1 | grep -E "VERIFY|RESULT"
echo "== crash postgres"; scripts/crash-test.sh postgres 15 2>&1 | grep -E "VERIFY|RESULT"

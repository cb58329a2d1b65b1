#!/usr/bin/env bash
# Regenerates Transcripts/: every bundled sample article under every bundled scenario, as
# the transcript JSON of `talkshow debate`. Run it on purpose when a change alters output
# (CI replays each file with `talkshow replay --verify`), and read the diff it makes.
#   bash Transcripts/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/talkshow
rm -f Transcripts/*.json
for article in Scenarios/articles/*.txt; do
  for scenario in Scenarios/*.json; do
    name="$(basename "$article" .txt).$(basename "$scenario" .json).json"
    "$bin" debate "$article" --scenario "$scenario" --format json --output "Transcripts/$name"
  done
done
echo "wrote $(ls Transcripts/*.json | wc -l) transcripts"

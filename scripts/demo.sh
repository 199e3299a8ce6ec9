#!/usr/bin/env bash
# Sets up, builds, indexes the shipped corpus and shows a search and a match.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
rm -rf demo-bank
./build/bin/practice index --db demo-bank corpus/practices
./build/bin/practice replications --db demo-bank corpus/replications.jsonl
./build/bin/practice stats --db demo-bank | head -16
echo; echo '$ practice search --db demo-bank --limit 3 "детей-инвалидов волонтёры"'
./build/bin/practice search --db demo-bank --limit 3 "детей-инвалидов волонтёры"
echo '$ practice match --db demo-bank --limit 3 --profile corpus/profiles/irkutsk-autism-families.json'
./build/bin/practice match --db demo-bank --limit 3 --profile corpus/profiles/irkutsk-autism-families.json

#!/usr/bin/env python3
"""Query cost of a federated bank versus the number of shards, on loopback.

Builds a larger bank by re-indexing the corpus practices COPIES times with changed ids, splits it
into 4 regional-size banks, and times `practice search --batch` and `practice match --batch`
(their took_ms, which excludes process start and opening) for:
  local   one local bank holding everything (no network)
  1..4    1, 2 or 4 shards, each a xapian-tcpsrv on 127.0.0.1 (2 shards = 2 banks per server)

Usage: scripts/bench_federation.py [--copies 16] [--rounds 5] [--practice build/bin/practice]
Prints a Markdown table (median and 90th percentile per query, in ms).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import signal
import socket
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
QUERIES = ["реабилитация детей-инвалидов", "одиночество пожилых", "ранняя помощь", "трудоустройство молодых инвалидов",
           "ОВЗ инклюзия", "волонтёры", "аутизм семьи", "социальное такси", "проблема:одиночество", "\"школа ухода\""]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(dbs: list[pathlib.Path]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen(["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(port),
                             *map(str, dbs)], start_new_session=True, stderr=subprocess.DEVNULL)
    for _ in range(200):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, port
        time.sleep(0.05)
    raise SystemExit("xapian-tcpsrv does not start")


def timings(practice: str, db: pathlib.Path, command: str, batch: pathlib.Path) -> list[float]:
    out = subprocess.run([practice, command, "--db", str(db), "--batch", str(batch), "--json"],
                         check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    for line in lines:
        if line.get("warnings") and any("шард" in w for w in line["warnings"]):
            raise SystemExit(f"a shard did not answer: {line['warnings']}")
    return [line["took_ms"] for line in lines]


def summary(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
    return f"{statistics.median(values):.1f} / {p90:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--practice", default=str(ROOT / "build" / "bin" / "practice"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="practice-bench-") as tmp:
        work = pathlib.Path(tmp)
        parsed = subprocess.run([args.practice, "parse", str(ROOT / "corpus" / "practices")],
                                check=True, capture_output=True, text=True).stdout.splitlines()
        parts = [[] for _ in range(4)]
        everything = []
        for copy in range(args.copies):
            for line in parsed:
                p = json.loads(line)
                p["id"] = f"{p['id']}-c{copy}"
                text = json.dumps(p, ensure_ascii=False)
                parts[copy % 4].append(text)
                everything.append(text)
        banks = []
        for i, lines in enumerate(parts + [everything]):
            src = work / f"part{i}.jsonl"
            src.write_text("\n".join(lines) + "\n", encoding="utf-8")
            bank = work / (f"shard{i}" if i < 4 else "all")
            subprocess.run([args.practice, "index", "--db", str(bank), str(src)], check=True, capture_output=True)
            banks.append(bank)
        shards, all_bank = banks[:4], banks[4]

        queries = work / "queries.txt"
        queries.write_text("\n".join(QUERIES * args.rounds) + "\n", encoding="utf-8")
        profiles = work / "profiles.jsonl"
        profile_lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
                         for p in sorted((ROOT / "corpus" / "profiles").glob("*.json"))]
        profiles.write_text("\n".join(profile_lines * max(1, args.rounds // 2)) + "\n", encoding="utf-8")

        rows = [("local (1 bank, no network)", all_bank)]
        servers = []
        try:
            for n in (1, 2, 4):
                group = [shards[i::n] for i in range(n)] if n > 1 else [shards]
                entries = []
                for k, dbs in enumerate(group):
                    proc, port = serve(dbs)
                    servers.append(proc)
                    entries.append({"name": f"s{k}", "remote": f"127.0.0.1:{port}"})
                config = work / f"federation{n}.json"
                config.write_text(json.dumps({"shards": entries, "timeout_ms": 10000}), encoding="utf-8")
                rows.append((f"{n} remote shard{'s' if n > 1 else ''}", config))

            print(f"{len(everything)} practices; {len(QUERIES)} queries x {args.rounds} rounds; "
                  f"{len(profile_lines)} profiles x {max(1, args.rounds // 2)}; median / p90 ms per query\n")
            print("| bank | search | match |")
            print("| --- | --- | --- |")
            for label, db in rows:
                timings(args.practice, db, "search", queries)  # warm the page cache and connections
                search = timings(args.practice, db, "search", queries)
                match = timings(args.practice, db, "match", profiles)
                print(f"| {label} | {summary(search)} | {summary(match)} |")
        finally:
            for proc in servers:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


if __name__ == "__main__":
    main()

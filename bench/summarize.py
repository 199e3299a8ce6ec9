"""Prints practice-bench's JSON lines as the Markdown tables bench/README.md shows."""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]


def ratio(p, b):
    return f"{p / b:.2f}" if b else "–"


print("| corpus | figure | project | raw Xapian | ratio |")
print("| --- | --- | --- | --- | --- |")
for r in rows:
    p, b = r["project"], r["baseline"]
    name = f'{r["label"]} ({r["corpus"]["docs"]:,} docs, {r["corpus"]["text_mib"]:.1f} MiB)'
    figures = [("indexing docs/s", "docs_per_s", "{:.0f}"), ("indexing MiB/s", "mib_per_s", "{:.2f}"),
               ("index size MiB", "index_mib", "{:.1f}"), ("peak RSS MiB", "peak_rss_mib", "{:.0f}")]
    for label, key, fmt in figures:
        print(f"| {name} | {label} | {fmt.format(p[key])} | {fmt.format(b[key])} | {ratio(p[key], b[key])} |")
        name = ""
    if r["index_only"]:
        continue
    for kind in ("search", "match"):
        for q in ("p50", "p95", "p99"):
            pv, bv = p[f"{kind}_ms"][q], b[f"{kind}_ms"][q]
            print(f"| | {kind} {q} ms | {pv:.2f} | {bv:.2f} | {ratio(pv, bv)} |")

print()
print("| docs | search p50 | search p99 | match p50 | match p99 |")
print("| --- | --- | --- | --- | --- |")
for r in rows:
    if r["index_only"] or not r["label"].startswith("synth"):
        continue
    s, m = r["project"]["search_ms"], r["project"]["match_ms"]
    print(f'| {r["corpus"]["docs"]:,} | {s["p50"]:.2f} | {s["p99"]:.2f} | {m["p50"]:.2f} | {m["p99"]:.2f} |')

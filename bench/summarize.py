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
               ("index size MiB", "index_mib", "{:.1f}"), ("peak RSS MiB", "peak_rss_mib", "{:.0f}"),
               ("docs per CPU-second", "docs_per_cpu_s", "{:.0f}")]
    for label, key, fmt in figures:
        print(f"| {name} | {label} | {fmt.format(p[key])} | {fmt.format(b[key])} | {ratio(p[key], b[key])} |")
        name = ""
    if r["index_only"]:
        continue
    for kind, key in (("search", "search_ms"), ("search CPU", "search_cpu_ms"), ("match", "match_ms"), ("match CPU", "match_cpu_ms")):
        for q in ("p50", "p95", "p99"):
            pv, bv = p[key][q], b[key][q]
            print(f"| | {kind} {q} ms | {pv:.2f} | {bv:.2f} | {ratio(pv, bv)} |")

print()
print("| docs | search p50 | search p99 | search CPU p50 | search CPU p99 | match p50 | match p99 | match CPU p50 | match CPU p99 |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in rows:
    if r["index_only"] or not r["label"].startswith("synth"):
        continue
    cells = []
    for key in ("search_ms", "search_cpu_ms", "match_ms", "match_cpu_ms"):
        cells += [f'{r["project"][key]["p50"]:.2f}', f'{r["project"][key]["p99"]:.2f}']
    s, sc, m, mc = (cells[i:i + 2] for i in range(0, 8, 2))
    print(f'| {r["corpus"]["docs"]:,} | {s[0]} | {s[1]} | {sc[0]} | {sc[1]} | {m[0]} | {m[1]} | {mc[0]} | {mc[1]} |')

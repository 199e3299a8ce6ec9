#!/usr/bin/env python3
"""Evaluates the matcher on the labelled set in corpus/eval against a plain BM25 baseline,
with an ablation per signal. Usage: scripts/evaluate.py [BUILD_DIR]  (needs a built `practice`)."""
import json, math, os, random, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build") / "bin" / "practice")
DEFAULT = {"need": 0.50, "target": 0.20, "region": 0.04, "capacity": 0.20, "evidence": 0.10, "similarity": 0.30}  # as in matcher.hpp


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, check=False).stdout


def ids_by_file():
    out = {}
    for f in sorted((ROOT / "corpus/practices").glob("*.txt")):
        out[f.stem] = json.loads(run("parse", str(f)).splitlines()[0])["id"]
    return out


def ndcg(ranked, grades, k):
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def metrics(runs, qrels):
    n5 = n10 = p3 = mrr = 0.0
    for qid, grades in qrels.items():
        ranked = runs.get(qid, [])
        n5 += ndcg(ranked, grades, 5)
        n10 += ndcg(ranked, grades, 10)
        p3 += sum(1 for d in ranked[:3] if grades.get(d, 0) >= 2) / 3
        mrr += next((1 / (i + 1) for i, d in enumerate(ranked) if grades.get(d, 0) >= 2), 0.0)
    n = len(qrels)
    return {"nDCG@5": n5 / n, "nDCG@10": n10 / n, "P@3": p3 / n, "MRR": mrr / n}


def paired_lead(better, base, qrels, resamples=10000, seed=1):
    """Mean nDCG@5 lead of one run over another and its 95% interval by a paired bootstrap over
    profiles (how much the lead depends on which profiles happened to be written)."""
    d = [ndcg(better[q], g, 5) - ndcg(base[q], g, 5) for q, g in qrels.items()]
    rng, n = random.Random(seed), len(d)
    means = sorted(sum(d[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    wins, losses = sum(x > 1e-9 for x in d), sum(x < -1e-9 for x in d)
    return sum(d) / n, means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1], wins, losses


def load_eval():
    """The profiles and their graded judgments ({qid: {practice id: grade}})."""
    files = ids_by_file()
    profiles = [json.loads(l) for l in (ROOT / "corpus/eval/profiles.jsonl").read_text().splitlines() if l.strip()]
    qrels = {}
    for line in (ROOT / "corpus/eval/judgments.tsv").read_text().splitlines()[1:]:
        qid, doc, grade = line.split("\t")
        qrels.setdefault(qid, {})[files[doc]] = int(grade)
    return profiles, qrels


def main():
    profiles, qrels = load_eval()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bank")
        run("index", "--db", db, str(ROOT / "corpus/practices"))
        # The bank as shipped (scripts/demo.sh): with the recorded replications, which the evidence
        # signal reads and annotators of proof-asking profiles looked at.
        run("replications", "--db", db, str(ROOT / "corpus/replications.jsonl"))
        batch = "\n".join(json.dumps(p, ensure_ascii=False) for p in profiles)

        def match_run(weights):
            wf = os.path.join(tmp, "w.json")
            Path(wf).write_text(json.dumps(weights))
            lines = run("match", "--db", db, "--batch", "-", "--json", "--limit", "10", "--weights", wf, stdin=batch).splitlines()
            return {p["qid"]: [r["id"] for r in json.loads(l)["results"]] for p, l in zip(profiles, lines)}

        queries = "\n".join((p.get("problem", "") + " " + " ".join(p.get("target_groups", []))).replace("\n", " ") for p in profiles)

        def search_run(*flags):
            lines = run("search", "--db", db, "--batch", "-", "--json", "--any", "--limit", "10", *flags, stdin=queries).splitlines()
            return {p["qid"]: [r["id"] for r in json.loads(l)["results"]] for p, l in zip(profiles, lines)}

        runs = [("BM25 baseline: profile text, words only", search_run("--no-thesaurus")),
                ("BM25 + domain thesaurus (`practice search --any`)", search_run()),
                ("matcher", match_run(DEFAULT))]
        for signal in DEFAULT:
            runs.append((f"matcher without {signal}", match_run({**DEFAULT, signal: 0.0})))
    # q01–q35 were written by the first annotator and used while tuning; q36–q50, q51–q65,
    # q66–q80 and q81–q95 came from a second, a third, a fourth and a fifth annotator, blind to the system;
    # q96–q115 from a sixth, blind to the matcher, who reworded them once after seeing the words-only
    # baseline, as the issue asks for a set where counting shared words puts the wrong one first;
    # q116–q135 from a seventh, written the same way and held out: no change was tuned on it;
    # q136–q155 and q156–q175 from an eighth and a ninth, the same way, with some geographic and
    # proof wishes, merged after the code that reads such wishes; q176–q195 and q196–q215 from a
    # tenth and an eleventh, the same way, held out: merged after session 9's last matcher change
    # and never tuned on; q216–q235 and q236–q255 from a twelfth and a thirteenth, the same way,
    # asked to describe the help as the asker sees it: q216–q235 held out, q236–q255 read after
    # its first run to find faults; q256–q275 from a fourteenth, the same way, merged after
    # session 11's similarity signal and held out (see corpus/eval/RUBRIC.md and docs/MATCHER.md).
    spans = {"q01–q35": (1, 35), "q36–q50": (36, 50), "q51–q65": (51, 65), "q66–q80": (66, 80), "q81–q95": (81, 95),
             "q96–q115": (96, 115), "q116–q135": (116, 135),
             "q136–q155": (136, 155), "q156–q175": (156, 175), "q176–q195": (176, 195), "q196–q215": (196, 215),
             "q216–q235": (216, 235), "q236–q255": (236, 255), "q256–q275": (256, 275)}
    subsets = {k: {q: g for q, g in qrels.items() if lo <= int(q[1:]) <= hi} for k, (lo, hi) in spans.items()}
    print(f"profiles: {len(qrels)}\n")
    print("| run | nDCG@5 | nDCG@10 | P@3 | MRR | " + " | ".join(f"nDCG@5 {k}" for k in spans) + " |")
    print("| --- " * (5 + len(spans)) + "|")
    for name, r in runs:
        m = metrics(r, qrels)
        parts = [metrics(r, subsets[k])["nDCG@5"] if subsets[k] else float("nan") for k in spans]
        print(f"| {name} | {m['nDCG@5']:.3f} | {m['nDCG@10']:.3f} | {m['P@3']:.3f} | {m['MRR']:.3f} | " + " | ".join(f"{x:.3f}" for x in parts) + " |")
    lead, lo, hi, wins, losses = paired_lead(runs[2][1], runs[0][1], qrels)
    print(f"\nmatcher over words-only BM25, nDCG@5: {lead:+.3f} (95% paired bootstrap interval {lo:+.3f} to {hi:+.3f}); "
          f"better on {wins} profiles, worse on {losses}, tied on {len(qrels) - wins - losses}")


if __name__ == "__main__":
    main()

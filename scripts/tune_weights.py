#!/usr/bin/env python3
"""Grid search of the matcher's signal weights on corpus/eval, with 5-fold cross-validation.

Signal values do not depend on the weights, so each profile is matched once (all candidates, with
their signal values) and every weight vector is scored offline with the matcher's formula
(docs/MATCHER.md): score = w_n·need + w_t·target + need·target·(w_r·region + w_c·capacity + w_e·evidence),
over the weights of the signals present, scaled to sum to 1; then the best 20 are re-scored with
their likeness to the first, (1 − s)·score + s·likeness, s the similarity's share of all the weights,
from Bank.likeness (as the matcher does).

The profile-stated wishes that weigh region or evidence three times (docs/MATCHER.md) are not
replayed here: they touch a few profiles. q116–q135, q176–q215 and q216–q235 are held out of the tuning.

Usage: PYTHONPATH=build/python /usr/bin/python3 scripts/tune_weights.py [BUILD_DIR]
"""
import itertools, json, random, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as E  # noqa: E402  (shares the metrics and the judgments)

import practice  # noqa: E402

GRID = {"need": [0.3, 0.4, 0.5, 0.6], "target": [0.2, 0.3, 0.4, 0.5], "region": [0, 0.04, 0.08, 0.15],
        "capacity": [0, 0.1, 0.2, 0.3, 0.4], "evidence": [0, 0.05, 0.1], "similarity": [0, 0.1, 0.2, 0.3, 0.4]}
GATED = ("region", "capacity", "evidence")
HELD_OUT = ((116, 135), (176, 215), (216, 235))  # the held-out batches of README «Matching quality»


def score(signals, w):
    gate = (signals.get("need", 0) if w["need"] > 0 else 1) * (signals.get("target", 1) if w["target"] > 0 else 1)
    total = used = 0.0
    for name, weight in w.items():
        if weight > 0 and name in signals:
            total += weight * signals[name] * (gate if name in GATED else 1)
            used += weight
    return total / used if used else 0.0


LIKENESS_DEPTH = 20  # as likeness_depth in matcher.cpp


def ranking(rows, w, likeness):
    five = {k: v for k, v in w.items() if k != "similarity"}
    ranked = sorted((-score(sig, five), pid) for pid, sig in rows)[:LIKENESS_DEPTH]
    share = w.get("similarity", 0) / sum(w.values())
    if share > 0 and ranked:
        first = ranked[0][1]
        like = likeness.get(first, {})
        top = max((like.get(pid, 0) for _, pid in ranked[1:]), default=0) or 1
        ranked = sorted(((-((1 - share) * -s + share * (1 if pid == first else like.get(pid, 0) / top)), pid)
                         for s, pid in ranked))
    return [pid for _, pid in ranked[:10]]


def evaluate(data, qrels, w, qids, likeness):
    return E.metrics({q: ranking(data[q], w, likeness) for q in qids}, {q: qrels[q] for q in qids})["nDCG@5"]


def main():
    profiles, qrels = E.load_eval()
    with tempfile.TemporaryDirectory() as tmp:
        # The bank as shipped and as evaluate.py builds it: with the recorded replications.
        db = str(Path(tmp) / "bank")
        E.run("index", "--db", db, str(E.ROOT / "corpus/practices"))
        E.run("replications", "--db", db, str(E.ROOT / "corpus/replications.jsonl"))
        with practice.Bank.open(db) as bank:
            data = {}
            for p in profiles:
                results = bank.match({k: v for k, v in p.items() if k != "qid"}, limit=1000, weights={"similarity": 0})
                data[p["qid"]] = [(r.id, {s.signal: s.value for s in r.explanation.signals}) for r in results]
            ids = {pid for rows in data.values() for pid, _ in rows}
            # Relative to the most alike in the bank; ranking() rescales to the most alike of the 20.
            likeness = {pid: bank.likeness(pid, sorted(ids - {pid})) for pid in ids}
    # The held-out batches are never tuned on: they are only reported.
    held = [q for q in data if any(lo <= int(q[1:]) <= hi for lo, hi in HELD_OUT)]
    tuned = [q for q in data if q not in held]
    grid = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    ranked = sorted(((evaluate(data, qrels, w, tuned, likeness), json.dumps(w)) for w in grid), reverse=True)
    print(f"{len(grid)} weight vectors; best nDCG@5 on the {len(tuned)} tuning profiles (held-out q116–q135, q176–q235 beside):")
    for s, w in ranked[:5]:
        print(f"  {s:.3f} held-out {evaluate(data, qrels, json.loads(w), held, likeness):.3f} {w}")
    default = E.DEFAULT
    print(f"  {evaluate(data, qrels, default, tuned, likeness):.3f} held-out {evaluate(data, qrels, default, held, likeness):.3f} "
          f"{json.dumps(default)} (the defaults)")
    qids = sorted(tuned)
    random.Random(7).shuffle(qids)
    folds = [qids[i::5] for i in range(5)]
    held_out = 0.0
    for fold in folds:
        train = [q for q in qids if q not in fold]
        best = max(grid, key=lambda w: evaluate(data, qrels, w, train, likeness))
        held_out += evaluate(data, qrels, best, fold, likeness) * len(fold)
    print(f"5-fold cross-validated nDCG@5 (tuned on 4/5, measured on the rest): {held_out / len(qids):.3f}")


if __name__ == "__main__":
    main()

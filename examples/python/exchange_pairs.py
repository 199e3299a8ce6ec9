"""The most similar pairs of practices in different regions: candidates for an exchange of
experience between the NGOs that run them.

For every practice the bank's ``similar()`` ranks the others (Xapian relevance feedback); a
pair's score is the mean of its two relative scores (A seen from B and B from A), so only
pairs that each find the other close rank high; 1.00 means each is the other's closest.
Ties are broken by the mean raw BM25 weight (how many weighty words they share).

    python3 examples/python/exchange_pairs.py [--db DIR] [-n 10] [--other-district]
"""

from __future__ import annotations

from common import argument_parser, open_bank, region_name, subject_of


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10, help="how many pairs to show (default: 10)")
    parser.add_argument("--other-district", action="store_true", help="only pairs from different federal districts")
    args = parser.parse_args()

    with open_bank(args.db) as bank:
        practices = {p.id: p for p in bank}
        neighbours = {pid: {h.id: h for h in bank.similar(pid, limit=15)} for pid in practices}

    def both_ways(a: str, b: str, attribute: str) -> float:
        """The mean of b seen from a and a seen from b (0 where one is not in the other's list)."""
        ab, ba = neighbours[a].get(b), neighbours[b].get(a)
        return sum(getattr(h, attribute) for h in (ab, ba) if h is not None) / 2

    def district(pid: str) -> str:
        subject = subject_of(practices[pid])
        return subject.federal_district if subject else ""

    pairs = set()
    for a in practices:
        for b in neighbours[a]:
            if region_name(practices[a]) == region_name(practices[b]):
                continue
            if args.other_district and district(a) == district(b):
                continue
            pairs.add((min(a, b), max(a, b)))
    ranked = sorted(pairs, key=lambda ab: (-both_ways(*ab, "score"), -both_ways(*ab, "weight"), ab))

    print(f"Пары похожих практик из разных регионов (всего пар: {len(ranked)}), лучшие {args.n}:\n")
    for rank, (a, b) in enumerate(ranked[: args.n], 1):
        pa, pb = practices[a], practices[b]
        print(f"{rank}. сходство {both_ways(a, b, 'score'):.2f}")
        print(f"   {region_name(pa)}: {pa.title}  [{pa.organization}]")
        print(f"   {region_name(pb)}: {pb.title}  [{pb.organization}]")


if __name__ == "__main__":
    main()

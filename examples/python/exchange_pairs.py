"""The most similar pairs of practices in different regions: candidates for an exchange of
experience between the NGOs that run them.

For every practice the bank's ``similar()`` ranks the others (Xapian relevance feedback); a
pair's score is the mean of its two relative scores (A seen from B and B from A), so only
pairs that each find the other close rank high.

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
        # score[a][b]: how close b is to a, in [0, 1] relative to a's closest practice.
        score = {pid: {h.id: h.score for h in bank.similar(pid, limit=15)} for pid in practices}

    def district(pid: str) -> str:
        subject = subject_of(practices[pid])
        return subject.federal_district if subject else ""

    pairs = []
    for a in practices:
        for b, ab in score[a].items():
            if a >= b or b not in practices or region_name(practices[a]) == region_name(practices[b]):
                continue
            if args.other_district and district(a) == district(b):
                continue
            pairs.append(((ab + score[b].get(a, 0.0)) / 2, a, b))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))

    print(f"Пары похожих практик из разных регионов (всего пар: {len(pairs)}), лучшие {args.n}:\n")
    for rank, (s, a, b) in enumerate(pairs[: args.n], 1):
        pa, pb = practices[a], practices[b]
        print(f"{rank}. сходство {s:.2f}")
        print(f"   {region_name(pa)}: {pa.title}  [{pa.organization}]")
        print(f"   {region_name(pb)}: {pb.title}  [{pb.organization}]")


if __name__ == "__main__":
    main()

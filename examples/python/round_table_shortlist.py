"""A shortlist of practices for a round table in one region, saved as CSV for Excel.

The bank picks practices that are relevant to the theme and unlike each other (maximal
marginal relevance); the CSV has every template section, UTF-8 with BOM and ``;`` so
Excel opens it with Cyrillic intact.

    python3 examples/python/round_table_shortlist.py [--db DIR] --region "Республика Бурятия" \
        [--theme "семьи детей-инвалидов"] [-n 5] -o shortlist.csv
"""

from __future__ import annotations

import pathlib

import practice

from common import argument_parser, open_bank


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--region", required=True, help="the round table's region, any spelling («Бурятия»)")
    parser.add_argument("--theme", default="", help="the round table's theme (free text)")
    parser.add_argument("-n", type=int, default=5, help="how many practices (default: 5)")
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True, help="the CSV file to write")
    args = parser.parse_args()

    with open_bank(args.db) as bank:
        chosen = bank.shortlist(region=args.region, theme=args.theme, count=args.n)
    # newline="" keeps the CSV's own CRLF line ends.
    args.output.write_text(practice.export(chosen, "csv"), encoding="utf-8", newline="")

    region = practice.resolve_region(args.region)
    print(f"Круглый стол: {region.name if region else args.region}" + (f", тема «{args.theme}»" if args.theme else ""))
    for i, p in enumerate(chosen, 1):
        print(f"{i}. {p.title} — {p.organization}")
    print(f"Записано практик: {len(chosen)} → {args.output}")


if __name__ == "__main__":
    main()

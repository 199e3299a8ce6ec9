"""How many practices each region has, and for which target groups: a Markdown table.

Rows are the regions with practices, columns the target-group categories of one axis of the
taxonomy (disability by default; also age, family, social). A practice serving several groups
counts in each of their columns, so «практик» is the column that adds up to the bank's size.

    python3 examples/python/practices_by_region.py [--db DIR] [--axis age]
"""

from __future__ import annotations

import practice

from common import argument_parser, coverage, open_bank, region_name


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--axis", default="disability", choices=["age", "family", "disability", "social"],
                        help="which categories make the columns (default: disability)")
    args = parser.parse_args()

    with open_bank(args.db) as bank:
        practices = bank.all()
    columns = [c.label for c in practice.categories() if c.axis == args.axis]
    table = coverage(practices)
    per_region = {region: sum(1 for p in practices if region_name(p) == region) for region in table}

    header = ["регион", "практик", *columns]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---"] * len(header)) + "|")
    for region in sorted(table, key=lambda r: (-per_region[r], r)):
        counts = [str(table[region][c]) for c in columns]
        print("| " + " | ".join([region, str(per_region[region]), *counts]) + " |")
    totals = [str(sum(table[r][c] for r in table)) for c in columns]
    print("| " + " | ".join(["всего", str(len(practices)), *totals]) + " |")
    print(f"\nРегионов: {len(table)}, практик: {len(practices)}.")


if __name__ == "__main__":
    main()

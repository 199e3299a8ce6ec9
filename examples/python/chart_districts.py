"""A bar chart of practices per federal district, saved as PNG (districts without any
practice are shown too, as empty bars).

    python3 examples/python/chart_districts.py [--db DIR] -o districts.png
"""

from __future__ import annotations

import pathlib

import matplotlib

matplotlib.use("Agg")  # files only, no display needed
import matplotlib.pyplot as plt

import practice

from common import argument_parser, open_bank


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True, help="the PNG file to write")
    args = parser.parse_args()

    with open_bank(args.db) as bank:
        stats = bank.stats()
    districts = sorted({r.federal_district for r in practice.regions()},
                       key=lambda d: (-stats.by_federal_district.get(d, 0), d))
    counts = [stats.by_federal_district.get(d, 0) for d in districts]

    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
    bars = ax.barh(districts, counts, color="#3b75af")
    ax.bar_label(bars, padding=3)
    ax.invert_yaxis()  # the largest on top
    ax.set_xlabel("число практик")
    ax.set_title(f"Практики по федеральным округам (всего {stats.total})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(args.output)

    for d, n in zip(districts, counts):
        print(f"{d}: {n}")
    print(f"Всего: {sum(counts)} → {args.output}")


if __name__ == "__main__":
    main()

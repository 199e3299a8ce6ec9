"""A region × target-group heatmap, saved as PNG: how many practices of each region serve
each group. Empty cells are the gaps, drawn white and marked «—», so it is visible at a
glance which groups a region's NGOs have no model for.

    python3 examples/python/chart_coverage.py [--db DIR] -o coverage.png
"""

from __future__ import annotations

import pathlib
from collections import Counter

import matplotlib

matplotlib.use("Agg")  # files only, no display needed
import matplotlib.pyplot as plt

import practice

from common import argument_parser, coverage, open_bank, region_name, short_label


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True, help="the PNG file to write")
    args = parser.parse_args()

    with open_bank(args.db) as bank:
        practices = bank.all()
    table = coverage(practices)
    per_region = Counter(region_name(p) for p in practices)
    regions = sorted(table, key=lambda r: (-per_region[r], r))  # the programme regions first
    groups = [c.label for c in practice.categories()]
    matrix = [[table[r][g] for g in groups] for r in regions]

    fig, ax = plt.subplots(figsize=(1.0 + 0.55 * len(groups), 1.8 + 0.42 * len(regions)), dpi=100)
    cmap = plt.get_cmap("YlGnBu").copy()
    cmap.set_under("white")  # zero: a gap
    most = max(max(row) for row in matrix)
    image = ax.imshow(matrix, cmap=cmap, vmin=0.5, vmax=most + 0.5, aspect="auto")
    ax.set_xticks(range(len(groups)), [short_label(g, 26) for g in groups], rotation=60, ha="right")
    ax.set_yticks(range(len(regions)), [f"{r} ({per_region[r]})" for r in regions])
    for i, row in enumerate(matrix):
        for j, n in enumerate(row):
            dark = n > 0.6 * image.norm.vmax
            ax.text(j, i, str(n) if n else "—", ha="center", va="center", fontsize=8,
                    color="white" if dark else ("#b0b0b0" if not n else "black"))
    ax.set_xticks([x - 0.5 for x in range(1, len(groups))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(regions))], minor=True)
    ax.grid(which="minor", color="#e0e0e0", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title("Практики по регионам (в скобках: всего) и целевым группам; «—»: нет ни одной практики")
    fig.colorbar(image, ax=ax, shrink=0.6, label="число практик", ticks=range(1, most + 1))
    fig.tight_layout()
    fig.savefig(args.output, bbox_inches="tight")  # keeps the long rotated labels

    gaps = sum(1 for row in matrix for n in row if n == 0)
    print(f"Регионов: {len(regions)}, целевых групп: {len(groups)}, пустых клеток: {gaps} из {len(regions) * len(groups)}")
    print(f"→ {args.output}")


if __name__ == "__main__":
    main()

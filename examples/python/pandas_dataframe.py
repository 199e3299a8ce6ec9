"""The bank as a pandas DataFrame: one row per practice, then ordinary pandas work
(counts by federal district and start year, a search's hits as a frame).

pandas is not a dependency of the module; without it this script says so and exits 0.

    python3 examples/python/pandas_dataframe.py [--db DIR]
"""

from __future__ import annotations

import sys

from common import argument_parser, category_labels, open_bank, region_name, subject_of


def main() -> None:
    args = argument_parser(__doc__.splitlines()[0]).parse_args()
    try:
        import pandas as pd
    except ImportError:
        print("pandas не установлен: пример пропущен (apt-get install python3-pandas).")
        sys.exit(0)

    with open_bank(args.db) as bank:
        rows = []
        for p in bank:
            subject = subject_of(p)
            rows.append({
                "id": p.id,
                "title": p.title,
                "region": region_name(p),
                "district": subject.federal_district if subject else "",
                "start": p.period.start,
                "groups": len(category_labels(p)),
            })
        hits = bank.search("дети-инвалиды", limit=5)

    df = pd.DataFrame(rows)
    print(f"Практик: {len(df)}")
    print(df.groupby("district").size().sort_values(ascending=False).to_string())
    print()
    print(df.groupby("start").size().to_string())
    print()
    # Results are plain objects with to_dict(): a frame in one line.
    print(pd.DataFrame([h.to_dict() for h in hits])[["title", "region", "score"]].to_string())


if __name__ == "__main__":
    main()

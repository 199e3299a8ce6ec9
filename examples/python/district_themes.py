"""Which themes the practices of each federal district cover, and which they do not.

A theme is a search query over what a practice is about (title, summary, goal, tasks and
technologies); the search's federal-district facet counts the practices of each district
that match it (over all matches, whatever the limit). A theme with no practice in a district is a gap: a district's NGOs would
have to look elsewhere for a model to replicate.

    python3 examples/python/district_themes.py [--db DIR]
"""

from __future__ import annotations

import practice

from common import argument_parser, open_bank

# Theme (Russian, for the reader) → query. OR joins alternatives; "quotes" make phrases.
THEMES = {
    "ранняя помощь": '"ранняя помощь" OR "раннего возраста"',
    "реабилитация и абилитация": "реабилитация OR абилитация",
    "инклюзивное образование": "инклюзивное OR инклюзия",
    "трудоустройство": "трудоустройство OR трудоустроить OR профориентация",
    "сопровождаемое проживание": '"сопровождаемое проживание"',
    "передышка для семей": "передышка",
    "творчество и досуг": "творчество OR театр OR музыка OR мастерская OR досуг",
    "спорт": "спорт OR физкультура",
    "доступная среда и транспорт": '"доступная среда" OR транспорт OR такси',
    "помощь пожилым": "пожилые OR пенсионеры",
    "паллиативная помощь": "паллиативная OR хоспис",
    "волонтёрство": "волонтёры OR добровольцы",
}
ABOUT = ["title", "summary", "goal", "tasks", "technologies"]


def district_counts(bank: practice.Bank, query: str) -> dict[str, int]:
    """Federal district → number of practices matching the query (from the search's facets)."""
    # Without the thesaurus: it widens «трудоустройство» to «занятость», whose stem is also
    # that of «занятия» (lessons), and every practice has lessons.
    results = bank.search(query, fields=ABOUT, synonyms=False, limit=1, snippets=False)
    if results.relaxed:  # only some words matched: not the theme
        return {}
    return {f.value: f.count for f in results.facets.get("federal_district", ())}


def main() -> None:
    args = argument_parser(__doc__.splitlines()[0]).parse_args()
    districts = sorted({r.federal_district for r in practice.regions()})
    with open_bank(args.db) as bank:
        practices_per_district = bank.stats().by_federal_district
        counts = {theme: district_counts(bank, query) for theme, query in THEMES.items()}

    for district in districts:
        total = practices_per_district.get(district, 0)
        print(f"{district} федеральный округ — практик: {total}")
        if total == 0:
            print("  нет ни одной практики\n")
            continue
        covered = [f"{t} ({counts[t][district]})" for t in THEMES if counts[t].get(district)]
        missing = [t for t in THEMES if not counts[t].get(district)]
        print("  есть: " + (", ".join(covered) or "—"))
        print("  нет:  " + (", ".join(missing) or "—"))
        print()

    print("Темы, которых нет ни в одном округе: " + (", ".join(t for t in THEMES if not counts[t]) or "—"))


if __name__ == "__main__":
    main()

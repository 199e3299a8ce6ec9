"""Tests of the region and target-group tables, shortlists and exports, deletion, the GIL
release and the stubs of the compiled module, on the shipped Russian corpus."""

from __future__ import annotations

import ast
import csv
import io
import sys
import threading
import time

import pytest

import practice
from practice import _practice

from conftest import CORPUS, CORPUS_SIZE, REPO_ROOT
from test_bank import KNOWN_ID, PROGRAMME_REGIONS

# ------------------------------------------------------------------------------------------------
# regions


def test_regions_table():
    regions = practice.regions()
    assert len(regions) == 89
    by_name = {r.name: r for r in regions}
    irkutsk = by_name["Иркутская область"]
    assert irkutsk.id == "38" and irkutsk.federal_district == "Сибирский"
    assert by_name["Республика Бурятия"].id in irkutsk.neighbours
    assert {r.federal_district for r in regions} == {
        "Центральный", "Северо-Западный", "Южный", "Северо-Кавказский",
        "Приволжский", "Уральский", "Сибирский", "Дальневосточный",
    }
    assert practice.Region.from_dict(irkutsk.to_dict()) == irkutsk


@pytest.mark.parametrize("text", ["Респ. Бурятия", "Бурятия", "Республика Бурятия", "г. Улан-Удэ", "в Республике Бурятия"])
def test_resolve_region_spellings(text):
    region = practice.resolve_region(text)
    assert region is not None and region.name == "Республика Бурятия" and str(region) == region.name


def test_resolve_region_unknown_and_wrong_type():
    assert practice.resolve_region("Атлантида") is None
    assert practice.resolve_region("") is None
    with pytest.raises(TypeError):
        practice.resolve_region(38)  # type: ignore[arg-type]


def test_every_corpus_practice_is_in_a_known_region():
    for p in practice.load(CORPUS).practices:
        assert practice.resolve_region(p.effective_region) is not None, p.source


# ------------------------------------------------------------------------------------------------
# target-group categories


def test_categories_table():
    cats = practice.categories()
    ids = [c.id for c in cats]
    assert len(ids) == len(set(ids)) >= 20
    by_id = {c.id: c for c in cats}
    assert by_id["autism"].label == "РАС (аутизм)" and by_id["autism"].parent == "disability"
    assert {c.axis for c in cats} == {"age", "family", "disability", "social"}
    for c in cats:
        assert c.parent == "" or c.parent in by_id, c.id


def test_categorize_inflections_abbreviations_and_compounds():
    assert [c.id for c in practice.categorize("дети с РАС")] == ["children", "autism"]
    assert {c.id for c in practice.categorize("детей с аутизмом")} == {"children", "autism"}
    assert [c.id for c in practice.categorize("дети-инвалиды")] == ["children", "disability"]
    assert [c.id for c in practice.categorize("одинокие пожилые люди")] == ["elderly", "lonely"]
    assert practice.categorize("пожилые", ancestors=False)[0].label == "пожилые люди"
    assert practice.categorize("") == [] and practice.categorize([]) == []
    # The raw word «раса» is not autism.
    assert "autism" not in {c.id for c in practice.categorize("люди любой расы")}


def test_categorize_with_ancestors_counts_like_the_bank(bank):
    assert {c.id for c in practice.categorize(["дети с ДЦП"], ancestors=True)} == {
        "children", "cerebral_palsy", "musculoskeletal", "disability"
    }
    counted: dict[str, int] = {}
    for p in bank:
        for c in practice.categorize(p.target_groups, ancestors=True):
            counted[c.label] = counted.get(c.label, 0) + 1
    assert counted == dict(bank.stats().by_target_group)


# ------------------------------------------------------------------------------------------------
# shortlist and export


def test_shortlist_for_a_region(bank):
    chosen = bank.shortlist(region="Бурятия", theme="дети-инвалиды", count=3)
    assert len(chosen) == 3 and len({p.id for p in chosen}) == 3
    assert all(isinstance(p, practice.Practice) for p in chosen)
    assert all(practice.resolve_region(p.effective_region).name == "Республика Бурятия" for p in chosen)
    everything = bank.shortlist(region="Республика Бурятия", count=20)
    assert len(everything) == PROGRAMME_REGIONS["Республика Бурятия"]


def test_shortlist_by_profile_and_target_group(bank):
    profile = {"region": "Иркутская область", "target_groups": ["дети с РАС"], "problem": "нет поддержки родителей"}
    by_dict = bank.shortlist(profile=profile, count=4)
    assert len(by_dict) == 4
    assert by_dict == bank.shortlist(profile=practice.Profile.from_dict(profile), count=4)
    autism = bank.shortlist(target_group="аутизм", count=10)
    assert autism and all("autism" in {c.id for c in practice.categorize(p.target_groups)} for p in autism)


def test_shortlist_bad_input(bank):
    with pytest.raises(practice.InvalidArgument) as e:
        bank.shortlist(region="Атлантида")
    assert isinstance(e.value, ValueError)
    with pytest.raises(practice.InvalidArgument):
        bank.shortlist(diversity=1.5)
    with pytest.raises(TypeError):
        bank.shortlist(count="3")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bank.shortlist(profile="дети")  # type: ignore[arg-type]
    with pytest.raises(practice.InvalidArgument):
        bank.shortlist()  # nothing to select by
    assert bank.shortlist(region="Бурятия", count=0) == []


def test_export_csv_markdown_html(bank):
    chosen = [bank.get(KNOWN_ID), bank.get(bank.ids()[0])]
    text = practice.export(chosen, "csv")
    assert text.startswith("\ufeff") and "\r\n" in text
    header, *rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert header[1] == "Название" and [r[0] for r in rows] == [p.id for p in chosen]
    assert rows[0][1] == "Клуб родителей детей с аутизмом «Свои люди»"

    md = practice.export(chosen, "md", title="Сборник практик")
    assert md.startswith("# Сборник практик") and "Свои люди" in md
    html = practice.export([p.to_dict() for p in chosen], "html", title="Сборник <практик>")
    assert "<html" in html and "Сборник &lt;практик&gt;" in html and "Свои люди" in html


def test_export_bad_input():
    with pytest.raises(practice.InvalidArgument):
        practice.export([], "docx")
    with pytest.raises(TypeError):
        practice.export(["not a practice"], "csv")  # type: ignore[list-item]
    assert practice.export([], "csv").count("\r\n") == 1  # the header only


# ------------------------------------------------------------------------------------------------
# deleting


def test_del_item(fresh_bank):
    assert KNOWN_ID in fresh_bank
    del fresh_bank[KNOWN_ID]
    assert KNOWN_ID not in fresh_bank and len(fresh_bank) == CORPUS_SIZE - 1
    with pytest.raises(practice.NotFound) as e:
        del fresh_bank[KNOWN_ID]
    assert isinstance(e.value, KeyError) and e.value.id == KNOWN_ID


# ------------------------------------------------------------------------------------------------
# the GIL


def test_bank_calls_release_the_gil(tmp_path):
    """While one thread is inside the library, another thread's Python code runs.

    With a huge switch interval CPython never takes the GIL from a thread that holds it, so
    the counter of the other thread moves during a call only if the call released the GIL.
    """
    counter = 0
    started = threading.Event()
    stop = threading.Event()

    def count() -> None:
        nonlocal counter
        while not stop.is_set():
            counter += 1
            started.set()
            time.sleep(0.0001)  # leaves the GIL free between steps

    def moved_during(call) -> bool:
        before = counter
        call()
        return counter != before

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    thread = threading.Thread(target=count)
    thread.start()
    try:
        started.wait()
        with practice.Bank.create(tmp_path / "bank") as bank:
            indexing = moved_during(lambda: bank.add(CORPUS))
            searching = any(moved_during(lambda: bank.search("дети-инвалиды волонтёры", limit=1000)) for _ in range(50))
            matching = any(
                moved_during(lambda: bank.match({"region": "Бурятия", "problem": "одиночество пожилых"})) for _ in range(20)
            )
        # The control: pure Python work holds the GIL, so the counter stands still.
        holding = moved_during(lambda: sum(i * i for i in range(200_000)))
    finally:
        stop.set()
        sys.setswitchinterval(old_interval)
        thread.join()
    assert (indexing, searching, matching, holding) == (True, True, True, False)


# ------------------------------------------------------------------------------------------------
# the stubs


def stub_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Module-level names and Bank method names declared in a .pyi file."""
    top, bank = set(), set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            top.add(node.target.id)
        if isinstance(node, ast.ClassDef) and node.name == "Bank":
            bank = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
    return top, bank


def test_stubs_declare_every_name_of_the_compiled_module():
    stub = REPO_ROOT / "bindings" / "python" / "practice" / "_practice.pyi"
    top, bank = stub_names(ast.parse(stub.read_text(encoding="utf-8")))
    public = {n for n in dir(_practice) if not n.startswith("_")}
    assert top == public
    methods = {n for n in dir(_practice.Bank) if not n.startswith("_")} | {"__len__"}
    assert bank == methods


def test_compiled_names_have_docstrings():
    for name in dir(_practice):
        obj = getattr(_practice, name)
        if callable(obj):
            assert obj.__doc__, name
    for name in dir(_practice.Bank):
        if not name.startswith("_"):
            assert getattr(_practice.Bank, name).__doc__, f"_practice.Bank.{name}"

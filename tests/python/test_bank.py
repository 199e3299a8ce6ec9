"""Tests of the `practice` Python package against a bank built from the shipped Russian corpus."""

from __future__ import annotations

import json
import pathlib
import re
import threading

import pytest

import practice

from conftest import CORPUS, CORPUS_SIZE, PROFILES, REPO_ROOT

# 04-altai-krai-autism-parents-club.txt; ids are derived from region and title and are stable.
KNOWN_ID = "klub-roditeley-detey-s-autizmom-svoi-lyudi-bc7f93"
KNOWN_TITLE = "Клуб родителей детей с аутизмом «Свои люди»"

# Corpus files (by number) about autism.
AUTISM_FILES = {"04", "24", "29", "48", "54"}

# The programme regions of the corpus and how many practices each has.
PROGRAMME_REGIONS = {
    "Алтайский край": 8,
    "Иркутская область": 7,
    "Кабардино-Балкарская Республика": 8,
    "Кемеровская область": 8,
    "Краснодарский край": 8,
    "Красноярский край": 8,
    "Курганская область": 7,
    "Республика Адыгея": 7,
    "Республика Алтай": 4,
    "Республика Бурятия": 6,
    "Омская область": 5,
}

NEW_PRACTICE = {
    "id": "test-shakhmatnyy-klub",
    "title": "Шахматный клуб «Ладья» для незрячих подростков",
    "organization": {"name": "АНО «Ладья»", "region": "Томская область"},
    "summary": "Еженедельные занятия шахматами на тактильных досках для слепых и слабовидящих подростков.",
    "problem": "Незрячие подростки редко выходят из дома, им не хватает общения со сверстниками.",
    "target_groups": ["незрячие и слабовидящие подростки 12–17 лет"],
    "tasks": ["научить играть в шахматы", "провести городской турнир"],
    "period": {"start": 2023, "end": None, "ongoing": True},
}


def files(hits, file_of) -> set[str]:
    return {file_of[h.id][:2] for h in hits}


# ------------------------------------------------------------------------------------------------
# package


def test_version_matches_cmake_project():
    cmake = (REPO_ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    expected = re.search(r"project\(\s*practice\s+VERSION\s+([0-9.]+)", cmake).group(1)
    assert practice.__version__ == expected == practice.version


def test_exception_hierarchy():
    assert issubclass(practice.NotFound, practice.Error) and issubclass(practice.NotFound, KeyError)
    assert issubclass(practice.InvalidArgument, practice.Error) and issubclass(practice.InvalidArgument, ValueError)
    assert issubclass(practice.ParseError, practice.Error) and issubclass(practice.ParseError, ValueError)
    assert issubclass(practice.BankError, practice.Error) and issubclass(practice.BankError, OSError)
    assert issubclass(practice.IncompatibleBank, practice.BankError)
    assert practice.Error.__module__ == "practice"


def test_public_names_have_docstrings():
    for name in practice.__all__:
        obj = getattr(practice, name)
        if isinstance(obj, str):
            continue
        assert obj.__doc__, name
    for name, member in vars(practice.Bank).items():
        if name.startswith("_"):
            continue
        if callable(member) or isinstance(member, (property, classmethod)):
            assert getattr(practice.Bank, name).__doc__, f"Bank.{name}"


# ------------------------------------------------------------------------------------------------
# creating and opening


def test_create_add_folder_and_reopen(tmp_path: pathlib.Path):
    path = tmp_path / "new.bank"
    with practice.Bank.create(path) as bank:
        assert len(bank) == 0
        result = bank.add(CORPUS)
        assert (result.added, result.replaced, result.errors) == (CORPUS_SIZE, 0, ())
        assert bank.path == path
    assert bank.closed
    with practice.Bank.open(str(path)) as again:
        assert len(again) == CORPUS_SIZE
    # create() on an existing bank opens it
    with practice.Bank.create(path) as same:
        assert len(same) == CORPUS_SIZE
    # Bank(path) opens too
    with practice.Bank(path) as plain:
        assert KNOWN_ID in plain


def test_closed_bank_raises_bank_error(built_bank_dir):
    bank = practice.Bank.open(built_bank_dir)
    bank.close()
    bank.close()  # twice is fine
    with pytest.raises(practice.BankError, match="closed"):
        len(bank)
    with pytest.raises(OSError):
        bank.search("дети")
    assert "closed" in repr(bank)


def test_missing_bank_directory_raises_bank_error(tmp_path: pathlib.Path):
    with pytest.raises(practice.BankError) as info:
        practice.Bank.open(tmp_path / "нет-такого-банка")
    assert isinstance(info.value, OSError)
    assert isinstance(info.value, practice.Error)


def test_create_refuses_a_non_empty_non_bank_directory(tmp_path: pathlib.Path):
    (tmp_path / "letter.txt").write_text("не банк", encoding="utf-8")
    with pytest.raises(practice.BankError):
        practice.Bank.create(tmp_path)


# ------------------------------------------------------------------------------------------------
# reading


def test_len_ids_iteration_and_membership(bank, file_of):
    assert len(bank) == CORPUS_SIZE
    ids = bank.ids()
    assert len(ids) == len(set(ids)) == CORPUS_SIZE
    assert ids == sorted(ids)
    assert set(ids) == set(file_of)
    assert [p.id for p in bank] == ids
    assert KNOWN_ID in bank
    assert "нет-такой-практики" not in bank
    assert 42 not in bank
    assert bank.get(KNOWN_ID) in bank
    assert f"{CORPUS_SIZE} practices" in repr(bank)


def test_get_known_id(bank, id_of):
    assert id_of["04"] == KNOWN_ID
    p = bank.get(KNOWN_ID)
    assert isinstance(p, practice.Practice)
    assert p.id == KNOWN_ID
    assert p.title == KNOWN_TITLE
    assert p.effective_region == "Алтайский край"
    assert "Свои люди" in p.organization.name
    assert str(p.organization) == p.organization.name
    assert isinstance(p.target_groups, tuple) and p.target_groups
    assert any("РАС" in g for g in p.target_groups)
    assert p.period.start == 2019 and p.period.ongoing
    assert p.problem and p.summary
    assert bank[KNOWN_ID] == p
    assert bank.find(KNOWN_ID) == p


def test_get_unknown_id_raises_key_error(bank):
    with pytest.raises(KeyError):
        bank.get("нет-такой-практики")
    with pytest.raises(practice.NotFound) as info:
        bank["нет-такой-практики"]
    assert info.value.id == "нет-такой-практики"
    assert bank.find("нет-такой-практики") is None


# ------------------------------------------------------------------------------------------------
# adding and removing


def test_add_dict_then_replace_by_id(fresh_bank):
    result = fresh_bank.add(NEW_PRACTICE)
    assert (result.added, result.replaced) == (1, 0)
    assert len(fresh_bank) == CORPUS_SIZE + 1
    got = fresh_bank.get("test-shakhmatnyy-klub")
    assert got.title == NEW_PRACTICE["title"]
    assert got.tasks == ("научить играть в шахматы", "провести городской турнир")
    assert got.period == practice.Period(start=2023, end=None, ongoing=True)
    assert fresh_bank.search("шахматы").ids == ["test-shakhmatnyy-klub"]

    changed = dict(NEW_PRACTICE, title="Шахматный клуб «Ладья» для незрячих детей и подростков")
    result = fresh_bank.add(changed)
    assert (result.added, result.replaced) == (0, 1)
    assert len(fresh_bank) == CORPUS_SIZE + 1
    assert fresh_bank.get("test-shakhmatnyy-klub").title == changed["title"]


def test_add_list_of_dicts_and_practices(fresh_bank):
    second = {
        "id": "test-gончарная-мастерская",
        "title": "Гончарная мастерская для взрослых с ментальной инвалидностью",
        "region": "Омская область",
        "problem": "Молодым людям с ментальной инвалидностью после колледжа некуда идти.",
        "target_groups": "взрослые с ментальной инвалидностью",  # one string is a one-item list
    }
    result = fresh_bank.add([NEW_PRACTICE, second])
    assert (result.added, result.replaced) == (2, 0)
    assert fresh_bank.get(second["id"]).target_groups == ("взрослые с ментальной инвалидностью",)

    existing = fresh_bank.get(KNOWN_ID)
    edited = practice.Practice.from_dict(dict(existing.to_dict(), status="приостановлена"))
    result = fresh_bank.add([edited, dict(NEW_PRACTICE, goal="Турнир")])
    assert (result.added, result.replaced) == (0, 2)
    assert fresh_bank.get(KNOWN_ID).status == "приостановлена"
    assert len(fresh_bank) == CORPUS_SIZE + 2
    assert fresh_bank.add([]).count == 0


def test_add_without_id_derives_a_stable_id(fresh_bank):
    anonymous = {k: v for k, v in NEW_PRACTICE.items() if k != "id"}
    first = fresh_bank.add(anonymous)
    second = fresh_bank.add(anonymous)
    assert (first.added, second.replaced) == (1, 1)
    assert len(fresh_bank) == CORPUS_SIZE + 1
    new_ids = set(fresh_bank.ids()) - {p.id for p in practice.load(CORPUS).practices}
    (new_id,) = new_ids
    assert new_id == practice._practice.derive_id(anonymous)
    assert new_id.startswith("shakhmatnyy-klub")


def test_remove(fresh_bank):
    assert fresh_bank.remove(KNOWN_ID) is True
    assert fresh_bank.remove(KNOWN_ID) is False
    assert len(fresh_bank) == CORPUS_SIZE - 1
    assert KNOWN_ID not in fresh_bank
    assert KNOWN_ID not in fresh_bank.search("аутизмом", limit=100).ids


def test_add_file_path_and_folder_replace(fresh_bank):
    result = fresh_bank.add(CORPUS / "44-buryatia-sewing-workshop.txt")
    assert (result.added, result.replaced) == (0, 1)
    result = fresh_bank.add(str(CORPUS))
    assert (result.added, result.replaced) == (0, CORPUS_SIZE)
    assert len(fresh_bank) == CORPUS_SIZE


def test_add_bad_json_file_raises_parse_error_with_file_and_line(fresh_bank, tmp_path):
    bad = tmp_path / "broken.jsonl"
    good = json.dumps(NEW_PRACTICE, ensure_ascii=False)
    bad.write_text(good + "\n" + good + "\n" + '{"title": "обрыв' + "\n", encoding="utf-8")
    with pytest.raises(practice.ParseError) as info:
        fresh_bank.add(bad)
    assert isinstance(info.value, ValueError)
    assert info.value.file == str(bad)
    assert info.value.line == 3
    assert f"{bad}:3" in str(info.value)
    assert len(fresh_bank) == CORPUS_SIZE  # nothing added

    lenient = fresh_bank.add(bad, strict=False)
    assert (lenient.added, lenient.replaced) == (1, 1)
    assert [(e.file, e.line) for e in lenient.errors] == [(str(bad), 3)]
    assert str(lenient.errors[0]).startswith(f"{bad}:3: ")


def test_add_bad_record_in_json_names_the_line(fresh_bank, tmp_path):
    bad = tmp_path / "types.jsonl"
    bad.write_text(json.dumps({"title": "Практика", "target_groups": 7}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(practice.ParseError) as info:
        fresh_bank.add(bad)
    assert info.value.line == 1
    assert "target_groups" in str(info.value)


def test_add_text_that_is_not_a_template(fresh_bank, tmp_path):
    letter = tmp_path / "письмо.txt"
    letter.write_text("Здравствуйте! Высылаю описание позже.\n", encoding="utf-8")
    with pytest.raises(practice.ParseError) as info:
        fresh_bank.add(letter)
    assert info.value.file == str(letter)


def test_add_missing_path_raises_file_not_found(fresh_bank, tmp_path):
    with pytest.raises(FileNotFoundError):
        fresh_bank.add(tmp_path / "нет-файла.txt")


@pytest.mark.parametrize(
    ("bad", "key"),
    [
        ({"title": "Практика", "target_groups": 5}, "target_groups"),
        ({"title": "Практика", "tasks": [1, 2]}, "tasks"),
        ({"title": "Практика", "organization": 12}, "organization"),
        ({"title": "Практика", "period": {"ongoing": "да"}}, "ongoing"),
    ],
)
def test_add_malformed_dict_raises_value_error(fresh_bank, bad, key):
    with pytest.raises(ValueError, match=key) as info:
        fresh_bank.add(bad)
    assert isinstance(info.value, practice.InvalidArgument)
    assert len(fresh_bank) == CORPUS_SIZE


def test_add_malformed_item_in_list_names_its_position(fresh_bank):
    with pytest.raises(practice.InvalidArgument, match="элемент 2"):
        fresh_bank.add([NEW_PRACTICE, {"title": "x", "stages": 3}])
    assert len(fresh_bank) == CORPUS_SIZE  # one transaction: nothing added


def test_add_wrong_types_raise_type_error(fresh_bank):
    with pytest.raises(TypeError):
        fresh_bank.add(42)
    with pytest.raises(TypeError):
        fresh_bank.add([NEW_PRACTICE, 42])
    with pytest.raises(TypeError):
        fresh_bank.add({"title": "x", "region": object()})


# ------------------------------------------------------------------------------------------------
# search


@pytest.mark.parametrize("query", ["дети-инвалиды", "детей-инвалидов", "инвалид"])
def test_search_finds_disability_practices(bank, query):
    results = bank.search(query, limit=100)
    assert isinstance(results, practice.SearchResults)
    assert results.total >= 10
    assert len(results) == results.total
    assert not results.relaxed
    top = results[0]
    assert isinstance(top, practice.SearchHit)
    assert top.score == pytest.approx(1.0)
    assert all(0.0 < h.score <= 1.0 for h in results)
    assert [h.score for h in results] == sorted((h.score for h in results), reverse=True)
    assert "<b>" in top.snippet
    assert top.matched
    assert top.title and top.region and top.organization


def test_search_inflections_give_the_same_practices(bank):
    nominative = bank.search("дети-инвалиды", limit=100)
    genitive = bank.search("детей-инвалидов", limit=100)
    assert set(nominative.ids) == set(genitive.ids)
    assert set(nominative.ids) <= set(bank.search("инвалид", limit=100).ids)


def test_search_yo_and_ye_are_equivalent(bank):
    assert bank.search("волонтёров", limit=100).ids == bank.search("волонтеров", limit=100).ids
    lift_yo = bank.search("подъёмник", limit=100).ids
    lift_ye = bank.search("подъемник", limit=100).ids
    assert lift_yo == lift_ye
    assert 0 < len(lift_yo) < CORPUS_SIZE


def test_search_inflected_word_finds_autism_practices(bank, file_of):
    instrumental = bank.search("аутизмом", limit=100)
    assert AUTISM_FILES <= files(instrumental, file_of)
    assert set(instrumental.ids) == set(bank.search("аутизм", limit=100).ids)
    assert len(instrumental) < CORPUS_SIZE


def test_search_region_filter(bank):
    results = bank.search("дети", region="Бурятия", limit=100)
    assert len(results) > 0
    assert {h.region for h in results} == {"Республика Бурятия"}
    assert [f.value for f in results.facets["region"]] == ["Республика Бурятия"]
    assert bank.search("дети", region="Республика Бурятия", limit=100).ids == results.ids
    everywhere = bank.search("дети", limit=100)
    assert len(everywhere) > len(results)


def test_search_federal_district_filter(bank):
    results = bank.search("инвалид", federal_district="Южный", limit=100)
    assert len(results) > 0
    assert {h.region for h in results} <= {"Краснодарский край", "Республика Адыгея"}


def test_search_target_group_filter(bank, file_of):
    everyone = bank.search("дети", limit=100)
    autism = bank.search("дети", target_group="аутизм", limit=100)
    assert 0 < len(autism) < len(everyone)
    assert set(autism.ids) <= set(everyone.ids)
    assert {"04", "29", "48"} <= files(autism, file_of)
    assert "44" not in files(autism, file_of)  # the sewing workshop for women
    assert len(autism) <= bank.stats().by_target_group["РАС (аутизм)"]


def test_search_facets_and_paging(bank):
    first = bank.search("инвалид", limit=10)
    assert first.total > 10
    assert set(first.facets) >= {"region", "federal_district", "target_group"}
    assert all(isinstance(f, practice.FacetCount) and f.count > 0 for f in first.facets["region"])
    second = bank.search("инвалид", limit=5, offset=5)
    assert second.ids == first.ids[5:10]
    assert bank.search("инвалид", limit=0).total == first.total


def test_search_with_practice_and_exclude(bank):
    results = bank.search("аутизм", limit=3, with_practice=True)
    assert all(isinstance(h.practice, practice.Practice) and h.practice.id == h.id for h in results)
    without = bank.search("аутизм", limit=100, exclude=[results[0].id])
    assert results[0].id not in without.ids


@pytest.mark.parametrize("query", ["", "   ", "и в на"])
def test_search_empty_query_raises_invalid_argument(bank, query):
    with pytest.raises(ValueError) as info:
        bank.search(query)
    assert isinstance(info.value, practice.InvalidArgument)


@pytest.mark.parametrize(
    "options",
    [
        {"region": "Нарния"},
        {"target_group": "марсиане"},
        {"federal_district": "Лунный"},
        {"sort": "по алфавиту"},
        {"fields": ["нет-такого-поля"]},
        {"limit": -1},
        {"offset": -3},
    ],
)
def test_search_bad_options_raise_value_error(bank, options):
    with pytest.raises(ValueError) as info:
        bank.search("дети", **options)
    assert isinstance(info.value, practice.InvalidArgument)


def test_search_unknown_region_suggests_spellings(bank):
    with pytest.raises(practice.InvalidArgument, match="Нарния"):
        bank.search("дети", region="Нарния")


def test_search_wrong_types_raise_type_error(bank):
    with pytest.raises(TypeError):
        bank.search(42)
    with pytest.raises(TypeError):
        bank.search("дети", limit="10")
    with pytest.raises(TypeError):
        bank.search("дети", year="2020")


def test_search_year_and_sort(bank):
    by_year = bank.search("дети", sort="year", limit=100)
    assert set(by_year.ids) == set(bank.search("дети", limit=100).ids)
    active_2018 = bank.search("дети", year=2018, limit=100)
    assert 0 < len(active_2018) < len(by_year)
    for hit in active_2018:
        assert (bank.get(hit.id).period.start or 0) <= 2018


def test_search_field_restriction(bank):
    anywhere = bank.search("аутизм", limit=100)
    in_problem = bank.search("аутизм", fields=["проблема"], limit=100)
    assert 0 < len(in_problem) <= len(anywhere)
    assert bank.search("аутизм", fields=["problem"], limit=100).ids == in_problem.ids


# ------------------------------------------------------------------------------------------------
# similar, stats


def test_similar_excludes_itself(bank, file_of):
    hits = bank.similar(KNOWN_ID, limit=5)
    assert 0 < len(hits) <= 5
    assert KNOWN_ID not in [h.id for h in hits]
    assert all(isinstance(h, practice.SearchHit) for h in hits)
    assert len(bank.similar(KNOWN_ID, limit=1000)) <= CORPUS_SIZE - 1


def test_similar_unknown_id_raises_key_error(bank):
    with pytest.raises(KeyError):
        bank.similar("нет-такой-практики")


def test_likeness_is_relative_to_the_most_alike(bank):
    # Supported employment for young people with intellectual disability is more like the labour
    # workshops than like a social hotel for care-leavers.
    work = "rabota-ryadom-trudoustroystvo-molodykh-lyudey-s-eab55c"
    workshops = "trudovyye-masterskiye-svoimi-rukami-ef8ac7"
    hotel = "sotsial-naya-gostinitsa-i-trenirovochnaya-kvarti-4cff7f"
    like = bank.likeness(work, [workshops, hotel])
    assert like[workshops] == pytest.approx(1.0)
    assert 0.0 < like[hotel] < like[workshops]
    assert bank.likeness(work, []) == {}
    with pytest.raises(KeyError):
        bank.likeness("нет-такой-практики", [workshops])


def test_stats(bank):
    stats = bank.stats()
    assert isinstance(stats, practice.Stats)
    assert stats.total == CORPUS_SIZE
    assert sum(stats.by_region.values()) == CORPUS_SIZE
    for region, count in PROGRAMME_REGIONS.items():
        assert stats.by_region[region] == count, region
    assert sum(stats.by_federal_district.values()) == CORPUS_SIZE
    assert stats.by_federal_district["Сибирский"] > 0
    assert stats.by_target_group["РАС (аутизм)"] >= len(AUTISM_FILES)
    assert all(isinstance(y, int) for y in stats.by_year)
    assert max(stats.by_year.values()) <= CORPUS_SIZE
    with pytest.raises(TypeError):
        stats.by_region["Москва"] = 2  # read-only


# ------------------------------------------------------------------------------------------------
# match


def irkutsk_profile() -> dict:
    return json.loads((PROFILES / "irkutsk-autism-families.json").read_text(encoding="utf-8"))


def test_match_profile_dict_ranks_with_explanations(bank, file_of):
    results = bank.match(irkutsk_profile(), limit=5)
    assert isinstance(results, practice.MatchResults)
    assert 0 < len(results) <= 5
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert files(results[:3], file_of) & AUTISM_FILES
    top = results[0]
    assert isinstance(top, practice.Recommendation)
    assert top.title and top.region and top.organization
    e = top.explanation
    assert isinstance(e, practice.Explanation)
    assert {s.signal for s in e.signals} == {"need", "target", "region", "capacity", "evidence", "similarity"}
    assert sum(s.weight for s in e.signals) == pytest.approx(1.0)
    gate = e.signal("need").value * e.signal("target").value
    for s in e.signals:
        gated = s.signal in ("region", "capacity", "evidence")
        assert s.contribution == pytest.approx(s.value * s.weight * (gate if gated else 1.0), abs=1e-6)
    assert sum(s.contribution for s in e.signals) == pytest.approx(top.score, abs=1e-3)
    assert e.signal("need").evidence
    assert e.signal("nonexistent") is None
    # dict-like
    assert e["gaps"] == e.gaps
    assert set(e) >= {"signals", "gaps", "quotes", "region_relation", "contact"}
    assert e.region_relation in {"same", "neighbour", "district", "other", ""}
    assert all(isinstance(q, str) and q for q in e.quotes)
    with pytest.raises(KeyError):
        e["nonexistent"]


def test_match_profile_dataclass_equals_dict(bank):
    as_dict = bank.match(irkutsk_profile())
    as_profile = bank.match(practice.Profile.from_dict(irkutsk_profile()))
    loaded = bank.match(practice.load_profile(PROFILES / "irkutsk-autism-families.json"))
    assert as_dict == as_profile == loaded
    assert len(as_dict) == 10  # the profile's limit


def test_match_limit_and_weights(bank):
    profile = irkutsk_profile()
    assert len(bank.match(profile, limit=3)) == 3
    no_region = bank.match(profile, weights={"region": 0.0})
    for rec in no_region:
        region = rec.explanation.signal("region")
        assert region is None or region.contribution == 0.0
    assert bank.match(profile, weights=practice.MatchWeights(region=0.0)) == no_region


def test_match_bad_profiles_raise_value_error(bank):
    with pytest.raises(practice.InvalidArgument):
        bank.match({"region": "Иркутская область"})  # neither problem nor target groups
    with pytest.raises(ValueError, match="Нарния"):
        bank.match({"problem": "дети с аутизмом", "region": "Нарния"})
    with pytest.raises(ValueError, match="target_groups"):
        bank.match({"problem": "дети", "target_groups": 3})
    with pytest.raises(ValueError):
        bank.match(irkutsk_profile(), weights={"need": -1})
    with pytest.raises(ValueError):
        bank.match(irkutsk_profile(), limit=0)
    with pytest.raises(TypeError):
        bank.match("дети с аутизмом")


@pytest.mark.parametrize("path", sorted(PROFILES.glob("*.json")), ids=lambda p: p.stem)
def test_every_shipped_profile_matches(bank, path):
    results = bank.match(practice.load_profile(path))
    assert len(results) > 0
    assert results.to_dict()["results"][0]["id"] == results[0].id


# ------------------------------------------------------------------------------------------------
# threads


def test_two_threads_search_at_once(bank, built_bank_dir):
    queries = ["дети-инвалиды", "аутизмом", "волонтёров", "пожилые", "инвалид", "подъёмник"] * 5
    serial = [bank.search(q, limit=20) for q in queries]
    serial_match = bank.match(irkutsk_profile())

    other = practice.Bank.open(built_bank_dir)  # one shared bank, one per thread
    outcomes: dict[str, list] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker(name: str, b: practice.Bank) -> None:
        try:
            barrier.wait()
            got = [b.search(q, limit=20) for q in queries]
            got.append(b.match(irkutsk_profile()))
            outcomes[name] = got
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=worker, args=("shared-1", bank)),
        threading.Thread(target=worker, args=("shared-2", bank)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)

    threads = [
        threading.Thread(target=worker, args=("own-1", bank)),
        threading.Thread(target=worker, args=("own-2", other)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    other.close()
    assert not any(t.is_alive() for t in threads)

    assert not errors
    assert set(outcomes) == {"shared-1", "shared-2", "own-1", "own-2"}
    for got in outcomes.values():
        assert got[:-1] == serial
        assert got[-1] == serial_match


# ------------------------------------------------------------------------------------------------
# values and round trips


def test_practice_to_dict_round_trip(bank, fresh_bank):
    for p in bank:
        d = p.to_dict()
        assert practice.Practice.from_dict(d) == p
        assert practice.Practice.from_dict(json.loads(json.dumps(d, ensure_ascii=False))) == p
    original = fresh_bank.get(KNOWN_ID)
    result = fresh_bank.add(original.to_dict())
    assert (result.added, result.replaced) == (0, 1)
    assert fresh_bank.get(KNOWN_ID) == original
    result = fresh_bank.add(original)
    assert result.replaced == 1


def test_practice_is_frozen_and_hashable(bank):
    p = bank.get(KNOWN_ID)
    with pytest.raises(AttributeError):
        p.title = "другое"
    assert hash(p) == hash(bank.get(KNOWN_ID))
    built = practice.Practice(title="Т", target_groups=["a", "b"], organization={"name": "АНО"})
    assert built.target_groups == ("a", "b")
    assert built.organization == practice.Organization(name="АНО")


def test_results_to_dict_round_trip(bank):
    results = bank.search("дети-инвалиды", region="Алтайский край", with_practice=True)
    assert practice.SearchResults.from_dict(results.to_dict()) == results
    assert json.loads(json.dumps(results.to_dict(), ensure_ascii=False))["query"] == "дети-инвалиды"
    hits = bank.similar(KNOWN_ID)
    assert [practice.SearchHit.from_dict(h.to_dict()) for h in hits] == hits
    matched = bank.match(irkutsk_profile(), limit=3)
    assert practice.MatchResults.from_dict(matched.to_dict()) == matched
    rec = matched[0]
    assert practice.Recommendation.from_dict(rec.to_dict()) == rec
    assert practice.Explanation.from_dict(rec.explanation.to_dict()) == rec.explanation
    stats = bank.stats()
    assert practice.Stats.from_dict(stats.to_dict()) == stats
    assert practice.Stats.from_dict(json.loads(json.dumps(stats.to_dict()))) == stats
    profile = practice.Profile.from_dict(irkutsk_profile())
    assert practice.Profile.from_dict(profile.to_dict()) == profile


# ------------------------------------------------------------------------------------------------
# load, validate, parse


def test_load_corpus():
    loaded = practice.load(CORPUS)
    assert len(loaded.practices) == CORPUS_SIZE and loaded.errors == ()
    assert all(p.source.startswith(str(CORPUS)) for p in loaded.practices)
    both = practice.load([CORPUS / "01-altai-krai-early-help.txt", CORPUS / "02-altai-krai-hippotherapy.txt"])
    assert len(both.practices) == 2


def test_load_reports_errors_with_lines(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(json.dumps(NEW_PRACTICE, ensure_ascii=False) + "\nне json\n", encoding="utf-8")
    loaded = practice.load(bad)
    assert [p.id for p in loaded.practices] == [NEW_PRACTICE["id"]]
    assert [(e.file, e.line) for e in loaded.errors] == [(str(bad), 2)]


def test_validate_corpus():
    reports = practice.validate(CORPUS, reference_year=2025)
    assert len(reports) == CORPUS_SIZE
    assert all(isinstance(r, practice.ValidationReport) for r in reports)
    assert all(0.0 <= r.readiness <= 1.0 for r in reports)
    assert sum(r.ok for r in reports) > 50
    for r in reports:
        for issue in r.issues:
            assert issue.severity in {"error", "warning"} and issue.code and issue.message


def test_validate_unreadable_file(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "Практика",\n "region": }', encoding="utf-8")
    (report,) = practice.validate(bad)
    assert not report.ok
    assert report.issues[0].code == "unreadable"
    assert report.issues[0].line == 2


def test_parse_template_matches_the_bank(bank):
    text = (CORPUS / "04-altai-krai-autism-parents-club.txt").read_text(encoding="utf-8")
    (parsed,) = practice.parse_template(text, "04.txt")
    assert parsed.id == KNOWN_ID
    assert parsed == bank.get(KNOWN_ID)
    assert parsed.source == "04.txt:1"


def test_parse_template_rejects_non_template():
    with pytest.raises(practice.ParseError) as info:
        practice.parse_template("Просто письмо без разделов шаблона.", "письмо.txt")
    assert info.value.file == "письмо.txt"
    assert isinstance(info.value, ValueError)


def test_parse_profile_errors_have_lines():
    with pytest.raises(practice.ParseError) as info:
        practice.parse_profile('{\n  "problem": "дети",\n  "limit": ,\n}', "профиль.json")
    assert info.value.file == "профиль.json"
    assert info.value.line == 3

"""Word (.docx) input through the Python module (fixtures: tests/fixtures/docx/make_fixtures.py)."""

from __future__ import annotations

import pathlib

import pytest

import practice

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "docx"


def test_add_docx_reads_as_the_corpus_text(tmp_path: pathlib.Path, corpus_dir: pathlib.Path):
    with practice.Bank.create(tmp_path / "docx.bank") as bank:
        result = bank.add(FIXTURES / "early-help.docx")
        assert (result.added, result.replaced, result.errors) == (1, 0, ())
        from_txt = practice.load(corpus_dir / "01-altai-krai-early-help.txt").practices[0]
        added = bank.get(from_txt.id)
        assert added.title == "Служба ранней помощи «Первые шаги»"
        assert added.organization.region == "Алтайский край"
        assert added.target_groups == from_txt.target_groups
        assert added.contacts.email == "info@stupenki-altai.ru"  # from the field | value table
        hits = bank.search("ранней помощи", region="Алтайский край")
        assert [h.id for h in hits] == [from_txt.id]


def test_add_broken_docx_raises_parse_error_naming_the_file(tmp_path: pathlib.Path):
    broken = FIXTURES / "truncated.docx"
    with practice.Bank.create(tmp_path / "broken.bank") as bank:
        with pytest.raises(practice.ParseError) as info:
            bank.add(broken)
        assert info.value.file == str(broken)
        assert "повреждён или обрезан" in str(info.value)
        assert len(bank) == 0

"""Fixtures for the Python binding tests: a bank built once from the shipped corpus.

Run with the package on the path, e.g. ``PYTHONPATH=<build>/python python3 -m pytest tests/python``.
"""

from __future__ import annotations

import os
import pathlib
import shutil

import pytest

import practice

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT / "corpus" / "practices"
PROFILES = REPO_ROOT / "corpus" / "profiles"
CORPUS_SIZE = len(list(CORPUS.glob("*.txt")))  # one practice per template file


@pytest.fixture(scope="session")
def corpus_dir() -> pathlib.Path:
    """The template texts shipped in corpus/practices, one practice each."""
    assert CORPUS.is_dir(), f"corpus not found at {CORPUS}"
    return CORPUS


@pytest.fixture(scope="session")
def profiles_dir() -> pathlib.Path:
    """The NGO profiles shipped in corpus/profiles."""
    return PROFILES


@pytest.fixture(scope="session")
def built_bank_dir(tmp_path_factory: pytest.TempPathFactory, corpus_dir: pathlib.Path) -> pathlib.Path:
    """A bank directory indexed once from the corpus; tests must not modify it (use fresh_bank)."""
    path = tmp_path_factory.mktemp("bank") / "practices.bank"
    with practice.Bank.create(path) as bank:
        result = bank.add(corpus_dir)
    assert (result.added, result.replaced, result.errors) == (CORPUS_SIZE, 0, ())
    return path


@pytest.fixture()
def bank(built_bank_dir: pathlib.Path):
    """The shared corpus bank, opened for one test (read-only use)."""
    with practice.Bank.open(built_bank_dir) as b:
        yield b


@pytest.fixture()
def fresh_bank(built_bank_dir: pathlib.Path, tmp_path: pathlib.Path):
    """A private copy of the corpus bank that a test may change."""
    path = tmp_path / "copy.bank"
    shutil.copytree(built_bank_dir, path)
    with practice.Bank.open(path) as b:
        yield b


@pytest.fixture(scope="session")
def file_of(corpus_dir: pathlib.Path) -> dict[str, str]:
    """Practice id → the corpus file name it was read from ("04-altai-krai-autism-parents-club.txt")."""
    loaded = practice.load(corpus_dir)
    assert not loaded.errors
    return {p.id: os.path.basename(p.source.rsplit(":", 1)[0]) for p in loaded.practices}


@pytest.fixture(scope="session")
def id_of(file_of: dict[str, str]) -> dict[str, str]:
    """Corpus file number ("04") → practice id."""
    return {name[:2]: pid for pid, name in file_of.items()}

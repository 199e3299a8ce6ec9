"""What the research examples share: a bank to work on, and each practice's place in the
region and target-group tables.

Every example takes ``--db DIR`` (an existing bank); without it, it builds a bank from the
shipped corpus (corpus/practices) in a temporary directory, which takes a few seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import pathlib
import tempfile
from collections import Counter
from typing import Iterator, Optional

import practice

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "corpus" / "practices"


def argument_parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the options every example has."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=pathlib.Path, help="an existing bank (default: build one from corpus/practices)")
    return parser


@contextlib.contextmanager
def open_bank(db: Optional[pathlib.Path]) -> Iterator[practice.Bank]:
    """The bank at ``db``, or a temporary bank indexed from the shipped corpus."""
    if db is not None:
        with practice.Bank.open(db) as bank:
            yield bank
        return
    with tempfile.TemporaryDirectory(prefix="practice-example-") as tmp:
        with practice.Bank.create(pathlib.Path(tmp) / "bank") as bank:
            bank.add(CORPUS)
            yield bank


def subject_of(p: practice.Practice) -> Optional[practice.Region]:
    """The subject of the RF where the practice runs (None if its region is not recognised)."""
    return practice.resolve_region(p.effective_region)


def region_name(p: practice.Practice) -> str:
    """The subject's official name, or the region as written if it is not recognised."""
    subject = subject_of(p)
    return subject.name if subject else (p.effective_region or "не указан")


def category_labels(p: practice.Practice) -> set[str]:
    """The target-group categories the bank files the practice under (with broader ones)."""
    return {c.label for c in practice.categorize(p.target_groups, ancestors=True)}


def coverage(practices: list[practice.Practice]) -> dict[str, Counter[str]]:
    """Region name → how many of its practices serve each target-group category (by label)."""
    table: dict[str, Counter[str]] = {}
    for p in practices:
        table.setdefault(region_name(p), Counter()).update(category_labels(p))
    return table


def short_label(label: str, width: int = 18) -> str:
    """A label cut to ``width`` characters for a table header or a chart axis."""
    return label if len(label) <= width else label[: width - 1] + "…"

"""Runs every script in examples/python on the shipped corpus, as a researcher would, and checks
that what it prints (and the files it writes) says something true about the corpus."""

from __future__ import annotations

import csv
import os
import pathlib
import struct
import subprocess
import sys

import pytest

import practice

from conftest import CORPUS_SIZE, REPO_ROOT
from test_bank import PROGRAMME_REGIONS

EXAMPLES = REPO_ROOT / "examples" / "python"


def run(script: str, *args: str | os.PathLike[str]) -> str:
    """Runs an example with this interpreter and the built module; returns its stdout."""
    env = dict(os.environ)
    # The package under test (the build tree's python/ directory, or wherever it is installed).
    env["PYTHONPATH"] = os.pathsep.join([str(pathlib.Path(practice.__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *map(str, args)],
        env=env, capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stderr}"
    assert done.stderr == "", done.stderr
    return done.stdout


def markdown_rows(text: str) -> list[list[str]]:
    """The cells of each row of the Markdown table in ``text`` (header first, rule skipped)."""
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows if not row[0].startswith("---")]


@pytest.fixture(scope="module")
def stats(built_bank_dir) -> practice.Stats:
    with practice.Bank.open(built_bank_dir) as bank:
        return bank.stats()


def test_every_example_is_tested():
    tested = {"common.py", "practices_by_region.py", "district_themes.py", "exchange_pairs.py",
              "round_table_shortlist.py", "pandas_dataframe.py", "chart_districts.py", "chart_coverage.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


# ------------------------------------------------------------------------------------------------
# tables


def test_practices_by_region_adds_up_to_the_corpus(stats):
    # No --db: the script builds its own bank from corpus/practices.
    out = run("practices_by_region.py")
    header, *body = markdown_rows(out)
    assert header[:2] == ["регион", "практик"]
    assert header[2:] == [c.label for c in practice.categories() if c.axis == "disability"]
    *regions, total = body
    assert total[:2] == ["всего", str(CORPUS_SIZE)]
    per_region = {row[0]: int(row[1]) for row in regions}
    assert sum(per_region.values()) == CORPUS_SIZE
    assert per_region == dict(stats.by_region)
    for region, count in PROGRAMME_REGIONS.items():
        assert per_region[region] == count, region
    # Each column counts what the bank's stats count for that category.
    for j, label in enumerate(header[2:], start=2):
        assert int(total[j]) == sum(int(row[j]) for row in regions) == stats.by_target_group.get(label, 0), label
    assert out.rstrip().endswith(f"Регионов: {len(per_region)}, практик: {CORPUS_SIZE}.")


def test_practices_by_region_other_axis(built_bank_dir, stats):
    header, *body = markdown_rows(run("practices_by_region.py", "--db", built_bank_dir, "--axis", "age"))
    assert "пожилые люди" in header and "дети" in header
    elderly = header.index("пожилые люди")
    assert int(body[-1][elderly]) == stats.by_target_group["пожилые люди"] > 0


def test_district_themes_shows_coverage_and_gaps(built_bank_dir, stats):
    out = run("district_themes.py", "--db", built_bank_dir)
    districts = {r.federal_district for r in practice.regions()}
    blocks = {}
    for block in out.strip().split("\n\n"):
        head, *lines = block.splitlines()
        if head.endswith(tuple(f"— практик: {n}" for n in range(64))):
            name, count = head.split(" федеральный округ — практик: ")
            blocks[name] = (int(count), "\n".join(lines))
    assert set(blocks) == districts
    assert sum(count for count, _ in blocks.values()) == CORPUS_SIZE
    for name, (count, body) in blocks.items():
        assert count == stats.by_federal_district.get(name, 0)
        if count == 0:
            assert body == "  нет ни одной практики"
        else:
            assert body.startswith("  есть: ") and "\n  нет:  " in body
    # Irkutsk's respite service (Siberia) is a «передышка» practice; Moscow's autism centre
    # is the Central district's only practice and has nothing to do with transport.
    siberia = blocks["Сибирский"][1]
    assert "передышка для семей (" in siberia.split("\n")[0]
    assert "доступная среда и транспорт" in blocks["Центральный"][1].split("нет:")[1]
    assert "Темы, которых нет ни в одном округе:" in out


def test_exchange_pairs_are_across_regions_and_ranked(built_bank_dir):
    out = run("exchange_pairs.py", "--db", built_bank_dir, "-n", "8")
    lines = out.splitlines()
    scores = [float(line.split("сходство ")[1]) for line in lines if "сходство " in line]
    assert len(scores) == 8
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] <= 1
    titles = {p.title for p in practice.load(REPO_ROOT / "corpus" / "practices").practices}
    pair_lines = [line.strip() for line in lines if line.startswith("   ")]
    assert len(pair_lines) == 16
    for a, b in zip(pair_lines[::2], pair_lines[1::2]):
        region_a, rest_a = a.split(": ", 1)
        region_b, rest_b = b.split(": ", 1)
        assert region_a != region_b
        assert rest_a.split("  [")[0] in titles and rest_b.split("  [")[0] in titles


def test_exchange_pairs_other_district(built_bank_dir):
    out = run("exchange_pairs.py", "--db", built_bank_dir, "-n", "5", "--other-district")
    district = {r.name: r.federal_district for r in practice.regions()}
    pair_lines = [line.strip() for line in out.splitlines() if line.startswith("   ")]
    assert len(pair_lines) == 10
    for a, b in zip(pair_lines[::2], pair_lines[1::2]):
        assert district[a.split(": ", 1)[0]] != district[b.split(": ", 1)[0]]


def test_round_table_shortlist_csv_reads_back(built_bank_dir, tmp_path):
    path = tmp_path / "круглый стол.csv"
    out = run("round_table_shortlist.py", "--db", built_bank_dir, "--region", "Бурятия",
              "--theme", "семьи детей-инвалидов", "-n", "4", "-o", path)
    assert out.startswith("Круглый стол: Республика Бурятия, тема «семьи детей-инвалидов»")
    assert f"Записано практик: 4 → {path}" in out
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f, delimiter=";"))
    assert header[:4] == ["id", "Название", "Организация", "Регион"]
    assert len(rows) == 4 and len({r[0] for r in rows}) == 4
    for row in rows:
        assert row[3] == "Республика Бурятия"
        assert row[1] in out  # the titles printed are the titles saved
        assert any("а" <= ch <= "я" for ch in row[1].lower())


def test_round_table_shortlist_unknown_region_fails(built_bank_dir, tmp_path):
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "round_table_shortlist.py"), "--db", str(built_bank_dir),
         "--region", "Атлантида", "-o", str(tmp_path / "x.csv")],
        env={**os.environ, "PYTHONPATH": str(pathlib.Path(practice.__file__).resolve().parents[1])},
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode != 0 and "InvalidArgument" in done.stderr
    assert not (tmp_path / "x.csv").exists()


def test_pandas_example_runs_with_or_without_pandas(built_bank_dir):
    out = run("pandas_dataframe.py", "--db", built_bank_dir)
    try:
        import pandas  # noqa: F401
    except ImportError:
        assert out.startswith("pandas не установлен")
        return
    assert out.startswith(f"Практик: {CORPUS_SIZE}\n")
    assert "Сибирский" in out and "score" in out


# ------------------------------------------------------------------------------------------------
# charts


def png_size(path: pathlib.Path) -> tuple[int, int]:
    """Width and height from the PNG signature and IHDR chunk (fails if it is not a PNG)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def distinct_colours(path: pathlib.Path) -> int:
    import matplotlib.image

    pixels = matplotlib.image.imread(path)
    return len({tuple(px) for px in pixels.reshape(-1, pixels.shape[-1])[::7].tolist()})


def test_districts_chart_is_a_real_image(built_bank_dir, stats, tmp_path):
    path = tmp_path / "districts.png"
    out = run("chart_districts.py", "--db", built_bank_dir, "-o", path)
    width, height = png_size(path)
    assert width >= 800 and height >= 400
    assert distinct_colours(path) > 20  # bars, text, anti-aliasing: not blank
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line and not line.startswith("Всего"))
    assert {d: int(n) for d, n in lines.items()} == {
        d: stats.by_federal_district.get(d, 0) for d in {r.federal_district for r in practice.regions()}
    }
    assert out.splitlines()[-1] == f"Всего: {CORPUS_SIZE} → {path}"


def test_coverage_heatmap_is_a_real_image(built_bank_dir, stats, tmp_path):
    path = tmp_path / "coverage.png"
    out = run("chart_coverage.py", "--db", built_bank_dir, "-o", path)
    width, height = png_size(path)
    assert width >= 1000 and height >= 600
    assert distinct_colours(path) > 50  # a colour scale and labels
    first = out.splitlines()[0]
    n_regions = len(stats.by_region)
    n_groups = len(practice.categories())
    assert first.startswith(f"Регионов: {n_regions}, целевых групп: {n_groups}, пустых клеток: ")
    gaps = int(first.split("пустых клеток: ")[1].split(" ")[0])
    assert 0 < gaps < n_regions * n_groups  # some gaps, not all

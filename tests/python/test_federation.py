"""The Python module on a federated bank: regional banks, one served by xapian-tcpsrv on loopback."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import time

import pytest

import practice

pytestmark = pytest.mark.skipif(shutil.which("xapian-tcpsrv") is None, reason="xapian-tools is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_listening(port: int, proc: subprocess.Popen) -> None:
    for _ in range(200):
        assert proc.poll() is None, "xapian-tcpsrv exited"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"xapian-tcpsrv does not listen on {port}")


@pytest.fixture()
def federation(tmp_path: pathlib.Path, corpus_dir: pathlib.Path):
    """Two regional banks (Siberian organisations, the rest): the first local, the second remote."""
    loaded = practice.load(corpus_dir).practices
    siberia = [p for p in loaded if p.organization.region in ("Иркутская область", "Республика Бурятия", "Алтайский край")]
    rest = [p for p in loaded if p not in siberia]
    with practice.Bank.create(tmp_path / "siberia") as b:
        b.add(siberia)
    with practice.Bank.create(tmp_path / "rest") as b:
        b.add(rest)
    port = _free_port()
    server = subprocess.Popen(
        ["xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", str(port), str(tmp_path / "rest")],
        start_new_session=True,
    )
    try:
        _wait_listening(port, server)
        config = tmp_path / "federation.json"
        config.write_text(json.dumps({"shards": [{"name": "siberia", "path": "siberia"},
                                                 {"name": "rest", "remote": f"127.0.0.1:{port}"}],
                                      "timeout_ms": 2000}), encoding="utf-8")
        yield config, server
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def test_federated_search_equals_the_local_bank(federation, bank: practice.Bank) -> None:
    config, _ = federation
    with practice.Bank.open(config) as fed:
        assert len(fed) == len(bank)
        for query in ("реабилитация", "одиночество пожилых", "волонтёры"):
            f, l = fed.search(query, limit=20), bank.search(query, limit=20)
            assert [h.id for h in f] == [h.id for h in l]
            assert f.facets == l.facets
            assert f.warnings == ()
        assert fed.stats() == bank.stats()


def test_federation_is_read_only(federation, corpus_dir: pathlib.Path) -> None:
    config, _ = federation
    with practice.Bank.open(config) as fed:
        with pytest.raises(practice.BankError, match="read-only"):
            fed.add(corpus_dir)


def test_stopped_shard_gives_a_warning_not_an_error(federation, bank: practice.Bank) -> None:
    config, server = federation
    os.killpg(server.pid, signal.SIGKILL)
    server.wait()
    with practice.Bank.open(config) as fed:
        results = fed.search("реабилитация", limit=100)
        assert len(results) > 0
        assert len(results.warnings) == 1 and "«rest»" in results.warnings[0]
        assert all(bank.get(h.id).organization.region in ("Иркутская область", "Республика Бурятия", "Алтайский край")
                   for h in results)

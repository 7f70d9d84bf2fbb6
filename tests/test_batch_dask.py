"""Tests of ``liveblog batch --dask``: a LocalCluster of 2 workers gives the local run's output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from dask.distributed import LocalCluster

from liveblog.batch import Page, Settings, run_batch
from liveblog.cli import main
from liveblog.history import history

from .conftest import SEED, SEED_REFERENCE, SEED_TZ
from .warc_pages import URL, write_archive

SETTINGS = Settings(reference=SEED_REFERENCE, tz=SEED_TZ)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two single-thread worker processes, no dashboard; shut down after this module.

    On a loaded machine starting a worker process (it imports liveblog) can take longer than
    dask's 30-second connect timeout: the timeouts are raised so a slow start is no failure.
    """
    slow_start = {"distributed.comm.timeouts.connect": "180s", "distributed.comm.timeouts.tcp": "180s"}
    with (
        dask.config.set(slow_start),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="1GiB"
        ) as c,
    ):
        yield c


def _pages() -> list[Page]:
    seed = SEED.read_text(encoding="utf-8")
    good = [Page(f"p{n}", text=f"20:{n:02d}\nThe convoy reached checkpoint {n}.\n") for n in range(10)]
    return [*good, Page("seed", text=seed), Page("bad", problem="pages.jsonl:3: not a JSON object")]


def test_dask_output_is_the_local_output(cluster: LocalCluster) -> None:
    """Same pages, same settings: the Dask run writes exactly the lines of the local run, in order."""
    local: list[str] = []
    remote: list[str] = []
    assert run_batch(_pages(), SETTINGS, local.append, jobs=1) == 1
    assert run_batch(_pages(), SETTINGS, remote.append, dask=cluster.scheduler_address) == 1
    assert remote == local
    assert [json.loads(ln)["input"] for ln in remote] == [p.name for p in _pages()]


def test_dask_command_and_resume(cluster: LocalCluster, tmp_path: Path) -> None:
    """`batch --dask ADDRESS -o FILE` equals the local file; --resume on Dask then adds nothing."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(f"20:0{n}\nThe bridge reopened, lane {n}.\n", encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    common = ["--reference", SEED_REFERENCE, "--tz", SEED_TZ]
    assert main(["batch", str(folder), "-j", "1", "-o", str(local), *common]) == 0
    assert main(["batch", str(folder), "--dask", cluster.scheduler_address, "-o", str(remote), *common]) == 0
    assert remote.read_bytes() == local.read_bytes()
    assert (
        main(
            [
                "batch",
                str(folder),
                "--dask",
                cluster.scheduler_address,
                "-o",
                str(remote),
                "--resume",
                *common,
            ]
        )
        == 0
    )
    assert remote.read_bytes() == local.read_bytes()


def test_dask_history_is_the_local_history(cluster: LocalCluster, tmp_path: Path) -> None:
    """The merged history of a WARC is the same whether its captures are parsed locally or on Dask."""
    archive = str(write_archive(tmp_path / "live.warc.gz"))
    here = history([archive], Settings(tz="UTC"), jobs=1)
    there = history([archive], Settings(tz="UTC"), dask=cluster.scheduler_address)
    assert there.timelines == here.timelines
    assert list(there.timelines) == [URL]

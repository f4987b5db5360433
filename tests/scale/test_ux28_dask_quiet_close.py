"""ux28: at the end of an ``ingest --dask local:N`` run that succeeded, closing the local
cluster newsgraph started printed distributed's 'Worker process still alive after 4.0
seconds, killing' (once per worker, when a loaded machine is slow to end a worker holding
the model): lines that read as a failure after '14 articles added'. They are not shown when
newsgraph closes its own cluster. Controls: the cluster is closed and the logger's level is
as it was; a client the caller gave is not closed, and its cluster's lines are not hidden
(an error stopping the run keeps them too: tests/scale/test_dask_interrupt.py)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from newsgraph.scale import runner
from newsgraph.scale.runner import DaskSpec, ingest_dask

STOPPING = "Worker process still alive after 4.0 seconds, killing"


class _Cluster:
    """An in-process cluster that closes as a loaded machine's LocalCluster does: the
    nanny's line on its way out."""

    def __init__(self) -> None:
        from distributed import LocalCluster

        self.cluster = LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        )
        self.closed = False

    def close(self) -> None:
        logging.getLogger("distributed.nanny").warning(STOPPING)
        self.cluster.close()
        self.closed = True


def _run(tmp_path: Path, **kwargs: Any) -> None:
    ingest_dask([], tmp_path / "n.db", DaskSpec(workers=1), {}, **kwargs)


def test_closing_newsgraphs_own_cluster_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from distributed import Client

    cluster = _Cluster()
    client = Client(cluster.cluster)
    monkeypatch.setattr(runner, "_client", lambda spec: (client, cluster))
    before = logging.getLogger("distributed").level
    with caplog.at_level(logging.WARNING):
        _run(tmp_path)
    assert [r.getMessage() for r in caplog.records if STOPPING in r.getMessage()] == []
    assert client.status == "closed" and cluster.closed
    assert logging.getLogger("distributed").level == before


def test_control_a_given_client_is_left_open_and_its_lines_shown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from distributed import Client

    cluster = _Cluster()
    client = Client(cluster.cluster)
    try:
        with caplog.at_level(logging.WARNING):
            _run(tmp_path, client=client)
            assert client.status == "running"
            cluster.close()  # the user's cluster, closed by the user
    finally:
        client.close()
    assert STOPPING in [r.getMessage() for r in caplog.records]

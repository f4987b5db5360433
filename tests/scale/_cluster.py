"""A Dask client on a local cluster and a folder of one-text files, for the Dask tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def local_client(n_workers: int, processes: bool) -> Iterator[object]:
    """A client of a LocalCluster with ``n_workers`` single-thread workers (processes, or
    threads of this process) and no fixed dashboard port; both closed on leaving."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=processes, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def text_files(folder: Path, texts: list[str], prefix: str) -> Path:
    """``folder`` made, holding each text as ``<prefix><i>.txt``."""
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{prefix}{i}.txt").write_text(text, encoding="utf-8")
    return folder

"""hard39: Ctrl-C in a terminal reaches every process of the foreground group. A local Dask
worker it reached while the worker waited for work printed two tracebacks
("Process Dask Worker process (from Nanny): ... KeyboardInterrupt") under the client's one
line on what was kept (seen in about one of three Ctrl-C at the end of an ``ingest --dask
local:2`` run). The local workers newsgraph starts ignore SIGINT now (a worker preload); the
client handles it and closes the cluster. Control: the client still gets KeyboardInterrupt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

# a client that starts newsgraph's local cluster, says so, and waits for Ctrl-C
_CLIENT = """
import sys, time
from distributed import Client
from newsgraph.scale.runner import local_cluster
cluster = local_cluster(2)
client = Client(cluster)
client.wait_for_workers(2)
print("ready", flush=True)
try:
    time.sleep(120)
except KeyboardInterrupt:
    client.close()
    cluster.close()
    print("interrupted", flush=True)
    sys.exit(130)
"""


def test_local_workers_ignore_sigint() -> None:
    from distributed import Client

    from newsgraph.scale.runner import local_cluster

    with local_cluster(1) as cluster, Client(cluster) as client:
        handlers = client.run(lambda: signal.getsignal(signal.SIGINT))
    assert list(handlers.values()) == [signal.SIG_IGN]


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")
def test_ctrl_c_to_the_group_gives_no_worker_traceback() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CLIENT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as a terminal's foreground job
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(1)  # the workers wait for work
        os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
    assert out.strip() == "interrupted" and child.returncode == 130  # control: the client
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def _sigint_in_child(queue: object) -> None:
    import newsgraph.cli  # noqa: F401  (what a spawned worker imports first: the command line)

    queue.put(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)  # type: ignore[attr-defined]


def test_a_spawned_process_ignores_sigint_once_the_command_line_is_imported() -> None:
    # a local worker imports the command line (the main module) before its preload runs: a
    # Ctrl-C then printed a traceback from each worker
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_sigint_in_child, args=(queue,), name="Dask Worker process")
    child.start()
    try:
        assert queue.get(timeout=120) is True
    finally:
        child.join(timeout=60)
    # control: this process (named MainProcess) keeps Ctrl-C
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_while_the_local_cluster_starts_leaves_no_exit_hook_traceback() -> None:
    # a cluster half made by Ctrl-C was closed by distributed's exit hook, which failed with
    # "Exception ignored in atexit callback ... AssertionError: Status.init"
    from distributed.deploy.spec import SpecCluster

    from newsgraph.scale import runner

    class Half:
        shutdown_on_close = True

    known = set(SpecCluster._instances)
    half = Half()
    SpecCluster._instances.add(half)  # type: ignore[arg-type]
    try:
        runner._forget_unstarted(known)
        assert half.shutdown_on_close is False
        assert all(c.shutdown_on_close for c in known if hasattr(c, "shutdown_on_close"))
    finally:
        SpecCluster._instances.discard(half)  # type: ignore[arg-type]

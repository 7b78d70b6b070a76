"""A throwaway Dask cluster on loopback: one ``dask scheduler`` and N ``dask worker``
processes on free ports, stopped by pid at the end (tests and bench/cluster.py use it)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DASK = Path(sys.executable).parent / "dask"
START_TIMEOUT = 60  # seconds for the scheduler and workers to come up (a loaded machine)
# As the README advises: Dask's statistical profiler samples every task thread each 10 ms,
# which cost mougraph's CPU-bound tasks ~30% of their CPU share on a loaded machine.
WORKER_ENV = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def processes(self) -> list[subprocess.Popen[bytes]]:
        return [self.scheduler, *self.workers]


@contextmanager
def local_cluster(workdir: Path, workers: int = 2) -> Iterator[Cluster]:
    """Scheduler and ``workers`` single-threaded worker processes (no nanny, so each pid is
    the worker itself); they shut themselves down if orphaned (idle/death timeouts)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = workdir / "dask-logs"
    logs.mkdir(parents=True, exist_ok=True)
    scheduler = _start([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                        "--no-dashboard", "--idle-timeout", "600s"], logs / "scheduler.log")
    cluster = Cluster(address, scheduler)
    try:
        wait_for_port(port, scheduler)
        for number in range(workers):
            cluster.workers.append(_start(
                [DASK, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                 "--host", "127.0.0.1", "--name", f"w{number}", "--death-timeout", "30s",
                 "--local-directory", workdir / f"worker{number}"],
                logs / f"worker{number}.log"))
        wait_for_workers(address, workers)
        yield cluster
    finally:
        stop(cluster.workers)  # first: a worker whose scheduler is gone waits for it to return
        stop([scheduler])


def _start(command: list[str | Path], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as handle:
        return subprocess.Popen([str(c) for c in command], stdout=handle,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env={**os.environ, **WORKER_ENV})


def wait_for_port(port: int, process: subprocess.Popen[Any], what: str = "dask scheduler",
                  timeout: float = START_TIMEOUT) -> None:
    """Until ``process`` (``what`` it is, for the error) listens on ``port`` of loopback."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"{what} exited ({process.returncode}) {said}".rstrip())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{what} did not listen within {timeout:g} s")


def wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout=START_TIMEOUT, set_as_default=False) as client:
        client.wait_for_workers(count, timeout=START_TIMEOUT)


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM each by pid, then SIGKILL what is still there after 15 s; reap them all."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

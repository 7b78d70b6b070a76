"""A standard SPARQL endpoint over an output folder: the Oxigraph server, read-only.

``serve`` takes a snapshot of the store (a RocksDB checkpoint beside it: hard links, so
instant and nearly free), releases the store, and runs ``oxigraph serve-read-only`` on the
snapshot. The server answers SPARQL 1.1 Protocol queries at ``/query`` and shows its query
page at ``/``; it has no update endpoint, so updates are refused. Because it serves a
snapshot, ``mougraph extract`` can add articles meanwhile (and ``Oxigraph``'s rule that a
read-only reader must not share a store with a writer holds): restart ``serve`` to publish
them. The snapshot is removed when the server stops.

The server is the ``oxigraph`` package (``pip install 'mougraph[serve]'``), of the same
release line as ``pyoxigraph``, whose store format it reads.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .atomic import process_alive
from .errors import MougraphError
from .store import STORE_DIR, Store

START_TIMEOUT = 30  # seconds for the server to accept connections
_PREFIX = "serve-"


def server_binary() -> str:
    """The ``oxigraph`` program of this environment (the ``oxigraph`` package), checked to
    be of pyoxigraph's release line."""
    here = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise MougraphError("mougraph serve needs the Oxigraph server: "
                            "pip install 'mougraph[serve]'")
    import pyoxigraph

    answer = subprocess.run([found, "--version"], capture_output=True, text=True, check=False)
    version = answer.stdout.split()[-1] if answer.stdout.split() else "?"
    if version.split(".")[:2] != pyoxigraph.__version__.split(".")[:2]:
        raise MougraphError(f"{found} is Oxigraph {version}, but the store is written by "
                            f"pyoxigraph {pyoxigraph.__version__}: install oxigraph "
                            f"{'.'.join(pyoxigraph.__version__.split('.')[:2])}.*")
    return found


@contextmanager
def snapshot(out: Path) -> Iterator[Path]:
    """A read-only copy of the store in ``out`` for the time of the block."""
    folder = Path(out) / STORE_DIR
    _remove_stale(folder)
    target = folder / f"{_PREFIX}{os.getpid()}"
    shutil.rmtree(target, ignore_errors=True)
    with Store.open(out) as store:
        store.snapshot(target)
    try:
        yield target
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _remove_stale(folder: Path) -> None:
    """Snapshots left by a server that was killed (its process is gone)."""
    for old in folder.glob(f"{_PREFIX}*"):
        pid = old.name.removeprefix(_PREFIX)
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)


def serve(out: Path, *, bind: str = "127.0.0.1", port: int = 7878,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the graph in ``out`` at ``http://BIND:PORT/`` until interrupted (Ctrl-C or
    SIGTERM: the server is stopped and the snapshot removed)."""
    binary = server_binary()
    address = f"[{bind}]:{port}" if ":" in bind else f"{bind}:{port}"
    _check_free(bind, port, address)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # stop the server too, not only this process
    with snapshot(out) as location:
        server = subprocess.Popen([binary, "serve-read-only", "--location", str(location),
                                   "--bind", address], stdin=subprocess.DEVNULL,
                                  preexec_fn=_die_with_parent)
        try:
            _wait_until_listening(server, bind, port, address)
            if on_ready:
                on_ready(f"http://{address}/")
            code = server.wait()
            raise MougraphError(f"the Oxigraph server stopped (exit status {code})")
        finally:
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()


def _die_with_parent() -> None:
    """In the server's process (Linux): stop when mougraph does, even on ``kill -9``."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _check_free(host: str, port: int, address: str) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise MougraphError(f"{address}: not an address to listen on ({exc.strerror})") from None
    family, kind, proto, _, where = infos[0]
    with socket.socket(family, kind, proto) as probe:
        try:
            probe.bind(where)
        except OSError as exc:
            raise MougraphError(f"{address}: cannot listen there ({exc.strerror})") from None


def _wait_until_listening(server: subprocess.Popen[bytes], host: str, port: int,
                          address: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    probe = "127.0.0.1" if host in ("0.0.0.0", "") else "::1" if host == "::" else host
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise MougraphError(f"{address}: the Oxigraph server did not start (exit status "
                                f"{server.returncode}; its message is above)")
        try:
            with socket.create_connection((probe, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise MougraphError(f"{address}: the Oxigraph server did not answer within "
                        f"{START_TIMEOUT} s")


__all__ = ["serve", "snapshot", "server_binary"]

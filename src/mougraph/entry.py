"""The ``mougraph`` console command: quiet about Ctrl-C from its first moment.

Loading the command (click, its readers and writers) takes a fraction of a second, more on
a loaded machine or a cold disk; a Ctrl-C meanwhile would end Python with a traceback of
whatever it was importing. So this module, which imports nothing but the standard library
and ``mougraph.errors``, handles Ctrl-C (and SIGTERM) first: until the command is loaded,
either ends the process at once with the command's own line and exit status
(``mougraph: interrupted``, 130; ``mougraph: terminated (SIGTERM)``, 143). Nothing has been
read or written yet, so there is nothing to clean up. Then Python's handlers are back and
the command handles both as it always has (a run stops cleanly, one line, the same codes).
A signal the command was started ignoring (``nohup``, a shell's background job) stays
ignored.

``MOUGRAPH_TEST_IMPORT_SLEEP=SECONDS`` (a test hook, for tests and ``bench/interrupt.py``
only): sleep that long while loading the command, so a test can press Ctrl-C "during the
import" on purpose rather than by luck.
"""
from __future__ import annotations

import os
import signal
import sys
import time

from .errors import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated

IMPORT_SLEEP = "MOUGRAPH_TEST_IMPORT_SLEEP"

_EXITS = {signal.SIGINT: ("interrupted", EXIT_INTERRUPTED),
          signal.SIGTERM: ("terminated (SIGTERM)", EXIT_TERMINATED)}


def _quit_while_loading(signum: int, _frame: object) -> None:
    what, code = _EXITS[signal.Signals(signum)]
    try:
        os.write(2, f"mougraph: {what}\n".encode())
    except OSError:
        pass  # no stderr (closed): the exit status still says it
    os._exit(code)  # no half-imported module runs again on the way out


def main() -> None:
    """Load the command with Ctrl-C handled, then run it."""
    previous = {number: signal.signal(number, _quit_while_loading) for number in _EXITS
                if signal.getsignal(number) is not signal.SIG_IGN}  # ignored stays ignored
    try:
        if os.environ.get(IMPORT_SLEEP):
            time.sleep(float(os.environ[IMPORT_SLEEP]))
        from .cli import main as command

        for number, handler in previous.items():
            signal.signal(number, handler)
        command()
    except KeyboardInterrupt as stop:  # one the command's own handling did not catch
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: no traceback at exit
        what, code = _EXITS[signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT]
        print(f"mougraph: {what}", file=sys.stderr)
        sys.exit(code)

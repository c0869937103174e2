"""Guards against a Qt binding that breaks the interpreter (pinned in pyproject.toml)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_from_python_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(): the process aborted with
    "bool_dealloc" after enough signals (at exit in the tests, any time in a long session)."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.changed.emit(n)
    assert len(received) == 200
    # unrelated code may take a reference or two; the bug took one per emit (-200)
    assert sys.getrefcount(True) - before > -20

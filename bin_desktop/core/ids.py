"""UUIDv7 identifiers made on the device.

Primary keys are created where the data is created (a laptop may be offline), so they must be
unique without a central sequence, and time-ordered so that indexes stay compact.
Python 3.11 has no uuid.uuid7, hence this small RFC 9562 implementation.
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0

_RAND_BITS = 74  # 12 bits rand_a + 62 bits rand_b
_RAND_MASK = (1 << _RAND_BITS) - 1


def _compose(ms: int, rand: int) -> str:
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def uuid7() -> str:
    """A new UUIDv7, monotonic within this process even when the clock stands still."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            rand = (_last_rand + 1 + (int.from_bytes(os.urandom(2), "big"))) & _RAND_MASK
            if rand <= _last_rand:  # counter overflow: borrow the next millisecond
                ms += 1
                rand = int.from_bytes(os.urandom(10), "big") & _RAND_MASK >> 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") & _RAND_MASK >> 1
        _last_ms, _last_rand = ms, rand
        return _compose(ms, rand)


class SeededUuid7:
    """Deterministic UUIDv7 values for the demo zone: same seed and base time, same ids."""

    def __init__(self, rng: random.Random, base_ms: int) -> None:
        self._rng = rng
        self._ms = base_ms

    def __call__(self) -> str:
        self._ms += 1
        return _compose(self._ms, self._rng.getrandbits(_RAND_BITS))


def is_uuid7(value: str) -> bool:
    try:
        parsed = uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return parsed.version == 7 and str(parsed) == value

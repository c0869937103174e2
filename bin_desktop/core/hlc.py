"""Hybrid logical clock (Kulkarni et al. 2014).

Every operation is stamped with an HLC timestamp. Stamps are totally ordered across devices
(physical milliseconds, then a logical counter, then the device id as tie-breaker), stay close to
wall-clock time, and never go backwards on one device even when its clock does. The encoded form
sorts as a string, so SQL ORDER BY on the column gives causal order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError

MAX_FORWARD_SKEW_MS = 5 * 60 * 1000
_COUNTER_LIMIT = 99_999


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class ClockSkewError(BinDeskError):
    """A remote stamp far in our future: one of the two clocks is wrong."""


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """The clock of one device. `state` is what must be persisted between runs."""

    def __init__(
        self,
        device: str,
        last: Timestamp | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
        max_forward_skew_ms: int = MAX_FORWARD_SKEW_MS,
    ) -> None:
        self.device = device
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._now_ms = now_ms
        self._max_skew = max_forward_skew_ms

    @property
    def state(self) -> Timestamp:
        return Timestamp(self._wall, self._counter, self.device)

    def _bump(self) -> None:
        self._counter += 1
        if self._counter > _COUNTER_LIMIT:  # keeps the encoding fixed-width
            self._wall += 1
            self._counter = 0

    def tick(self) -> Timestamp:
        """Stamp a local event."""
        physical = self._now_ms()
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._bump()
        return self.state

    def receive(self, remote: Timestamp) -> Timestamp:
        """Merge a stamp seen on another device's operation, so later local stamps follow it."""
        physical = self._now_ms()
        if remote.wall_ms > physical + self._max_skew:
            raise ClockSkewError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "An operation is stamped {minutes} minutes in the future of this computer's "
                    "clock. Check the date and time of this computer and of the other device.",
                ),
                minutes=(remote.wall_ms - physical) // 60_000,
            )
        wall = max(self._wall, remote.wall_ms, physical)
        if wall == self._wall == remote.wall_ms:
            self._counter = max(self._counter, remote.counter) + 1
        elif wall == self._wall:
            self._counter += 1
        elif wall == remote.wall_ms:
            self._counter = remote.counter + 1
        else:
            self._counter = 0
        self._wall = wall
        if self._counter > _COUNTER_LIMIT:
            self._wall += 1
            self._counter = 0
        return self.state

"""UUIDv7 ids and the hybrid logical clock."""

from __future__ import annotations

import random
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bin_desktop.core.hlc import ClockSkewError, HybridLogicalClock, Timestamp
from bin_desktop.core.ids import SeededUuid7, is_uuid7, uuid7


def test_uuid7_is_version_7_rfc_variant_and_increasing() -> None:
    ids = [uuid7() for _ in range(5000)]
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_seeded_uuid7_repeats_for_the_same_seed_only() -> None:
    first = [SeededUuid7(random.Random(7), 1_700_000_000_000)() for _ in range(3)]
    again = [SeededUuid7(random.Random(7), 1_700_000_000_000)() for _ in range(3)]
    other = [SeededUuid7(random.Random(8), 1_700_000_000_000)() for _ in range(3)]
    assert first == again != other
    assert all(is_uuid7(i) for i in first)
    assert not is_uuid7(str(uuid.uuid4()))


class FakeWall:
    """A wall clock the test moves by hand (the clock under test is real)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_tick_never_goes_backwards_when_the_wall_clock_does() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock("dev-a", now_ms=wall)
    first = clock.tick()
    wall.ms -= 60_000  # the user sets the clock back a minute
    second = clock.tick()
    assert second > first
    assert second.wall_ms == first.wall_ms and second.counter == first.counter + 1


def test_receive_orders_after_the_remote_stamp() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock("dev-a", now_ms=wall)
    remote = Timestamp(1_000_500, 3, "dev-b")  # slightly ahead, within the skew window
    merged = clock.receive(remote)
    assert merged > remote
    assert clock.tick() > merged


def test_receive_refuses_a_stamp_far_in_the_future() -> None:
    clock = HybridLogicalClock("dev-a", now_ms=FakeWall(1_000_000))
    with pytest.raises(ClockSkewError) as info:
        clock.receive(Timestamp(1_000_000 + 6 * 60_000, 0, "dev-b"))
    assert "6 minutes" in info.value.message


def test_persisted_state_resumes_the_sequence() -> None:
    wall = FakeWall(5_000)
    clock = HybridLogicalClock("dev-a", now_ms=wall)
    stamps = [clock.tick() for _ in range(3)]
    restored = HybridLogicalClock("dev-a", Timestamp.decode(clock.state.encode()), now_ms=wall)
    assert restored.tick() > stamps[-1]


@given(st.lists(st.tuples(st.integers(0, 10_000), st.booleans()), min_size=1, max_size=60))
def test_encoded_stamps_sort_like_the_stamps(events: list[tuple[int, bool]]) -> None:
    wall = FakeWall(0)
    a = HybridLogicalClock("dev-a", now_ms=wall)
    b = HybridLogicalClock("dev-b", now_ms=wall)
    stamps = []
    for ms, from_b in events:
        wall.ms = ms
        stamp = b.tick() if from_b else a.tick()
        (a if from_b else b).receive(stamp)
        stamps.append(stamp)
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())
    assert [Timestamp.decode(s.encode()) for s in stamps] == stamps

"""The merge rules alone: a row and its conflicts are a function of the set of operations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bin_desktop.core.members.privacy import BLANK
from bin_desktop.core.sync.merge import Op, Rule, concurrent, fold


def op(n: int, device: str, kind: str = "update", seen: int = 0, hub: int | None = None,
       **fields: object) -> Op:
    return Op(op_id=f"op{n:03d}", hlc=f"{n:015d}-00000-{device}", device_id=device,
              seen_seq=seen, hub_seq=hub if hub is not None else n, kind=kind,
              fields=dict(fields), network_id="net")


CREATE = op(1, "A", "create", name="BIN Oud", description="", deleted=False, status="active")


def test_edits_of_different_fields_both_survive() -> None:
    a = op(2, "A", seen=1, name="BIN Nieuw")
    b = op(3, "B", seen=1, description="Rond de kerk")
    folded = fold("network", "n1", [CREATE, b, a])
    assert folded.values["name"] == "BIN Nieuw"
    assert folded.values["description"] == "Rond de kerk"
    assert folded.conflicts == []


def test_same_field_later_stamp_wins_and_the_conflict_is_kept() -> None:
    a = op(2, "A", seen=1, name="BIN A")
    b = op(3, "B", seen=1, name="BIN B")
    folded = fold("network", "n1", [b, CREATE, a])
    assert folded.values["name"] == "BIN B"
    [conflict] = folded.conflicts
    assert (conflict.field, conflict.rule) == ("name", Rule.LWW)
    assert (conflict.winner.op_id, conflict.loser.op_id) == ("op003", "op002")
    assert not conflict.resolved


def test_an_edit_that_saw_the_other_is_no_conflict() -> None:
    a = op(2, "A", seen=1, name="BIN A")
    b = op(3, "B", seen=2, name="BIN B")  # B had pulled up to hub sequence 2: it saw a
    assert not concurrent(a, b)
    assert fold("network", "n1", [CREATE, a, b]).conflicts == []


def test_a_later_edit_that_saw_both_resolves_the_conflict() -> None:
    a = op(2, "A", seen=1, name="BIN A")
    b = op(3, "B", seen=1, name="BIN B")
    keep = op(4, "A", seen=3, name="BIN A")  # "keep the other value", made after seeing both
    folded = fold("network", "n1", [CREATE, a, b, keep])
    assert folded.values["name"] == "BIN A"
    assert [c.resolved for c in folded.conflicts] == [True]


def test_tombstone_beats_a_concurrent_edit_made_later() -> None:
    delete = op(2, "A", "delete", seen=1, deleted=True)
    edit = op(3, "B", seen=1, name="BIN B")
    folded = fold("network", "n1", [CREATE, edit, delete])
    assert folded.values["deleted"] is True
    assert folded.values["name"] == "BIN B"  # the edit is applied, the row stays deleted
    [conflict] = folded.conflicts
    assert conflict.rule == Rule.TOMBSTONE and conflict.loser.op_id == "op003"


def test_member_rejoin_beats_a_concurrent_leave_whatever_the_stamps() -> None:
    member = op(1, "A", "create", status="active", left_on=None, deleted=False,
                full_name="X")
    leave = op(3, "A", seen=1, status="left", left_on="2026-11-01")
    rejoin = op(2, "B", seen=1, status="active")
    folded = fold("member", "m1", [member, leave, rejoin])
    assert folded.values["status"] == "active"
    assert folded.values["left_on"] is None
    assert [c.rule for c in folded.conflicts] == [Rule.ADD_WINS]
    # a leave that saw the rejoin wins as usual
    later_leave = op(4, "A", seen=2, status="left", left_on="2026-11-02")
    assert fold("member", "m1", [member, rejoin, later_leave]).values["status"] == "left"


def test_an_erased_member_stays_blank_whatever_comes_after() -> None:
    member = op(1, "A", "create", status="active", deleted=False, full_name="Jan Peeters",
                phone_e164="+32470000001", erased=False)
    erase = op(2, "A", seen=1, erased=True, deleted=True, status="left", **BLANK)
    late_edit = op(3, "B", seen=1, phone_e164="+32470999999", full_name="Jan P.")
    folded = fold("member", "m1", [late_edit, erase, member])
    assert folded.erased
    assert folded.values["phone_e164"] is None and folded.values["full_name"] == ""
    assert folded.values["deleted"] is True


OPS = [CREATE,
       op(2, "A", seen=1, name="A1"), op(3, "B", seen=1, name="B1", description="b"),
       op(4, "C", seen=2, description="c"), op(5, "B", seen=4, name="B2"),
       op(6, "C", seen=3, name="C1"), op(7, "A", "delete", seen=2, deleted=True)]


@given(st.permutations(OPS))
def test_any_order_gives_the_same_row_and_conflicts(order: list[Op]) -> None:
    expected = fold("network", "n1", OPS)
    got = fold("network", "n1", order)
    assert got.values == expected.values
    assert sorted(c.id for c in got.conflicts) == sorted(c.id for c in expected.conflicts)


def test_the_example_above_has_conflicts_of_every_kind_it_should() -> None:
    rules = {(c.field, c.rule) for c in fold("network", "n1", OPS).conflicts}
    assert ("name", Rule.LWW) in rules
    assert any(rule == Rule.TOMBSTONE for _, rule in rules)

"""frozen_constructor builds exactly what the dataclass's own constructor builds."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from decimal import Decimal

import pytest

from xinfang_nlp._construct import frozen_constructor
from xinfang_nlp.extract import Claim, extract


def test_a_claim_made_slot_by_slot_is_the_claim():
    for claim in extract("共接待来信来访50批195人次,同比上升9.2%;其中网上信访12件。").claims:
        values = [getattr(claim, f.name) for f in fields(Claim)]
        made = frozen_constructor(Claim)(*values)
        assert type(made) is Claim
        assert made == claim
        assert hash(made) == hash(claim)
        assert repr(made) == repr(claim)
        with pytest.raises(FrozenInstanceError):
            made.value = Decimal(1)  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "x"


@dataclass(frozen=True, slots=True)
class _Checked:
    a: int

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError(self.a)


def test_missing_values_and_other_classes_go_to_the_class():
    make = frozen_constructor(_Plain)
    assert make(1, "y") == _Plain(1, "y")
    assert make(1) == _Plain(1)  # a default: the class's own __init__
    with pytest.raises(TypeError):
        make()
    assert frozen_constructor(_Checked) is _Checked  # its __init__ does more than set fields

import pytest

from hoam_core.data.safenames import safe_name


@pytest.mark.parametrize("text", ["PWR-A_Q1_top", "產品A_U1_side", "Demo.v2_U1_top"])
def test_plain_names_are_kept(text):
    assert safe_name(text) == text


@pytest.mark.parametrize("text", ["a/b", "a\\b", "..", ".", "CON", "nul", "com1.txt", "a:b", "a*?<>|\"b",
                                  "trailing. ", "", "x" * 300, "tab\there", "'; DROP TABLE amr_raw_data; --"])
def test_hostile_names_become_one_safe_component(text):
    name = safe_name(text)
    assert name and len(name) <= 120
    assert not set(name) & set('<>:"/\\|?*') and all(ord(c) >= 32 for c in name)
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_different_values_never_share_a_folder():
    assert len({safe_name(t) for t in ["A/B", "A_B", "A:B", "A\\B"]}) == 4

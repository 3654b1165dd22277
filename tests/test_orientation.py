from pathlib import Path

import pytest

from hoam_core.data.orientation import (OrientationAnswer, OrientationError, OrientationRequest,
                                   YamlOrientationProvider, rotations_for, turned)

# DOMAIN.md's rotation table: confirmed -> (+90 cw, +180, +270 cw)
TABLE = {"Up": ("Right", "Down", "Left"), "Right": ("Down", "Left", "Up"),
         "Down": ("Left", "Up", "Right"), "Left": ("Up", "Right", "Down")}


@pytest.mark.parametrize("confirmed", TABLE)
def test_rotation_table(confirmed):
    assert tuple(turned(confirmed, k) for k in (1, 2, 3)) == TABLE[confirmed]
    assert turned(confirmed, 0) == confirmed == turned(confirmed, 4)


def test_symmetric_classes_never_get_contradicting_labels():
    for confirmed in TABLE:
        labels = [turned(confirmed, k) for k in rotations_for(True)]
        assert turned(confirmed, 2) not in labels  # the 180 degree copy would look like the original
        assert len(set(labels)) == len(labels) == 2
    assert rotations_for(False) == (0, 1, 2, 3)


def _request(n_classes=3, n_images=10, samples=3, seed=0):
    images = {f"P_U{i}_top": [Path(f"/x/P_U{i}_top/{j:03d}.jpg") for j in range(n_images)] for i in range(n_classes)}
    return OrientationRequest(images, samples, seed)


def test_request_samples_are_seeded_and_more_gives_new_ones():
    a, b, c = _request(seed=1), _request(seed=1), _request(seed=2)
    assert a.samples == b.samples and a.samples != c.samples
    assert all(len(v) == 3 for v in a.samples.values())
    first = a.samples["P_U0_top"]
    more = a.more("P_U0_top", 4)
    assert len(more) == 4 and not set(more) & set(first)
    assert len(a.more("P_U0_top", 100)) == 3  # only 10 images in all
    assert a.more("P_U0_top", 5) == []
    assert len(a.samples["P_U0_top"]) == 10
    assert a.counts == {f"P_U{i}_top": 10 for i in range(3)}


def test_yaml_provider(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text("P_U0_top: Up\nP_U1_top: {orientation: left, symmetric_180: true}\nP_U2_top: exclude\n")
    answers = YamlOrientationProvider(path)(_request())
    assert answers == {"P_U0_top": OrientationAnswer("Up"), "P_U1_top": OrientationAnswer("Left", True),
                       "P_U2_top": OrientationAnswer("exclude")}


def test_yaml_provider_lists_missing_and_unknown_classes(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text("P_U0_top: Up\nP_U9_top: Down\n")
    with pytest.raises(OrientationError) as info:
        YamlOrientationProvider(path)(_request())
    text = str(info.value)
    assert "no answer for 2 class(es): P_U1_top, P_U2_top" in text
    assert "1 class(es) not in this run: P_U9_top" in text and str(path) in text


@pytest.mark.parametrize("content,expected", [
    ("P_U0_top: Sideways\n", "'Sideways' is not one of Up, Down, Left, Right, exclude"),
    ("P_U0_top: {orientation: Up, flip: true}\n", "unknown key(s) flip"),
    ("P_U0_top: {orientation: Up, symmetric_180: maybe}\n", "expected true or false"),
    ("- Up\n", "expected lines of the form"),
    ("P_U0_top: [Up\n", "not valid YAML"),
])
def test_yaml_provider_bad_values(tmp_path, content, expected):
    path = tmp_path / "o.yaml"
    path.write_text(content)
    with pytest.raises(OrientationError, match=expected.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        YamlOrientationProvider(path)(_request(n_classes=1))

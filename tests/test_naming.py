import datetime as dt

import pytest

from hoam_core.data.naming import AoiNameError, base_name, has_image_extension, parse_aoi_name


def test_real_example():
    n = parse_aoi_name("20250905073442_00VN558S115_T@U604_2_side.jpg")
    assert n.timestamp == dt.datetime(2025, 9, 5, 7, 34, 42)
    assert (n.board, n.component, n.index, n.light, n.ext) == ("00VN558S115_T", "U604", 2, "side", "jpg")
    assert n.image_path == "2025-09-05/20250905073442/20250905073442_00VN558S115_T@U604_2_side.jpg"


@pytest.mark.parametrize("name,component,index", [
    ("20250905073442_B1_T@C_12_3_top.jpg", "C_12", 3),
    ("20250905073442_B1_T@R_1_2_10_top.jpg", "R_1_2", 10),
    ("20250905073442_B1@U1_007_top.png", "U1", 7),
])
def test_components_with_underscores(name, component, index):
    n = parse_aoi_name(name)
    assert (n.component, n.index) == (component, index)


def test_long_light_token():
    n = parse_aoi_name("20250905073442_B1_T@U1_2_SideLeft45-UV2.bmp")
    assert n.light == "SideLeft45-UV2"


@pytest.mark.parametrize("ext", ["jpg", "JPG", "Jpeg", "jpeg", "png", "PNG", "bmp", "BmP"])
def test_every_extension_in_any_case(ext):
    n = parse_aoi_name(f"20250905073442_B1_T@U1_2_top.{ext}")
    assert n.ext == ext.lower()
    assert has_image_extension(f"x.{ext}")


@pytest.mark.parametrize("path", [
    r"C:\AOI\export\OK\20250905073442_B1_T@U1_2_top.jpg",
    r"\\server\share\NG\20250905073442_B1_T@U1_2_top.jpg",
    "/data/aoi/OK/sub/20250905073442_B1_T@U1_2_top.jpg",
    "OK/20250905073442_B1_T@U1_2_top.jpg",
])
def test_names_from_windows_and_linux_paths(path):
    assert base_name(path) == "20250905073442_B1_T@U1_2_top.jpg"
    assert parse_aoi_name(path).component == "U1"


@pytest.mark.parametrize("name,reason_part", [
    ("20251305073442_B1_T@U1_2_top.jpg", "not a real date"),       # month 13
    ("20250230073442_B1_T@U1_2_top.jpg", "not a real date"),       # 30 February
    ("20250905256000_B1_T@U1_2_top.jpg", "not a real date"),       # hour 25
    ("2025090507344_B1_T@U1_2_top.jpg", "14-digit"),               # 13 digits
    ("20250905073442_B1_T@U1_2_top.final.jpg", "more than one dot"),
    ("20250905073442_B1_T@U1_2.top.jpg", "more than one dot"),
    ("20250905073442_B1_T@U1_top.jpg", "expected {component}"),    # missing index
    ("20250905073442_B1_T@U1_x_top.jpg", "no numeric index"),
    ("20250905073442_B1_T@_2_top.jpg", "empty component"),
    ("20250905073442_B1_T@U1_2_.jpg", "light token"),
    ("20250905073442_B1_TU1_2_top.jpg", "exactly one '@'"),
    ("20250905073442_B1@T@U1_2_top.jpg", "exactly one '@'"),
    ("20250905073442@U1_2_top.jpg", "no board"),
    ("20250905073442_B1_T@U1_2_top", "no file extension"),
    ("20250905073442_B1_T@U1_2_top.gif", "not an image type"),
    ("IMG_0001.jpg", "exactly one '@'"),
    ("", "no file extension"),
])
def test_invalid_names_give_a_reason(name, reason_part):
    with pytest.raises(AoiNameError) as info:
        parse_aoi_name(name)
    assert reason_part in info.value.reason
    assert info.value.name == name

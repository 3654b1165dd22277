"""Unusable images, and usable ones in odd formats, through the real pipeline up to the dataset.

One kind of bad input a case, beside the small good task of tests/task_harness.py, which says what each checks.
"""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from .aoi_fixtures import aoi_name
from .task_harness import (Result, assert_included, assert_left_out, assert_went_on, base_task, dataset_files,
                           encoded, png_chunk, png_header_only, rgb, run_task)
from .task_harness import task  # noqa: F401 - fixtures


def _animated_gif() -> bytes:
    frames = [rgb(1).convert("P"), rgb(2).convert("P")]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def _animated_png() -> bytes:
    buf = io.BytesIO()
    rgb(1).save(buf, format="PNG", save_all=True, append_images=[rgb(2)])
    return buf.getvalue()


def _jpeg_cut(fraction: float) -> bytes:
    data = encoded(rgb(), "JPEG")
    return data[: int(len(data) * fraction)]


BAD_IMAGES = {
    "zero-bytes": (lambda: b"", "empty file (0 bytes)"),
    "truncated-jpeg": (lambda: _jpeg_cut(0.6), "truncated"),
    "corrupt-header": (lambda: b"\x00\x01garbage" + encoded(rgb(), "JPEG")[10:], "not an image Pillow can read"),
    "text-named-jpg": (lambda: b"AOI export log\nline 2\n", "not an image Pillow can read"),
    "html-named-jpg": (lambda: b"<html><body>404 Not Found</body></html>", "not an image Pillow can read"),
    "one-pixel": (lambda: encoded(Image.new("RGB", (1, 1)), "JPEG"), "only 1x1 pixels"),
    "one-pixel-wide": (lambda: encoded(Image.new("RGB", (1, 300)), "PNG"), "only 1x300 pixels"),
    "bomb-100000x100000": (lambda: png_header_only(100_000, 100_000), "far too large"),
    "bomb-7000x7000": (lambda: png_header_only(7000, 7000), "7000x7000 pixels"),
    "animated-gif": (_animated_gif, "an animation (GIF, 2 frames)"),
    "animated-png": (_animated_png, "an animation (PNG, 2 frames)"),
}


def _exif_rotated() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    return encoded(rgb(), "JPEG", exif=exif.tobytes())


def _png16_gray() -> bytes:
    arr = np.full((40, 48), 40000, np.uint16)
    arr[:, :10] = 1000
    return encoded(Image.fromarray(arr), "PNG")


def _png16_rgb() -> bytes:
    """A 48-bit RGB PNG (Pillow cannot write one)."""
    w, h = 48, 40
    px = np.zeros((h, w, 3), ">u2")
    px[..., 0], px[..., 1], px[..., 2] = 60000, 30000, 1000
    raw = b"".join(b"\0" + px[y].tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))


def _palette_transparent() -> bytes:
    img = rgb().convert("P")
    return encoded(img, "PNG", transparency=0)


def _mpo() -> bytes:
    """A camera JPEG with a second (preview) frame, which Pillow calls MPO."""
    return encoded(rgb(1), "MPO", save_all=True, append_images=[rgb(2)])


USABLE_IMAGES = {
    # (bytes, the pixels the dataset must start from)
    "png-named-jpg": (lambda: encoded(rgb(), "PNG"), lambda: rgb()),
    "bmp-named-jpg": (lambda: encoded(rgb(), "BMP"), lambda: rgb()),
    "still-gif-named-jpg": (lambda: encoded(rgb().convert("P"), "GIF"), lambda: rgb().convert("P").convert("RGB")),
    "cmyk-jpeg": (lambda: encoded(rgb().convert("CMYK"), "JPEG"), None),
    "grayscale-jpeg": (lambda: encoded(rgb().convert("L"), "JPEG"), None),
    "grayscale-alpha-png": (lambda: encoded(rgb().convert("LA"), "PNG"), lambda: rgb().convert("L").convert("RGB")),
    "rgba-png": (lambda: encoded(rgb().convert("RGBA"), "PNG"), lambda: rgb()),
    "palette-transparent-png": (_palette_transparent, None),
    "16bit-gray-png": (_png16_gray, None),
    "16bit-rgb-png": (_png16_rgb, None),
    "exif-rotated-jpeg": (_exif_rotated, None),
    "progressive-jpeg": (lambda: encoded(rgb(), "JPEG", progressive=True), None),
    "mpo-jpeg": (_mpo, None),
    "two-by-two": (lambda: encoded(Image.new("RGB", (2, 2), (200, 10, 10)), "PNG"),
                   lambda: Image.new("RGB", (2, 2), (200, 10, 10))),
}


@pytest.fixture(scope="module")
def images_run(tmp_path_factory) -> tuple[Result, dict[str, str], Path]:
    """One run over every unusable and every odd-but-usable image; also gives each kind's file name."""
    task = base_task(tmp_path_factory.mktemp("images"))
    names = {}
    for i, (kind, (make, *_)) in enumerate([*BAD_IMAGES.items(), *USABLE_IMAGES.items()]):
        names[kind] = aoi_name(100 + i)
        task.add_file(f"OK/{names[kind]}", make())
    result = run_task(task)
    assert_went_on(result)
    return result, names, task.input


@pytest.mark.parametrize("kind", BAD_IMAGES)
def test_unusable_images_are_reported(images_run, kind):
    result, names, _ = images_run
    assert_left_out(result, f"OK/{names[kind]}", "unreadable_image", BAD_IMAGES[kind][1])


@pytest.mark.parametrize("kind", USABLE_IMAGES)
def test_usable_images_in_odd_formats_are_taken(images_run, kind):
    result, names, input_dir = images_run
    expected = USABLE_IMAGES[kind][1]
    row = assert_included(result, f"OK/{names[kind]}")
    files = dataset_files(result, Path(row.destination).name)
    assert sorted(files) == [0, 90, 180, 270]
    upright = Image.open(files[0])
    assert upright.mode == "RGB" and upright.format == "PNG"
    if expected is not None:
        assert np.array_equal(np.asarray(upright), np.asarray(expected().crop((0, 0, *upright.size))))
    if kind == "exif-rotated-jpeg":  # the dataset starts from the photo as viewers show it
        shown = ImageOps.exif_transpose(Image.open(input_dir / "OK" / names[kind])).convert("RGB")
        assert upright.size == (32, 48) == (shown.width - shown.width % 16, shown.height - shown.height % 16)
        assert np.array_equal(np.asarray(upright), np.asarray(shown.crop((0, 0, 32, 48))))
    if kind == "16bit-gray-png":  # scaled to 8 bits, not clipped
        assert np.asarray(upright)[0, 0, 0] == 1000 // 256 and np.asarray(upright)[0, 20, 0] == 40000 // 256
    if kind == "16bit-rgb-png":
        assert tuple(np.asarray(upright)[0, 0]) == (60000 // 256, 30000 // 256, 1000 // 256)

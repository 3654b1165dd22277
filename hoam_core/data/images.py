"""Reading component photos safely: one place that opens images for the whole core.

AOI crops are small; anything far larger is refused before it is decoded (a
decompression bomb), and every failure becomes a reason a person can act on.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..events import coded

MAX_PIXELS = 40_000_000  # far above any AOI crop (an 8k x 5k frame)


class ImageReadError(ValueError):
    """An image that cannot be used; ``reason`` says why, for people."""

    def __init__(self, path: Path, reason: str):
        super().__init__(coded("{file}: {reason}", code="file_problem", file=path, reason=reason))
        self.path = path
        self.reason = reason


def _open(path: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except FileNotFoundError:
        raise ImageReadError(path, coded("a link to a file that does not exist", code="image_dangling_link")
                             if path.is_symlink() else
                             coded("file disappeared while reading", code="image_disappeared")) from None
    except PermissionError:
        raise ImageReadError(path, coded("no permission to read the file", code="image_no_permission")) from None
    except UnidentifiedImageError:
        size = path.stat().st_size if path.exists() else 0
        raise ImageReadError(path, coded("empty file (0 bytes)", code="image_empty") if size == 0 else
                             coded("not an image Pillow can read (corrupt header or wrong extension)",
                                   code="image_unidentified")) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageReadError(path, coded("image is far too large (over {limit:,} pixels)", code="image_bomb",
                                         limit=MAX_PIXELS)) from None
    except OSError as exc:
        raise ImageReadError(path, coded("cannot read: {error}", code="image_cannot_read", error=exc)) from None
    w, h = img.size
    if w * h > MAX_PIXELS:
        img.close()
        raise ImageReadError(path, coded("image is far too large ({width}x{height} pixels, limit {limit:,})",
                                         code="image_too_large", width=w, height=h, limit=MAX_PIXELS))
    if w < 2 or h < 2:
        img.close()
        raise ImageReadError(path, coded("image is only {width}x{height} pixels", code="image_too_small",
                                         width=w, height=h))
    if getattr(img, "is_animated", False) and img.format != "MPO":  # MPO: a camera JPEG with extra frames
        frames, fmt = img.n_frames, img.format
        img.close()
        raise ImageReadError(path, coded("an animation ({format}, {frames} frames), not one photo; save a single frame",
                                         code="image_animation", format=fmt, frames=frames))
    return img


def check_image(path: Path) -> None:
    """Decode the whole image once (catches truncated files); raise ImageReadError if unusable."""
    load_rgb(path).close()


def load_rgb(path: Path) -> Image.Image:
    """The image as 8-bit RGB, upright as viewers show it (EXIF orientation applied)."""
    path = Path(path)
    img = _open(path)
    try:
        with img:
            if getattr(img, "n_frames", 1) > 1:
                img.seek(0)
            img.load()
            img = ImageOps.exif_transpose(img)
            if img.mode in ("I;16", "I;16B", "I;16L", "I"):
                img = img.point(lambda v: v / 256).convert("L")
            if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
                rgba = img.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (0, 0, 0))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                return flat
            return img.convert("RGB")
    except ImageReadError:
        raise
    except (OSError, SyntaxError, ValueError) as exc:
        text = str(exc)
        reason = coded("truncated or damaged image data", code="image_truncated") \
            if "truncated" in text.lower() or "broken" in text.lower() else \
            coded("cannot decode: {error}", code="image_cannot_decode", error=text)
        raise ImageReadError(path, reason) from None

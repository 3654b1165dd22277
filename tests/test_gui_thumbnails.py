"""Thumbnail galleries: every item has its full size before the first paint (no thin strips), whatever
order the pictures arrive in."""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.thumbnails import Gallery, read_thumbnail


def test_gallery_items_have_their_full_size_before_any_picture_arrived(qtbot, tmp_path, monkeypatch):
    paths = []
    for i in range(12):
        path = tmp_path / f"p{i}.png"
        Image.new("RGB", (200, 150), (20 * i, 90, 160)).save(path)
        paths.append(str(path))
    gallery = Gallery(96)
    waiting = {}  # the decoder held back: the view paints with no picture at all
    monkeypatch.setattr(gallery.loader, "request", lambda path, callback: waiting.setdefault(path, callback))
    qtbot.addWidget(gallery)
    gallery.resize(700, 500)
    gallery.set_images(paths)
    gallery.show()
    qtbot.waitExposed(gallery)
    qtbot.waitUntil(lambda: len(waiting) > 0)  # painted once: the visible items asked for their pictures
    first = gallery.visualRect(gallery.model().index(0))
    assert first.height() >= 96 and first.width() >= 96, f"a thin strip: {first}"
    icon = gallery.model().data(gallery.model().index(0), Qt.ItemDataRole.DecorationRole)
    assert (icon.width(), icon.height()) == (96, 96)
    for path, callback in list(waiting.items()):
        callback(read_thumbnail(path, 96))
    waiting.clear()
    qtbot.wait(50)
    assert gallery.visualRect(gallery.model().index(0)) == first, "arriving pictures move nothing"
    shown = gallery.model().data(gallery.model().index(0), Qt.ItemDataRole.DecorationRole)
    assert (shown.width(), shown.height()) == (96, 72)
    gallery.model()._on_loaded(paths[1], QImage())  # an unreadable file keeps the grey square
    blank = gallery.model().data(gallery.model().index(1), Qt.ItemDataRole.DecorationRole)
    assert (blank.width(), blank.height()) == (96, 96)

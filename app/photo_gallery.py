"""A gallery of photos captioned in words (class, orientation) with a tooltip of each photo's own name.

:class:`~app.thumbnails.Gallery` captions a picture with its file name and tips it with its path; the run's
copies of a photo have names only a developer reads (``DEMO-A_R5_top__2025..._r090.png``).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt

from .thumbnails import Gallery, GalleryModel

CAPTION_WIDTH, CAPTION_HEIGHT = 96, 40  # a cell's size beyond its picture's: a class name on one line, two lines
GAP = 4


class NamedGalleryModel(GalleryModel):
    """Its items' captions (class names may wrap) and tooltips as given; every item the size of a grid cell."""

    def __init__(self, loader, parent=None):
        super().__init__(loader, parent)
        self.tips: list[str] = []
        self.cell = QSize(loader.size + CAPTION_WIDTH, loader.size + CAPTION_HEIGHT)

    def set_items(self, paths: list[str], captions: list[str] | None = None, tips: list[str] | None = None) -> None:
        self.tips = list(tips) if tips is not None else [str(p) for p in paths]
        # a class name breaks after its underscores where it is wider than the picture (not in the middle)
        super().set_items(paths, None if captions is None else [c.replace("_", "_\u200b") for c in captions])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[index.row()]
        if role == Qt.ItemDataRole.SizeHintRole:  # the whole cell: captions get its width (uniform item sizes
            return self.cell                      # take the first item's, and its text would be elided to fit)
        return super().data(index, role)


class NamedGallery(Gallery):
    """A :class:`Gallery` whose items have a caption and a tooltip of their own."""

    def __init__(self, size: int = 96, parent=None):
        super().__init__(size, parent)
        self.gallery = NamedGalleryModel(self.loader, self)
        self.setModel(self.gallery)
        self.setGridSize(self.gallery.cell + QSize(GAP, GAP))

    def set_images(self, paths: list, captions: list[str] | None = None, tips: list[str] | None = None) -> None:
        self.gallery.set_items([str(p) for p in paths], captions, tips)

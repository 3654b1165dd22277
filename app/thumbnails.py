"""Thumbnails decoded off the GUI thread, only when they are about to be seen.

:class:`ThumbnailLoader` decodes scaled-down images on a small thread pool and hands each
to its callbacks on the GUI thread. :class:`Thumb` (a label) asks for its image the first time
it is painted, so rows scrolled out of view cost nothing. :class:`Gallery` (a list view
over :class:`GalleryModel`) does the same for grids of many images (result galleries).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import shiboken6

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QObject, QRunnable, QSize, Qt, QThreadPool, QUrl,
                            Signal)
from PySide6.QtGui import QColor, QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QListView


PLACEHOLDER = "#e0e0e0"  # a picture still loading


def read_thumbnail(path: str, size: int) -> QImage:
    """Decode ``path`` scaled to fit ``size`` x ``size`` (JPEGs decode at reduced size)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()  # a null image when unreadable


class _Job(QRunnable):
    def __init__(self, loader: "ThumbnailLoader", path: str):
        super().__init__()
        self.loader, self.path, self.size = loader, path, loader.size

    def run(self) -> None:
        image = read_thumbnail(self.path, self.size)
        try:
            self.loader.decoded.emit(self.path, image)
        except RuntimeError:  # the loader's owner closed meanwhile: nobody wants the picture
            pass


class ThumbnailLoader(QObject):
    """Decodes requested paths on two pool threads; callbacks run on the GUI thread."""

    decoded = Signal(str, QImage)

    def __init__(self, size: int = 96, parent: QObject | None = None):
        super().__init__(parent)
        self.size = size
        self.jobs_started = 0
        self._waiting: dict[str, list[Callable[[QImage], None]]] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self.decoded.connect(self._deliver)

    def request(self, path: str, callback: Callable[[QImage], None]) -> None:
        if path in self._waiting:
            self._waiting[path].append(callback)
            return
        self._waiting[path] = [callback]
        self.jobs_started += 1
        self._pool.start(_Job(self, path))

    def stop(self) -> None:
        """Drop the queued jobs and wait for the running ones (before the owner goes away)."""
        self._pool.clear()
        self._pool.waitForDone()
        self._waiting.clear()

    def _deliver(self, path: str, image: QImage) -> None:
        for callback in self._waiting.pop(path, []):
            callback(image)


class Thumb(QLabel):
    """A fixed-size image label that loads its picture when it is first painted; ``clicked`` when clicked."""

    clicked = Signal(object)  # this thumbnail

    def __init__(self, path: Path, loader: ThumbnailLoader, parent=None):
        super().__init__(parent)
        self.path = str(path)
        self.loader = loader
        self.image = QImage()  # the decoded thumbnail, once it came
        self._requested = False
        self.setFixedSize(loader.size, loader.size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(Path(path).name)
        self.setStyleSheet("background: palette(mid);")

    def paintEvent(self, event) -> None:
        if not self._requested:
            self._requested = True
            self.loader.request(self.path, self._show)
        super().paintEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self)
        super().mouseReleaseEvent(event)

    def _show(self, image: QImage) -> None:
        if not shiboken6.isValid(self):
            return
        self.image = image
        self.draw()

    def draw(self) -> None:
        """Show :attr:`image` (a subclass may show it otherwise)."""
        if self.image.isNull():
            self.setText(self.tr("unreadable"))
        else:
            self.setPixmap(QPixmap.fromImage(self.image))


class GalleryModel(QAbstractListModel):
    """Images for a QListView in icon mode; pictures load when the view asks for them. Until then (and for a
    file that cannot be read) a grey square of the full size stands in, so that the view lays every item
    out at its final size before the first paint (uniform item sizes take the first item's)."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None):
        super().__init__(parent)
        self.loader = loader
        self.paths: list[str] = []
        self.captions: list[str] = []
        self._rows: dict[str, int] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self.placeholder = QPixmap(loader.size, loader.size)
        self.placeholder.fill(QColor(PLACEHOLDER))

    def set_items(self, paths: list[str], captions: list[str] | None = None) -> None:
        self.beginResetModel()
        self.paths = [str(p) for p in paths]
        self.captions = captions or [Path(p).name for p in self.paths]
        self._rows = {p: i for i, p in enumerate(self.paths)}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.captions[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return path
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(path)
            if pixmap is None:
                self.loader.request(path, lambda image, path=path: self._on_loaded(path, image))
            return self.placeholder if pixmap is None or pixmap.isNull() else pixmap
        return None

    def _on_loaded(self, path: str, image: QImage) -> None:
        row = self._rows.get(path)
        if row is None or not shiboken6.isValid(self):
            return
        self._pixmaps[path] = QPixmap.fromImage(image)  # a null pixmap marks an unreadable file
        self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])


class Gallery(QListView):
    """A grid of lazily loaded thumbnails; double-click opens the image in the system viewer."""

    def __init__(self, size: int = 96, parent=None):
        super().__init__(parent)
        self.loader = ThumbnailLoader(size, self)
        self.gallery = GalleryModel(self.loader, self)
        self.setModel(self.gallery)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(size, size))
        self.setGridSize(QSize(size + 32, size + 40))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.doubleClicked.connect(lambda index: QDesktopServices.openUrl(
            QUrl.fromLocalFile(self.gallery.paths[index.row()])))

    def set_images(self, paths: list, captions: list[str] | None = None) -> None:
        self.gallery.set_items([str(p) for p in paths], captions)

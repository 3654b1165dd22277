"""The "Golden samples" tab: per class its golden sample in each orientation, per label the most typical
training photos, read from a run's ``results/golden_samples/``."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hoam_core.data.orientation import LABELS, NG
from hoam_core.layout import GOLDEN_SAMPLES, RunLayout

from .names import orientation_names
from .photo_gallery import NamedGallery
from .run_page import RunPage, read_rows

LIST_WIDTH = 300


class GoldenView(RunPage):
    """The golden samples (``results/golden_samples/golden_samples.json``): per class its golden sample in each
    orientation, per label the most typical training photos; each captioned with class and orientation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.index: dict = {}
        self.photos: dict[str, dict[str, str]] = {}  # dataset file -> its dataset.csv row
        self.folders = QTreeWidget(columnCount=2)
        self.folders.header().setStretchLastSection(False)
        self.folders.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.folders.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.folders.currentItemChanged.connect(self._show_folder)
        self.caption = QLabel(wordWrap=True, objectName="goldenCaption")
        self.caption.setStyleSheet("QLabel#goldenCaption { font-weight: bold; padding: 4px; }")
        self.gallery = NamedGallery(128)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.gallery, 1)
        splitter = QSplitter()
        splitter.addWidget(self.folders)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([LIST_WIDTH, 1000])
        self.addWidget(splitter)
        self.content = splitter
        self.retranslate()
        self.show_placeholder()

    def retranslate(self) -> None:
        self.folders.setHeaderLabels([self.tr("Class or label"), self.tr("Photos")])
        current = self.folders.currentItem()
        key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self._fill_folders(key)
        if self.currentWidget() is self.placeholder:
            self.show_placeholder()

    def load(self, run_dir: Path | None) -> bool:
        self.run_dir = Path(run_dir) if run_dir else None
        index = RunLayout(self.run_dir).golden_index if self.run_dir else None
        if index is None or not index.is_file():
            self.index = {}
            self.show_placeholder()
            return False
        self.index = json.loads(index.read_text(encoding="utf-8"))
        dataset = RunLayout(self.run_dir).dataset_index
        self.photos = {r["file"]: r for r in read_rows(dataset)} if dataset.is_file() else {}
        self._fill_folders(None)
        self.setCurrentWidget(self.content)
        return True

    def _fill_folders(self, key) -> None:
        """The tree of classes and labels; ``key`` (an item's data) is selected again, else the first item."""
        self.folders.blockSignals(True)
        self.folders.clear()
        names = orientation_names()
        groups = ((self.tr("Per class"), "classes", lambda c: c),
                  (self.tr("Per label"), "labels", lambda lab: names.get(lab, lab)))
        chosen = None
        for title, kind, name in groups:
            entries = self.index.get(kind, {})
            top = QTreeWidgetItem(self.folders, [title, str(sum(len(self._entries(kind, k)) for k in entries))])
            top.setData(0, Qt.ItemDataRole.UserRole, (kind, ""))
            for k in sorted(entries) if kind == "classes" else [lab for lab in LABELS if lab in entries]:
                item = QTreeWidgetItem(top, [name(k), str(len(self._entries(kind, k)))])
                item.setData(0, Qt.ItemDataRole.UserRole, (kind, k))
                item.setToolTip(0, name(k))
                if (kind, k) == key:
                    chosen = item
            top.setExpanded(True)
            if (kind, "") == key:
                chosen = top
        self.folders.blockSignals(False)
        self.folders.setCurrentItem(chosen or self.folders.topLevelItem(0))

    def _entries(self, kind: str, key: str) -> list[tuple[Path, str, str]]:
        """(picture, caption, tooltip) of a class's or a label's golden photos."""
        root, names = RunLayout(self.run_dir).results / GOLDEN_SAMPLES, orientation_names()
        if kind == "classes":
            info = self.index["classes"][key]
            return [(root / rel, f"{key}\n{self._orientation(label, info)}",
                     self._own_name(info.get("source_images", {}).get(label, ""), info.get("original", "")))
                    for label, rel in info["images"].items()]
        out = []
        for e in self.index["labels"][key]:
            photo = self.photos.get(e.get("source", ""), {})
            cls = photo.get("source_class", "")
            out.append((root / e["file"], f"{self.tr('NG photo') if cls in ('', NG) else cls}\n{names.get(key, key)}",
                        self._own_name(e.get("source", ""), "")))
        return out

    def _orientation(self, label: str, info: dict) -> str:
        said = orientation_names().get(label, label)
        return self.tr("{orientation}, as on the line").format(orientation=said) if label == info.get("orientation") \
            else said

    def _own_name(self, source: str, original: str) -> str:
        """The name of the input photo a golden picture comes from, and how it was turned."""
        photo = self.photos.get(source)
        if photo is None:
            return original or Path(source).name
        return self.tr("{name}, turned {degrees}°").format(name=photo["original"], degrees=photo["rotation_deg"])

    def _show_folder(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        kind, key = item.data(0, Qt.ItemDataRole.UserRole)
        keys = [key] if key else list(self.index.get(kind, {}))
        entries = [e for k in (sorted(keys) if kind == "classes" else keys) for e in self._entries(kind, k)]
        self.gallery.set_images([e[0] for e in entries], [e[1] for e in entries], [e[2] for e in entries])
        name = orientation_names().get(key, key)
        self.caption.setText({
            ("classes", True): self.tr("The golden sample of class {name} in each orientation: the photo of it the "
                                       "line compares with, chosen as the most typical of its training photos"),
            ("classes", False): self.tr("The golden sample of every class in each orientation"),
            ("labels", True): self.tr("The most typical training photos labelled {name}"),
            ("labels", False): self.tr("The most typical training photos of every label")}[kind, bool(key)].format(
            name=name))

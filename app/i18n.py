"""Language switching at run time: our .qm files plus Qt's own for its standard dialogs.

Installing a translator makes Qt send a LanguageChange event to every widget; each view
re-sets its texts in ``retranslate()`` when it gets one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from .resources import translations_dir

# language code -> its own name (never translated: a user must find their language)
LANGUAGES = {"en": "English", "zh_TW": "繁體中文", "zh_CN": "简体中文", "vi": "Tiếng Việt"}

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    return _current[0]


def system_language() -> str:
    """The OS language if we have it (zh_HK/zh_MO read Traditional Chinese), else English."""
    locale = QLocale.system()
    if locale.name() in LANGUAGES:
        return locale.name()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN" if locale.script() == QLocale.Script.SimplifiedHanScript else "zh_TW"
    return "vi" if locale.language() == QLocale.Language.Vietnamese else "en"


def set_language(code: str) -> None:
    """Install the translations for ``code`` (one of LANGUAGES); every open window updates."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; use one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = code
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"hoam_{code}", str(translations_dir())), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


class Retranslating:
    """A widget mixin (put it first among the bases): ``retranslate()`` runs on every language change."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The interface language: Qt's translators for our strings and for Qt's own, chosen at start-up.

The language is the user's choice in View > Language (kept in the settings as "system", "en" or
"sv"); "system" follows the system locale, Swedish for any Swedish locale and English otherwise.
It is installed once, before the window is built, and applies from the next start when changed.
The core's few phrases (marks, export headings) follow it through ``core.i18n``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QT_TRANSLATE_NOOP, QTranslator

from desktop_app.core import i18n
from desktop_app.paths import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SYSTEM = "system"
# (setting, what View > Language says): the languages are named in their own language.
CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "System")),
    ("en", "English"),
    ("sv", "Svenska"),
)

_installed: list[QTranslator] = []

# ``translate("Context", "text")`` outside a QObject (lupdate reads the call's literal context and text).
translate = QCoreApplication.translate


def number(value: float, decimals: int | None = None) -> str:
    """``value`` as the interface's locale writes it: "12 345" and "0,75" in Swedish, "12,345" and
    "0.75" in English (``decimals`` places; none for a whole number when None)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # the POSIX locale groups no thousands: write English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if decimals is None and float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 2 if decimals is None else decimals)


def resolve(choice: str, system_locale: str | None = None) -> str:
    """The language code for a setting: "en" or "sv" ("system": from the locale's name)."""
    if choice in i18n.LANGUAGES:
        return choice
    name = system_locale if system_locale is not None else QLocale.system().name()
    return i18n.normalise(name)


def qm_path(language: str):  # noqa: ANN201 - a Path
    return TRANSLATIONS_DIR / f"viewpoints_{language}.qm"


def install(app: QCoreApplication, choice: str) -> str:
    """Install the translators for ``choice`` into ``app`` (replacing earlier ones); the language used.

    English is the source language: it needs no translator. A .qm that cannot be loaded leaves
    the interface in English rather than stopping the app (``check_resources`` reports a missing one).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(language))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = "en"
    if language != "en":
        qt = QTranslator(app)  # Qt's own buttons and dialogs ("Cancel", "OK", the file dialogs)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
                           if resolve(SYSTEM) != "en" else QLocale.system())
    i18n.set_language(language)
    return language

"""Edit ▸ Preferences…: the interface language and appearance are stored for next start."""

from __future__ import annotations

from mou_studio.ui.app import Application
from mou_studio.ui.i18n import LANGUAGE_KEY, preferred_language
from mou_studio.ui.theme import THEME_KEY


def test_preferences_are_in_the_edit_menu_with_a_shortcut(application: Application) -> None:
    action = application.preferences.action
    assert action in application.window.menu("edit").actions()
    assert not action.shortcut().isEmpty()


def test_choosing_russian_and_dark_is_stored(application: Application) -> None:
    dialog = application.preferences.dialog()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    application.preferences.apply(dialog)
    settings = application.context.settings
    assert settings.value(LANGUAGE_KEY) == "ru" and settings.value(THEME_KEY) == "dark"
    assert preferred_language(settings) == "ru"
    again = application.preferences.dialog()
    assert again.language() == "ru" and again.theme() == "dark"

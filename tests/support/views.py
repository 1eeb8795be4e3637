"""Reading the window's views in a test right after an edit."""

from __future__ import annotations

from mou_studio.ui.app import Application


def views_current(application: Application) -> Application:
    """Render the edits still waiting for the refresh timer; returns ``application``."""
    application.editor.flush_views()
    return application

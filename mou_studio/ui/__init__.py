"""The PySide6 face of MoU Studio. ``app.py`` is its composition root."""

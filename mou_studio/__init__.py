"""MoU Studio: draft, compare and export cooperation agreements, offline."""

__version__ = "0.1.0"
APP_NAME = "MoU Studio"

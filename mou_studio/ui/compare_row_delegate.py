"""Paints one aligned compare row: the old clause on the left, the new one on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

OLD_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3
GUTTER = 12
PADDING = 6
CHANGED_TINT = QColor(255, 248, 225)

Index = QModelIndex | QPersistentModelIndex


class CompareRowDelegate(QStyledItemDelegate):
    """Lays out both sides as rich text at half the width; the taller side sets the height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int, int], QTextDocument] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def _document(self, index: Index, role: int, width: int) -> QTextDocument:
        key = (index.row(), int(role), width)
        document = self._cache.get(key)
        if document is None:
            document = QTextDocument()
            document.setDocumentMargin(PADDING)
            document.setHtml(str(index.data(role) or ""))
            document.setTextWidth(width)
            if len(self._cache) > 4000:  # keep memory bounded on very long compares
                self._cache.clear()
            self._cache[key] = document
        return document

    @staticmethod
    def _column_width(option: QStyleOptionViewItem) -> int:
        return max(80, (option.rect.width() - GUTTER) // 2)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._column_width(option)
        heights = [self._document(index, role, width).size().height()
                   for role in (OLD_HTML_ROLE, NEW_HTML_ROLE)]
        return QSize(width * 2 + GUTTER, int(max(heights)) + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        width = self._column_width(option)
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if index.data(CHANGED_ROLE):
            painter.fillRect(rect, CHANGED_TINT)
        if selected:  # a bar in the margin: the highlight must not hide the word colours
            highlight = option.palette.color(QPalette.ColorRole.Highlight)  # type: ignore[attr-defined]
            painter.fillRect(rect.left(), rect.top(), 4, rect.height(), highlight)
        painter.setPen(QColor(210, 210, 210))
        middle = rect.left() + width + GUTTER // 2
        painter.drawLine(middle, rect.top(), middle, rect.bottom())
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        for role, left in ((OLD_HTML_ROLE, rect.left()),
                           (NEW_HTML_ROLE, rect.left() + width + GUTTER)):
            painter.save()
            painter.translate(left, rect.top())
            self._document(index, role, width).drawContents(
                painter, QRectF(0, 0, width, rect.height()))
            painter.restore()
        painter.restore()

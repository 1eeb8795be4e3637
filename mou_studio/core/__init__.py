"""The Qt-free domain of MoU Studio: model, storage, import, compare, lint, export."""

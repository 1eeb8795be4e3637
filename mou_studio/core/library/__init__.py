"""The clause library: approved clauses with fallback wordings in FR, EN and RU.

``model`` (records), ``codec`` (validation), ``store`` (SQLite, versions, index),
``search`` (FTS5), ``placeholders``, ``usage`` (insert, outdated report), ``packs``
(portable files), ``defaults`` (the shipped library).
"""

"""The agreements register in the GUI: table, partner page, due timeline, controller."""

"""Huidu's Qt interface (Anki's ``aqt`` to our ``desktop.core``'s ``pylib``).

Widgets observe and command; they never parse, transform or write SQL themselves. Everything a
widget shows comes from a core object (``Compilation``, ``Speech``) handed to it.
"""

"""Huidu's core: pure Python, never imports Qt (a test enforces it).

Data flows one way: file → formats (bytes → text + hints) → parse (text → Compilation/Speech)
→ store (library) → search / export.
"""

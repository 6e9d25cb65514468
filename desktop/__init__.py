"""Huidu 汇读: a reader and excerpt workbench for Chinese speech compilations."""

__version__ = "0.1.0"

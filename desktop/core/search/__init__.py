"""Search: jieba segmentation, the FTS5 index, queries and suggestions (all SQL lives here or in store)."""

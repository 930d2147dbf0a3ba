"""Qt-free core of Viewpoints: documents, importers, analysis, the library store, exports."""

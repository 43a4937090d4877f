"""Static site generator for a catalogue of Indonesian sister-city thesis summaries."""

__version__ = "0.1.0"

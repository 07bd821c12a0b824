"""warmap: turn war reporting into an interactive, sourced map."""

__version__ = "0.1.0"

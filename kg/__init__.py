"""newskg: a knowledge graph of who met whom, who agreed on what and who said what, from news articles."""

__version__ = "0.1.0"

"""Writes to facts, one module per concern: claims (and the one rule for a claim becoming public),
citations, extraction (proposals from an article), fixtures (the gazetteer, topics and curated timeline).
Admin actions, REST, GraphQL, commands and intake call these, so the same validation holds on every path."""

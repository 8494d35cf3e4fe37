"""Page helpers that turn records into escaped HTML for the Streamlit page; no logic of the pipeline."""

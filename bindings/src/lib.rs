//! UniFFI bindings of the chat-errors catalog.

//! The C ABI of the chat-errors catalog.

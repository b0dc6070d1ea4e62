//! Fuzz target: see `chat_errors_fuzz::page::check_page`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chat_errors_fuzz::page::check_page(data));

//! Fuzz target: see `chat_errors_fuzz::artifact::check_header`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chat_errors_fuzz::artifact::check_header(data));

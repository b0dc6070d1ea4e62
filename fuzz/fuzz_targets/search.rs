//! Fuzz target: see `chat_errors_fuzz::catalog::check_search`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chat_errors_fuzz::catalog::check_search(data));

//! Fuzz target: see `chat_errors_fuzz::catalog::check_lookup_name`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chat_errors_fuzz::catalog::check_lookup_name(data));

//! Fuzz target: see `chat_errors_fuzz::c_api::check_c_api`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chat_errors_fuzz::c_api::check_c_api(data));

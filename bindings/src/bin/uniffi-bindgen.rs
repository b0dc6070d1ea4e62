//! `uniffi-bindgen`, pinned to this workspace's UniFFI version. Generate the
//! bindings from the built library (library mode), for example:
//! `cargo run -p chat-errors-bindings --features cli --bin uniffi-bindgen -- generate
//! target/release/libchat_errors.so --language kotlin --out-dir build/kotlin`.

fn main() {
    uniffi::uniffi_bindgen_main()
}

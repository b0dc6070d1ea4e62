//! Gives the shared library its SONAME (ELF) or install name (Mach-O), both
//! carrying the ABI version defined once in `src/abi.rs`.

include!("src/abi.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/abi.rs");
    let abi = CHAT_ERRORS_ABI_VERSION;
    match std::env::var("CARGO_CFG_TARGET_OS").as_deref() {
        Ok("macos" | "ios") => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-install_name,@rpath/libchat_errors.{abi}.dylib");
        }
        Ok("windows") => {}
        _ => println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libchat_errors.so.{abi}"),
    }
}

/// The version of the JNI exports (`Java_io_chaterrors_NativeCatalog_*`) and of
/// the format their space answers in: the Kotlin layer refuses a library that
/// carries another. Bump it whenever an export or the format changes. Defined
/// once here; chat-errors-codegen writes it into the Kotlin layer.
pub const JNI_CONTRACT_VERSION: i32 = 1;

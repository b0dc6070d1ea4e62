/// The version of the C ABI: it changes only when a change breaks existing
/// callers, and names the shared library (`libchat_errors.so.<ABI>`).
pub const CHAT_ERRORS_ABI_VERSION: u32 = 0;

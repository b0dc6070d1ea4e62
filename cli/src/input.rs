//! The one way in for every file the `chat-errors` command reads.
//!
//! Two levels. The byte level ([`Input::bytes`], [`Input::directory`])
//! decides what may be read at all: a regular file, `-` for standard input,
//! or, for a reader that takes an unpacked package, a directory. Anything
//! else (a FIFO, a device such as `/dev/zero`, a socket) is refused from its
//! metadata, before it is opened, so that reading never blocks and never
//! starts on an endless stream. A size limit ([`DEFAULT_MAX_BYTES`], changed
//! with `--max-input-bytes`) is checked against the file's size before
//! reading, and enforced while reading (standard input, files that grow).
//! Binary readers (archives, class files) build on this level.
//!
//! The text level ([`Input::text`], [`text_from_bytes`]) makes the bytes a
//! `String`: UTF-8 checked, a leading byte-order mark dropped, and CRLF and
//! lone CR line ends turned into LF, so every text reader sees `\n` only.
//!
//! Both levels take time linear in the input; the bytes are read into one
//! buffer and the text is made in that same buffer.

use std::ffi::OsStr;
use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The default limit on the size of one input: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Where an input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-` on the command line).
    Stdin,
    /// A path (a file or, for package readers, a directory).
    Path(PathBuf),
}

impl Source {
    /// The source a command-line argument names: `-` is standard input,
    /// anything else a path.
    pub fn from_arg(arg: &OsStr) -> Self {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::Path(PathBuf::from(arg))
        }
    }
}

impl fmt::Display for Source {
    /// `standard input`, or the path (lossily, not escaped for a terminal).
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => formatter.write_str("standard input"),
            Source::Path(path) => write!(formatter, "{}", path.display()),
        }
    }
}

/// Why an input was not read.
#[derive(Debug)]
pub enum InputError {
    /// The path could not be inspected, opened or read.
    Io(io::Error),
    /// The source is not of a kind that is read: `reason` says what it is
    /// and what was wanted (`a FIFO (named pipe), not a regular file`).
    Refused {
        /// What the source is and what was wanted.
        reason: &'static str,
    },
    /// The input is larger than the limit, in bytes.
    TooLarge {
        /// The limit in force.
        limit: u64,
    },
    /// The input is not UTF-8 text; `line` (from 1) is where it stops being so.
    NotUtf8 {
        /// The line of the first byte that is not UTF-8.
        line: usize,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(error) => write!(formatter, "{error}"),
            InputError::Refused { reason } => formatter.write_str(reason),
            InputError::TooLarge { limit } => {
                write!(
                    formatter,
                    "larger than the limit of {limit} bytes (see --max-input-bytes)"
                )
            }
            InputError::NotUtf8 { line } => write!(formatter, "not UTF-8 text (line {line})"),
        }
    }
}

impl std::error::Error for InputError {}

impl From<io::Error> for InputError {
    fn from(error: io::Error) -> Self {
        InputError::Io(error)
    }
}

/// The reading rules every reader shares: today, the size limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Input {
    max_bytes: u64,
}

impl Default for Input {
    fn default() -> Self {
        Input::with_max_bytes(DEFAULT_MAX_BYTES)
    }
}

impl Input {
    /// Rules refusing any input larger than `max_bytes`.
    pub fn with_max_bytes(max_bytes: u64) -> Self {
        Input { max_bytes }
    }

    /// The size limit, in bytes.
    pub fn max_bytes(self) -> u64 {
        self.max_bytes
    }

    /// The whole content of a regular file or of standard input, at most
    /// [`Input::max_bytes`] long.
    pub fn bytes(self, source: &Source) -> Result<Vec<u8>, InputError> {
        let bytes = match source {
            Source::Stdin => self.read_bounded(io::stdin().lock(), 0)?,
            Source::Path(path) => {
                let size = regular_file_size(&std::fs::metadata(path)?)?;
                if size > self.max_bytes {
                    return Err(InputError::TooLarge { limit: self.max_bytes });
                }
                let file = open_without_blocking(path)?;
                let size = regular_file_size(&file.metadata()?)?;
                self.read_bounded(file, size)?
            }
        };
        Ok(bytes)
    }

    /// The content of a regular file or of standard input as text (see
    /// [`text_from_bytes`]).
    pub fn text(self, source: &Source) -> Result<String, InputError> {
        text_from_bytes(self.bytes(source)?)
    }

    /// The path of a directory, for a reader that takes an unpacked package.
    /// The reader reads each file in it with [`Input::bytes`], so each one
    /// is checked and limited like any other input.
    pub fn directory(self, source: &Source) -> Result<&Path, InputError> {
        match source {
            Source::Stdin => Err(InputError::Refused {
                reason: "standard input, not a directory",
            }),
            Source::Path(path) if std::fs::metadata(path)?.is_dir() => Ok(path),
            Source::Path(_) => Err(InputError::Refused {
                reason: "not a directory",
            }),
        }
    }

    /// Everything `reader` gives, refused as soon as it passes the limit.
    /// `expected` (the file's size) sizes the buffer.
    fn read_bounded(self, reader: impl Read, expected: u64) -> Result<Vec<u8>, InputError> {
        let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
        reader.take(self.max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > self.max_bytes {
            return Err(InputError::TooLarge { limit: self.max_bytes });
        }
        Ok(bytes)
    }
}

/// The size of a regular file; anything else is refused, saying what it is.
fn regular_file_size(metadata: &Metadata) -> Result<u64, InputError> {
    let file_type = metadata.file_type();
    if file_type.is_file() {
        return Ok(metadata.len());
    }
    let reason = if file_type.is_dir() {
        "a directory, not a regular file"
    } else {
        special_file_kind(&file_type)
    };
    Err(InputError::Refused { reason })
}

#[cfg(unix)]
fn special_file_kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a FIFO (named pipe), not a regular file"
    } else if file_type.is_char_device() {
        "a character device, not a regular file"
    } else if file_type.is_block_device() {
        "a block device, not a regular file"
    } else if file_type.is_socket() {
        "a socket, not a regular file"
    } else {
        "a special file, not a regular file"
    }
}

#[cfg(not(unix))]
fn special_file_kind(_: &std::fs::FileType) -> &'static str {
    "a special file, not a regular file"
}

/// Opens `path` for reading such that opening cannot block (a FIFO put in
/// the file's place after it was checked) nor make a terminal the
/// controlling one; the caller checks the opened file's type again.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// `bytes` as text: a leading UTF-8 byte-order mark dropped, CRLF and lone
/// CR made LF, and the result checked to be UTF-8. Works in place, in one
/// pass plus the UTF-8 check.
pub fn text_from_bytes(mut bytes: Vec<u8>) -> Result<String, InputError> {
    let start = if bytes.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
    let mut kept = 0;
    let mut read = start;
    while read < bytes.len() {
        let byte = bytes[read];
        read += 1;
        if byte == b'\r' {
            if bytes.get(read) == Some(&b'\n') {
                read += 1;
            }
            bytes[kept] = b'\n';
        } else {
            bytes[kept] = byte;
        }
        kept += 1;
    }
    bytes.truncate(kept);
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        InputError::NotUtf8 {
            line: 1 + valid.iter().filter(|&&byte| byte == b'\n').count(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        text_from_bytes(bytes.to_vec()).expect("UTF-8")
    }

    #[test]
    fn bom_is_dropped_and_line_ends_become_lf() {
        assert_eq!(
            text(b"\xef\xbb\xbf| 1 | A |\r\n| 2 | B |\r| 3 |\n"),
            "| 1 | A |\n| 2 | B |\n| 3 |\n"
        );
        assert_eq!(text(b"a\r\r\nb\n\rc\r"), "a\n\nb\n\nc\n");
        assert_eq!(text(b"x\xef\xbb\xbf"), "x\u{feff}", "only a leading mark is dropped");
        assert_eq!(text("登录失败\r\n".as_bytes()), "登录失败\n");
        assert_eq!(text(b""), "");
        assert_eq!(text(b"\xef\xbb\xbf"), "");
    }

    #[test]
    fn bytes_that_are_not_utf8_name_their_line() {
        for (bytes, line) in [(&b"\xff"[..]), (b"ok\r\nok\rbad \xc3(")].into_iter().zip([1, 3]) {
            match text_from_bytes(bytes.to_vec()) {
                Err(InputError::NotUtf8 { line: found }) => assert_eq!(found, line, "{bytes:?}"),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_dash_is_standard_input() {
        assert_eq!(Source::from_arg(OsStr::new("-")), Source::Stdin);
        assert_eq!(Source::from_arg(OsStr::new("./-")), Source::Path(PathBuf::from("./-")));
        assert_eq!(Source::Stdin.to_string(), "standard input");
    }

    #[test]
    fn files_are_read_up_to_the_limit_and_directories_only_as_directories() {
        let folder = std::env::temp_dir().join(format!("chat-errors-input-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join("page.md");
        std::fs::write(&file, b"12345").unwrap();
        let file = Source::Path(file);
        let directory = Source::Path(folder.clone());

        assert_eq!(Input::with_max_bytes(5).bytes(&file).unwrap(), b"12345");
        assert!(matches!(
            Input::with_max_bytes(4).bytes(&file),
            Err(InputError::TooLarge { limit: 4 })
        ));
        assert!(matches!(
            Input::default().bytes(&directory),
            Err(InputError::Refused {
                reason: "a directory, not a regular file"
            })
        ));
        assert_eq!(Input::default().directory(&directory).unwrap(), folder.as_path());
        assert!(matches!(
            Input::default().directory(&file),
            Err(InputError::Refused { .. })
        ));
        assert!(matches!(
            Input::default().directory(&Source::Stdin),
            Err(InputError::Refused { .. })
        ));
        assert!(matches!(
            Input::default().bytes(&Source::Path(folder.join("absent"))),
            Err(InputError::Io(_))
        ));
        std::fs::remove_dir_all(folder).unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn devices_are_refused_before_reading() {
        for device in ["/dev/zero", "/dev/null", "/dev/urandom"] {
            assert!(matches!(
                Input::default().bytes(&Source::Path(PathBuf::from(device))),
                Err(InputError::Refused {
                    reason: "a character device, not a regular file"
                })
            ));
        }
    }
}

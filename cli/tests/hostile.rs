//! The `chat-errors` command run as a hostile user or a careless script
//! would (issue 11): closed pipes, full disks, endless and blocking inputs,
//! oversized inputs, pathological cells, control characters, byte-order
//! marks and CRLF line ends. Each case has its documented answer
//! (docs/safety.md, "The command-line tool").

mod common;

use chat_errors::{entries, lookup, Space};
use common::{answers, command, json, run, run_at_most, run_into, stderr, stdout, wait_at_most};
use serde_json::Value;
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Exit status of an output that could not be written.
const OUTPUT_FAILED: i32 = 3;
/// Exit status of an output whose reader went away.
const OUTPUT_CLOSED: i32 = 141;

/// Runs the command with `args` and checks it ends with `status` and the one
/// line `message` on standard error.
fn answers_with(args: &[&str], status: i32, message: &str) {
    assert_eq!(answers(args, status).1, message, "{args:?}");
}

/// A scratch folder of this test process, made empty.
fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("chat-errors-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("a writable temporary folder");
    folder
}

fn write(path: &Path, contents: &[u8]) -> String {
    std::fs::write(path, contents).expect("a writable temporary folder");
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// A table row of a page: `| code | NAME | text |`.
fn row(code: i32, name: &str, text: &str) -> String {
    format!("| {code} | {name} | {text} |\n")
}

/// A small English Web page: the first three entries, with their own text.
fn web_page() -> String {
    let mut page = String::from("| Code | Name | Description |\n| --- | --- | --- |\n");
    for entry in &entries(Space::Web)[..3] {
        page.push_str(&row(entry.code(), entry.name(), entry.detail().en()));
    }
    page
}

/// The JSON report of a page, without its `page` field (the path).
fn report_of(path: &str) -> Value {
    let output = run(&["diff", path, "--json", "--space", "web", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0), "{path}: {}", stderr(&output));
    let mut report = json(&output);
    report.as_object_mut().unwrap().remove("page");
    report
}

/// Case 1: a reader that stops reading ends the command quietly, status 141.
#[test]
fn a_closed_pipe_ends_quietly_with_status_141() {
    let folder = scratch("pipe");
    let mut page = String::new();
    for code in 0..20_000 {
        page.push_str(&row(100_000 + code, "NOT_IN_THE_CATALOG", "text"));
    }
    let page = write(&folder.join("big.md"), page.as_bytes());
    let cases: [&[&str]; 6] = [
        &["export", "--format", "json"],
        &["export", "--format", "html"],
        &["list", "--json"],
        &["search", "e", "--json"],
        &["diff", &page, "--space", "web"],
        &["diff", &page, "--json"],
    ];
    for args in cases {
        let full = run(args);
        assert!(
            full.stdout.len() > 96 * 1024,
            "{args:?}: the output must outgrow the pipe's buffer for the test to mean anything"
        );
        let mut child = command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut first = [0u8; 10];
        child
            .stdout
            .take()
            .unwrap()
            .read_exact(&mut first)
            .expect("some output");
        let status = wait_at_most(&mut child, Duration::from_secs(60), &args.join(" "));
        let mut message = String::new();
        child.stderr.take().unwrap().read_to_string(&mut message).unwrap();
        assert_eq!(status.code(), Some(OUTPUT_CLOSED), "{args:?}: {message}");
        assert_eq!(message, "", "{args:?}");
        assert_eq!(&first, &full.stdout[..10]);
    }
    std::fs::remove_dir_all(folder).unwrap();
}

fn dev_full() -> File {
    OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full (Linux)")
}

/// Case 2: a full disk is one line on standard error and status 3, in every subcommand.
#[test]
fn a_full_disk_is_one_line_and_status_3() {
    let folder = scratch("full");
    let page = write(&folder.join("page.md"), web_page().as_bytes());
    let cases: [&[&str]; 9] = [
        &["list"],
        &["lookup", "16"],
        &["lookup", "16", "--json"],
        &["name", "WEBIM_CONNCTION_DISCONNECTED"],
        &["search", "token"],
        &["export", "--format", "csv"],
        &["diff", &page],
        &["diff", &page, "--json"],
        &["--help"],
    ];
    for args in cases {
        let output = run_into(
            command(args),
            dev_full().into(),
            Duration::from_secs(60),
            &args.join(" "),
        );
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(OUTPUT_FAILED), "{args:?}: {message}");
        assert_eq!(message.lines().count(), 1, "{args:?}: {message}");
        assert!(
            message.starts_with("chat-errors: cannot write the output: "),
            "{message}"
        );
        assert!(!message.contains("panicked"), "{message}");
    }
    std::fs::remove_dir_all(folder).unwrap();
}

/// Case 3: a standard error that cannot be written keeps the answer's status.
#[test]
fn a_failing_standard_error_keeps_the_answers_status() {
    for (args, status) in [
        (&["lookup", "12345"][..], 1),
        (&["name", "NO_SUCH_NAME"], 1),
        (&["diff", "/no/such/page.md"], 1),
        (&["lookup", "16"], 0),
        (&["lookup", "abc"], 2),
    ] {
        let mut command = command(args);
        command.stderr(dev_full()).stdout(Stdio::null());
        let status_found = command.status().expect("the binary runs").code();
        assert_eq!(status_found, Some(status), "{args:?}");
    }
}

/// Case 4: devices are refused before anything is read; standard input is limited.
#[test]
fn endless_inputs_are_refused() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let output = run_at_most(command(&["diff", device]), Duration::from_secs(30), device);
        assert_eq!(output.status.code(), Some(1), "{device}");
        assert_eq!(
            stderr(&output),
            format!("chat-errors: cannot read {device}: a character device, not a regular file\n")
        );
    }
    let mut from_zero = command(&["--max-input-bytes", "4096", "diff", "-"]);
    from_zero.stdin(File::open("/dev/zero").unwrap());
    let output = run_at_most(from_zero, Duration::from_secs(30), "diff - < /dev/zero");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "chat-errors: cannot read standard input: larger than the limit of 4096 bytes (see --max-input-bytes)\n"
    );
}

/// Case 5: a FIFO is refused without being opened, so nothing blocks.
#[test]
fn a_fifo_is_refused_without_blocking() {
    let folder = scratch("fifo");
    let fifo = folder.join("page.md");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let fifo = fifo.to_str().unwrap();
    let output = run_at_most(command(&["diff", fifo]), Duration::from_secs(30), "diff on a FIFO");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("chat-errors: cannot read {fifo}: a FIFO (named pipe), not a regular file\n")
    );
    std::fs::remove_dir_all(folder).unwrap();
}

/// Case 6: a cell of a million `[` (no link in it) is read as it is. The
/// link scan stops at the first `[` without a link after it, so this is one
/// pass; the time limit only guards against a hang.
#[test]
fn a_cell_full_of_brackets_is_read_in_one_pass() {
    let folder = scratch("brackets");
    let brackets = "[".repeat(1 << 20);
    let linked = format!("[see]({})[[x](y) and {brackets}](", "[".repeat(1 << 16));
    let mut page = row(900_001, "NOT_IN_THE_CATALOG", &brackets);
    page.push_str(&row(900_002, "NOT_IN_THE_CATALOG", &linked));
    let path = write(&folder.join("page.md"), page.as_bytes());
    let output = run_at_most(
        command(&["diff", &path, "--json", "--space", "web"]),
        Duration::from_secs(120),
        "diff of a cell full of [",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    let extra = report["extra_codes"].as_array().unwrap();
    assert_eq!(extra[0]["texts"][0].as_str().unwrap(), brackets);
    assert_eq!(
        extra[1]["texts"][0].as_str().unwrap(),
        format!("see[x and {brackets}](")
    );
    std::fs::remove_dir_all(folder).unwrap();
}

/// Case 7: names, paths and page text reach the terminal escaped, one line
/// per error; Chinese is untouched; JSON keeps the text exact.
#[test]
fn control_characters_are_shown_escaped() {
    answers_with(&["name", "A\nB"], 1, "chat-errors: unknown name A\\u{a}B\n");

    let output = run(&["name", "\u{1b}]0;pwned\u{7}\u{202e}\u{9b}"]);
    assert_eq!(
        stderr(&output),
        "chat-errors: unknown name \\u{1b}]0;pwned\\u{7}\\u{202e}\\u{9b}\n"
    );
    let output = run(&["search", "没有这个\u{2066}"]);
    assert_eq!(stderr(&output), "chat-errors: nothing matches \"没有这个\\u{2066}\"\n");

    let folder = scratch("escape");
    let missing = folder.join("no\u{1b}[2Jpage\n.md");
    let output = run(&["diff", missing.to_str().unwrap()]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("no\\u{1b}[2Jpage\\u{a}.md"), "{message}");

    let entry = lookup(Space::Web, 16).unwrap();
    let hostile = "登录\u{1b}]0;pwned\u{7}失败\u{202e}";
    let path = write(&folder.join("page.md"), row(16, entry.name(), hostile).as_bytes());
    let output = run(&["diff", &path, "--space", "web"]);
    let human = stdout(&output);
    assert!(
        human.contains("    page:    登录\\u{1b}]0;pwned\\u{7}失败\\u{202e}\n"),
        "{human}"
    );
    assert!(!human.contains('\u{1b}') && !human.contains('\u{7}') && !human.contains('\u{202e}'));
    let output = run(&["diff", &path, "--space", "web", "--json"]);
    let report = json(&output);
    assert_eq!(report["text_differences"][0]["page_text"], hostile);
    std::fs::remove_dir_all(folder).unwrap();
}

/// Case 8: a byte-order mark before the first row changes nothing; neither
/// do CRLF or lone CR line ends (case 9 of the reading rules).
#[test]
fn a_byte_order_mark_and_crlf_read_as_the_plain_page() {
    let folder = scratch("bom");
    let first = &entries(Space::Web)[0];
    let rows: String = entries(Space::Web)[..3]
        .iter()
        .map(|entry| row(entry.code(), entry.name(), entry.detail().en()))
        .collect();
    let plain = write(&folder.join("plain.md"), rows.as_bytes());
    let expected = report_of(&plain);
    assert_eq!(expected["rows"], 3);
    assert!(!expected["missing_codes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|missing| missing["code"] == first.code()));
    for (name, contents) in [
        ("bom.md", format!("\u{feff}{rows}")),
        ("crlf.md", rows.replace('\n', "\r\n")),
        ("cr.md", rows.replace('\n', "\r")),
        ("bom-crlf.md", format!("\u{feff}{}", rows.replace('\n', "\r\n"))),
    ] {
        let path = write(&folder.join(name), contents.as_bytes());
        assert_eq!(report_of(&path), expected, "{name}");
    }
    let mut from_stdin = command(&["diff", "-", "--json", "--space", "web", "--lang", "en"]);
    from_stdin.stdin(File::open(folder.join("bom-crlf.md")).unwrap());
    let output = run_at_most(from_stdin, Duration::from_secs(60), "diff - with a BOM");
    let mut report = json(&output);
    assert_eq!(report["page"], "-");
    report.as_object_mut().unwrap().remove("page");
    assert_eq!(report, expected);
    std::fs::remove_dir_all(folder).unwrap();
}

/// Case 9: inputs past the limit are refused before reading, rows with too
/// many cells are refused, and a row followed by a line of `|` is one row.
#[test]
fn sizes_are_limited() {
    let folder = scratch("limits");
    let page = web_page();
    let path = write(&folder.join("page.md"), page.as_bytes());
    let size = page.len().to_string();
    let below = (page.len() - 1).to_string();
    let output = run(&["--max-input-bytes", &size, "diff", &path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    answers_with(
        &["diff", &path, "--max-input-bytes", &below],
        1,
        &format!("chat-errors: cannot read {path}: larger than the limit of {below} bytes (see --max-input-bytes)\n"),
    );

    let over_default = folder.join("over.md");
    let file = File::create(&over_default).unwrap();
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let output = run(&["diff", over_default.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("larger than the limit of 67108864 bytes"));

    let entry = &entries(Space::Web)[0];
    let mut pipes = format!("| {} | {} |\n", entry.code(), entry.name());
    pipes.push_str(&"|".repeat(1 << 20));
    let path = write(&folder.join("pipes.md"), pipes.as_bytes());
    assert_eq!(report_of(&path)["rows"], 1);

    let wide = format!("{}|{}\n", row(16, "A", "x").trim_end(), " x |".repeat(16));
    let path = write(&folder.join("wide.md"), format!("# t\n{wide}").as_bytes());
    answers_with(
        &["diff", &path],
        1,
        &format!("chat-errors: cannot read {path}: line 2: a table row with more than 16 text cells\n"),
    );

    let mut not_utf8 = web_page().into_bytes();
    not_utf8.extend_from_slice(b"| 1 | A | \xff |\n");
    let path = write(&folder.join("latin1.md"), &not_utf8);
    answers_with(
        &["diff", &path],
        1,
        &format!("chat-errors: cannot read {path}: not UTF-8 text (line 6)\n"),
    );
    std::fs::remove_dir_all(folder).unwrap();
}

/// Help and usage errors: help goes to standard output, and an argument with
/// control characters comes back escaped.
#[test]
fn usage_errors_are_escaped() {
    let (_, message) = answers(&["lookup", "abc\u{202e}"], 2);
    assert!(message.contains("abc\\u{202e}"), "{message}");
    let (help, errors) = answers(&["--help"], 0);
    assert!(help.contains("Usage: chat-errors"));
    assert!(errors.is_empty());
}

/// A zip archive of `(name, contents)` entries, each deflated (CRC left 0:
/// a reader refusing the entry before it checks the CRC is what is tested).
fn deflated_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = Vec::new();
    let mut central = Vec::new();
    for (name, contents) in files {
        let packed = miniz_oxide::deflate::compress_to_vec(contents, 9);
        let offset = zip.len() as u32;
        let sizes = [packed.len() as u32, contents.len() as u32];
        let name_len = (name.len() as u16).to_le_bytes();
        zip.extend(b"PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0");
        sizes.iter().for_each(|size| zip.extend(size.to_le_bytes()));
        zip.extend(name_len);
        zip.extend([0, 0]);
        zip.extend(name.as_bytes());
        zip.extend(&packed);
        central.extend(b"PK\x01\x02\x14\0\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0");
        sizes.iter().for_each(|size| central.extend(size.to_le_bytes()));
        central.extend(name_len);
        central.extend([0u8; 12]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let (start, count) = (zip.len() as u32, (files.len() as u16).to_le_bytes());
    zip.extend(&central);
    zip.extend(b"PK\x05\x06\0\0\0\0");
    zip.extend(count);
    zip.extend(count);
    zip.extend((central.len() as u32).to_le_bytes());
    zip.extend(start.to_le_bytes());
    zip.extend([0, 0]);
    zip
}

/// Case 10: a hostile SDK artifact (a truncated AAR, a zip bomb, a binary
/// file, a header that is not UTF-8) gets the artifact reader's error in one
/// line, status 1, quickly.
#[test]
fn hostile_artifacts_are_one_line_and_status_1() {
    let folder = scratch("artifacts");
    let aar = deflated_zip(&[("AndroidManifest.xml", b"<manifest/>"), ("classes.jar", b"PK\x03\x04")]);
    let truncated = write(&folder.join("truncated.aar"), &aar[..aar.len() - 30]);
    let bomb = write(
        &folder.join("bomb.aar"),
        &deflated_zip(&[("classes.jar", &vec![0u8; 64 * 1024 * 1024])]),
    );
    let binary: Vec<u8> = (0..=255u8).cycle().take(8192).collect();
    let binary = write(&folder.join("binary.bin"), &binary);
    let not_utf8 = write(
        &folder.join("EMErrorCode.h"),
        b"typedef NS_ENUM(NSInteger, EMErrorCode) {\n EMErrorA = 0,\n EMError\xff = 1\n};\n",
    );
    for (path, reason) in [
        (&truncated, "corrupt: "),
        (&bomb, "classes.jar: refused: "),
        (&binary, "not an SDK artifact read here"),
        (&not_utf8, "EMErrorCode.h: not UTF-8 text (line 3)"),
    ] {
        let start = Instant::now();
        let output = run(&["sdk-check", path]);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{path}: {:?}",
            start.elapsed()
        );
        assert_eq!(output.status.code(), Some(1), "{path}");
        let message = stderr(&output);
        assert!(
            message.starts_with(&format!("chat-errors: cannot read {path}: ")) && message.contains(reason),
            "{path}: {message}"
        );
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(output.stdout.is_empty(), "{path}");
    }
    let _ = std::fs::remove_dir_all(folder);
}

/// Case 11: sdk-check's statuses: 0 when every pair is consistent, 1 with a
/// one-line count when some are unrecorded, 2 when the SDK cannot be told or
/// `--sdk` is malformed.
#[test]
fn sdk_check_statuses_follow_what_it_finds() {
    let folder = scratch("sdk-check");
    let listing =
        |rows: &str| format!("# repo: a/b\n# kind: header\n# family: easemob-web\n# sdk-version: 4.21.1\n{rows}");
    let clean = write(
        &folder.join("clean.tsv"),
        listing("16\tWEBIM_CONNCTION_DISCONNECTED\n").as_bytes(),
    );
    let output = run(&["sdk-check", &clean]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("SDK easemob-web@4.21.1 (from extract header), web codes"),
        "{text}"
    );
    let gaps = write(
        &folder.join("gaps.tsv"),
        listing("16\tWEBIM_CONNCTION_DISCONNECTED\n99999\tNEW_CODE\n16\tOTHER\u{1b}]0;x\u{7}\n").as_bytes(),
    );
    let output = run(&["sdk-check", &gaps, "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("chat-errors: 2 (code, name) pairs of {gaps} are not recorded in the catalog\n")
    );
    let report = json(&output);
    assert_eq!(report["counts"]["missing-code"], 1);
    assert_eq!(report["counts"]["unresolved-name"], 1);
    assert_eq!(report["findings"][0]["name"], "OTHER\u{1b}]0;x\u{7}");
    let human = run(&["sdk-check", &gaps]);
    let text = stdout(&human);
    assert!(
        text.contains("OTHER\\u{1b}]0;x\\u{7}") && !text.contains('\u{1b}'),
        "{text}"
    );
    let anonymous = write(&folder.join("x.h"), b"typedef enum { FooErrorA = 1 } FooError;\n");
    answers_with(
        &["sdk-check", &anonymous],
        2,
        &format!("chat-errors: cannot tell which SDK {anonymous} (c header) comes from: give --sdk family[@VERSION]\n"),
    );
    let output = run(&["sdk-check", &anonymous, "--sdk", "easemob-cpp"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let output = run(&["sdk-check", &clean, "--sdk", "nope@1"]);
    assert_eq!(output.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(folder);
}

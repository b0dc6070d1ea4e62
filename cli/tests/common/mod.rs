//! Running the `chat-errors` binary, for the command's test files (`cli.rs`,
//! `diff.rs`, `hostile.rs`): every run has an empty standard input and a
//! time limit (the guard against a hang, not a timing assertion), and its
//! output is read as text or JSON.

use serde_json::Value;
use std::io::Read;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

/// The command with `args` and an empty standard input, not yet started.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chat-errors"));
    command.args(args).stdin(Stdio::null());
    command
}

/// Waits for `child` at most `limit`; a child still running then is killed
/// and the test fails.
pub fn wait_at_most(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return status;
        }
        if start.elapsed() > limit {
            child.kill().expect("the child can be killed");
            child.wait().expect("the killed child is reaped");
            panic!("{what}: still running after {limit:?}");
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Runs to completion with captured output, failing the test after `limit`.
pub fn run_at_most(command: Command, limit: Duration, what: &str) -> Output {
    run_into(command, Stdio::piped(), limit, what)
}

/// Runs to completion with standard output going to `stdout` (captured when
/// piped) and standard error captured, failing the test after `limit`.
pub fn run_into(mut command: Command, stdout: Stdio, limit: Duration, what: &str) -> Output {
    let mut child = command
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let stdout = child.stdout.take();
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout
            .map_or(Ok(0), |mut stdout| stdout.read_to_end(&mut bytes))
            .map(|_| bytes)
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stderr.read_to_end(&mut bytes).map(|_| bytes)
    });
    let status = wait_at_most(&mut child, limit, what);
    Output {
        status,
        stdout: out.join().unwrap().expect("stdout readable"),
        stderr: err.join().unwrap().expect("stderr readable"),
    }
}

/// Runs the command with `args` to completion (a minute at most).
pub fn run(args: &[&str]) -> Output {
    run_at_most(command(args), Duration::from_secs(60), &args.join(" "))
}

/// Runs the command with `args`, checks it exits with `status`, and returns
/// its standard output and standard error.
pub fn answers(args: &[&str], status: i32) -> (String, String) {
    let output = run(args);
    assert_eq!(output.status.code(), Some(status), "{args:?}: {}", stderr(&output));
    (stdout(&output), stderr(&output))
}

/// The standard output, as UTF-8 text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// The standard error, as UTF-8 text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 messages")
}

/// The standard output, as JSON.
pub fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

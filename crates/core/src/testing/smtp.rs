//! A small SMTP server for the tests of the outbox, in the test's own process: it takes mail
//! on a local port, keeps every message it is given, and can be told to ask for a login, to
//! refuse a login or a recipient, or be stopped (a server that is down). It speaks just enough
//! of SMTP (EHLO, AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for `lettre`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine;

/// How the server behaves.
#[derive(Debug, Clone, Default)]
pub struct Behaviour {
    /// The user name and password it asks for; `None`: no login needed.
    pub login: Option<(String, String)>,
    /// Recipients it refuses (550).
    pub refuse: Vec<String>,
}

/// A message the server was given.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The user who logged in, if any.
    pub user: Option<String>,
    pub data: Vec<u8>,
}

impl Received {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).replace("\r\n", "\n")
    }

    /// A header of the message (its folded lines joined), by name.
    pub fn header(&self, name: &str) -> Option<String> {
        let text = self.text();
        let head = text.split("\n\n").next().unwrap_or_default().to_string();
        let mut value: Option<String> = None;
        for line in head.lines() {
            if line.starts_with(' ') || line.starts_with('\t') {
                if let Some(v) = value.as_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                continue;
            }
            if value.is_some() {
                break;
            }
            if let Some((n, v)) = line.split_once(':') {
                if n.eq_ignore_ascii_case(name) {
                    value = Some(v.trim().to_string());
                }
            }
        }
        value
    }

    /// The parts of a multipart message: each with its headers and its body as sent.
    fn parts(&self) -> Vec<(String, String)> {
        let text = self.text();
        let Some(boundary) = self.header("Content-Type").and_then(|c| c.split("boundary=").nth(1).map(|b| b.trim_matches('"').split('"').next().unwrap_or_default().to_string())) else {
            return Vec::new();
        };
        text.split(&format!("--{boundary}"))
            .skip(1)
            .filter(|p| !p.starts_with("--"))
            .filter_map(|p| p.trim_start_matches('\n').split_once("\n\n").map(|(h, b)| (h.to_string(), b.to_string())))
            .collect()
    }

    /// The bytes of the attached file named `name`.
    pub fn attachment(&self, name: &str) -> Option<Vec<u8>> {
        let (_, body) = self.parts().into_iter().find(|(headers, _)| headers.contains("attachment") && headers.contains(name))?;
        let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        base64::engine::general_purpose::STANDARD.decode(clean).ok()
    }

    /// The names of the attached files, as their headers give them.
    pub fn attachment_count(&self) -> usize {
        self.parts().iter().filter(|(headers, _)| headers.contains("attachment")).count()
    }
}

/// The server, listening until it is stopped or dropped.
pub struct TestSmtp {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// A local port nothing listens on (for a server that is down).
pub fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0)).and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(2525)
}

impl TestSmtp {
    /// A server on a free local port.
    pub fn start(behaviour: Behaviour) -> TestSmtp {
        TestSmtp::start_on(0, behaviour).expect("a local port for the test SMTP server")
    }

    /// A server on `port` (0: any free one).
    pub fn start_on(port: u16, behaviour: Behaviour) -> std::io::Result<TestSmtp> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (kept, stopping) = (received.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let _ = stream.set_nonblocking(false);
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                        let _ = serve(stream, &behaviour, &kept);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(15)),
                }
            }
        });
        Ok(TestSmtp { port, received, stop, thread: Some(thread) })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The messages it was given so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Wait up to `seconds` for `count` messages.
    pub fn wait_for(&self, count: usize, seconds: u64) -> Vec<Received> {
        let until = std::time::Instant::now() + Duration::from_secs(seconds);
        loop {
            let got = self.received();
            if got.len() >= count || std::time::Instant::now() > until {
                return got;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for TestSmtp {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn address(arg: &str) -> String {
    arg.split_once(':').map(|(_, a)| a).unwrap_or(arg).trim().trim_start_matches('<').split('>').next().unwrap_or_default().to_string()
}

fn serve(stream: TcpStream, behaviour: &Behaviour, kept: &Mutex<Vec<Received>>) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut say = |text: &str| out.write_all(format!("{text}\r\n").as_bytes());
    let mut line = String::new();
    let read = |reader: &mut BufReader<TcpStream>, line: &mut String| -> std::io::Result<bool> {
        line.clear();
        Ok(reader.read_line(line)? > 0)
    };
    let b64 = base64::engine::general_purpose::STANDARD;
    say("220 localhost test SMTP")?;
    let (mut user, mut from, mut to): (Option<String>, Option<String>, Vec<String>) = (None, None, Vec::new());
    let mut count = 0;
    while read(&mut reader, &mut line)? {
        let command = line.trim_end().to_string();
        let upper = command.to_ascii_uppercase();
        let check = |u: &str, p: &str| behaviour.login.as_ref().is_some_and(|(lu, lp)| lu == u && lp == p);
        if upper.starts_with("EHLO") {
            say("250-localhost")?;
            say("250-AUTH PLAIN LOGIN")?;
            say("250 8BITMIME")?;
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            say("250 2.0.0 Ok")?;
        } else if upper.starts_with("AUTH PLAIN") {
            let mut given = command[10..].trim().to_string();
            if given.is_empty() {
                say("334 ")?;
                read(&mut reader, &mut line)?;
                given = line.trim().to_string();
            }
            let decoded = b64.decode(given).unwrap_or_default();
            let parts: Vec<String> = decoded.split(|b| *b == 0).map(|p| String::from_utf8_lossy(p).to_string()).collect();
            let (u, p) = (parts.get(1).cloned().unwrap_or_default(), parts.get(2).cloned().unwrap_or_default());
            if check(&u, &p) {
                user = Some(u);
                say("235 2.7.0 Authentication successful")?;
            } else {
                say("535 5.7.8 Error: authentication failed")?;
            }
        } else if upper.starts_with("AUTH LOGIN") {
            say("334 VXNlcm5hbWU6")?;
            read(&mut reader, &mut line)?;
            let u = String::from_utf8_lossy(&b64.decode(line.trim()).unwrap_or_default()).to_string();
            say("334 UGFzc3dvcmQ6")?;
            read(&mut reader, &mut line)?;
            let p = String::from_utf8_lossy(&b64.decode(line.trim()).unwrap_or_default()).to_string();
            if check(&u, &p) {
                user = Some(u);
                say("235 2.7.0 Authentication successful")?;
            } else {
                say("535 5.7.8 Error: authentication failed")?;
            }
        } else if upper.starts_with("MAIL FROM") {
            if behaviour.login.is_some() && user.is_none() {
                say("530 5.7.0 Authentication required")?;
            } else {
                from = Some(address(&command));
                to.clear();
                say("250 2.1.0 Ok")?;
            }
        } else if upper.starts_with("RCPT TO") {
            let rcpt = address(&command);
            if behaviour.refuse.iter().any(|r| r.eq_ignore_ascii_case(&rcpt)) {
                say(&format!("550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown"))?;
            } else {
                to.push(rcpt);
                say("250 2.1.5 Ok")?;
            }
        } else if upper.starts_with("DATA") {
            if from.is_none() || to.is_empty() {
                say("554 5.5.1 Error: no valid recipients")?;
                continue;
            }
            say("354 End data with <CR><LF>.<CR><LF>")?;
            let mut data: Vec<u8> = Vec::new();
            while read(&mut reader, &mut line)? {
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                data.extend_from_slice(unstuffed.as_bytes());
            }
            count += 1;
            kept.lock().unwrap_or_else(|e| e.into_inner()).push(Received { from: from.take().unwrap_or_default(), to: std::mem::take(&mut to), user: user.clone(), data });
            say(&format!("250 2.0.0 Ok: queued as TEST{count}"))?;
        } else if upper.starts_with("RSET") {
            from = None;
            to.clear();
            say("250 2.0.0 Ok")?;
        } else if upper.starts_with("QUIT") {
            say("221 2.0.0 Bye")?;
            break;
        } else {
            say("502 5.5.2 Error: command not recognized")?;
        }
    }
    Ok(())
}
